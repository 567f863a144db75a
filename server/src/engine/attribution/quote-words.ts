// Word counts and the title test on a quotation's text, by one scan of its characters: the
// quotes of an unclosed run can each reach the paragraph end, and splitting each into an array of
// words (then filtering it) was most of analyze() there. Same answers as the split versions:
// words are runs between \s characters, a word counts if it holds a letter or digit.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;

/** What /\s/ matches, by code unit. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The code point at i is a letter or digit (\p{L}, \p{N}). */
function letterOrDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** The code point at i is an upper-case letter or a digit (\p{Lu}, \p{N}). */
function upperOrDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return UPPER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Words holding a letter or a digit: s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && letterOrDigitAt(s, i)) {
      counted = true;
      n++;
    }
  }
  return n;
}

/** Words of a trimmed string (runs between \s characters), counting stops at `most`. */
function wordsUpTo(t: string, most: number): number {
  let n = t.length ? 1 : 0;
  for (let i = 1; i < t.length && n < most; i++) if (isSpace(t.charCodeAt(i)) && !isSpace(t.charCodeAt(i - 1))) n++;
  return n;
}

const OPENING_PUNCT = new Set(['(', '[', '‘', "'", '“', '"', '«']);
/** Prepositions and conjunctions a title leaves in lower case ("Jewels after Jewels", "Il Signore degli Anelli"). */
const TITLE_SMALL_WORDS = new Set(
  'after from with into over upon onto than degli della delle dello dans avec pour para yang dari untuk dengan und der die das den von'.split(
    ' ',
  ),
);

/** "Justice Against Sponsors of Terrorism Act", "The Apprentice": a title, not speech. */
export function titleLike(s: string): boolean {
  const t = s.trim();
  // A title keeps the comma of the sentence it stands in ("“Takin’ It To the Streets,” and …"),
  // and a cited title its full stop ("Flaherty, Anne. “5 Key Takeaways From the Hearing.”").
  const last = t.charCodeAt(t.length - 1);
  if (last === 33 || last === 63) return false; // ! ?
  if (last === 46 && wordsUpTo(t, 5) < 5) return false; // .
  if (last === 44 && wordsUpTo(t, 3) < 3) return false; // ,
  // Every word of four or more characters starts with a capital or a digit (after any opening
  // mark or bracket: "‘Shocking’", "(Arab"), but for the small words titles keep in lower case.
  for (let a = 0; a < t.length; ) {
    let b = a;
    while (b < t.length && !isSpace(t.charCodeAt(b))) b++;
    let c = a;
    while (c < b - 1 && OPENING_PUNCT.has(t[c])) c++;
    if (b - c >= 4 && !upperOrDigitAt(t, c) && !TITLE_SMALL_WORDS.has(t.slice(c, b).toLowerCase())) return false;
    a = b;
    while (a < t.length && isSpace(t.charCodeAt(a))) a++;
  }
  return true;
}
