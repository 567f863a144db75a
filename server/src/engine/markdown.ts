// Markdown articles: a pre-pass that blanks what is not prose (front matter, code, link URLs, HTML)
// with spaces, keeping every line break, so the text keeps its length and every offset, line and
// column found in it is also right in the Markdown source.

import { work } from './work';

export type TextFormat = 'markdown' | 'text';

/** Markdown by language id (LSP) or by file extension (a path or a URI). */
export function formatOf(pathOrUri: string, languageId?: string): TextFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId && languageId !== 'plaintext' && languageId !== 'text') return 'text';
  return /\.(md|markdown|mdown|mkd)$/i.test(pathOrUri.replace(/[?#].*$/, '')) ? 'markdown' : 'text';
}

/** The text the rules see: blanked Markdown, or the text itself. */
export function prepareText(text: string, format: TextFormat | undefined): string {
  return format === 'markdown' ? blankMarkdown(text) : text;
}

interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** Marks [start, end) to be replaced with spaces (line breaks are kept when rendered). */
function blank(mask: Uint8Array, start: number, end: number) {
  mask.fill(1, start, end);
}

/** The text with the marked characters turned into spaces, except \r and \n. */
function render(text: string, mask: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const on = mask[i];
    let j = mask.indexOf(on ? 0 : 1, i + 1);
    if (j < 0) j = text.length;
    out.push(on ? text.slice(i, j).replace(/[^\r\n]/g, ' ') : text.slice(i, j));
    i = j;
  }
  return out.join('');
}

const indentOf = (s: string) => {
  let n = 0;
  for (const c of s) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
};
const isBlank = (s: string) => /^[ \t]*$/.test(s);
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
// CommonMark HTML blocks: comments, script/style/pre, block-level tags, or a lone complete tag.
const HTML_BLOCK_START =
  /^ {0,3}(?:<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<\/?(?:address|article|aside|blockquote|body|center|details|dialog|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul|script|style|pre|video|audio|embed|object)(?:[\s/>]|$)|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>[ \t]*$)/i;
const TITLE = `(?:"(?:[^"\\\\\\n]|\\\\.)*"|'(?:[^'\\\\\\n]|\\\\.)*'|\\([^()\\n]*\\))`;
const REF_DEFINITION = new RegExp(`^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*\\S+(?:[ \\t]+${TITLE})?[ \\t]*$`);

/** Blanks the block-level parts that are not prose: front matter, fenced and indented code, HTML blocks, link definitions. */
function blankBlocks(text: string, mask: Uint8Array) {
  const lines = linesOf(text);
  let i = 0;
  // Front matter: a YAML (---) or TOML (+++) block that opens the file and is closed.
  const first = lines[0].text.replace(/^\uFEFF/, '');
  if (first === '---' || first === '+++') {
    const close = lines.findIndex((l, k) => k > 0 && (l.text === first || (first === '---' && l.text === '...')));
    if (close > 0) {
      blank(mask, lines[0].start, lines[close].end);
      i = close + 1;
    }
  }
  let inList = false;
  let prevBlank = true;
  while (i < lines.length) {
    const line = lines[i];
    const fence = FENCE.exec(line.text);
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
      // Runs to a closing fence of the same character, at least as long; or to the end of the file.
      const close = new RegExp(`^[ \\t]*${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`);
      let j = i + 1;
      while (j < lines.length && !close.test(lines[j].text)) j++;
      const last = Math.min(j, lines.length - 1);
      blank(mask, line.start, lines[last].end);
      i = last + 1;
      prevBlank = false;
      continue;
    }
    if (HTML_BLOCK_START.test(line.text)) {
      const comment = /^ {0,3}<!--/.test(line.text);
      const rawText = /^ {0,3}<(script|style|pre)\b/i.exec(line.text);
      let j = i;
      if (comment) while (j < lines.length - 1 && !lines[j].text.includes('-->')) j++;
      else if (rawText) while (j < lines.length - 1 && !new RegExp(`</${rawText[1]}>`, 'i').test(lines[j].text)) j++;
      else while (j + 1 < lines.length && !isBlank(lines[j + 1].text)) j++;
      blank(mask, line.start, lines[j].end);
      i = j + 1;
      prevBlank = false;
      continue;
    }
    if (isBlank(line.text)) {
      prevBlank = true;
      i++;
      continue;
    }
    if (LIST_ITEM.test(line.text)) inList = true;
    else if (indentOf(line.text) === 0) inList = false;
    if (!inList && prevBlank && indentOf(line.text) >= 4) {
      // Indented code: this line and the following indented or blank lines.
      let j = i;
      while (j + 1 < lines.length && (indentOf(lines[j + 1].text) >= 4 || isBlank(lines[j + 1].text))) j++;
      while (j > i && isBlank(lines[j].text)) j--;
      blank(mask, line.start, lines[j].end);
      i = j + 1;
      prevBlank = false;
      continue;
    }
    if (REF_DEFINITION.test(line.text)) blank(mask, line.start, line.end);
    prevBlank = false;
    i++;
  }
}

/**
 * Longest bracketed text (image alt text, a reference label) and angle-bracket link destination
 * the patterns take (issue #17). Unbounded, each "![" or "](<" with no closing mark on its line
 * scanned to the line's end, once per mark: quadratic on one long line. Longer ones are not Markdown
 * anyone writes; the link text around them stays prose.
 */
const MAX_BRACKETED = 256;

/**
 * Each pattern's match is blanked, on the text as blanked so far. HTML comments come first, found
 * by blankComments (the lazy pattern <!--[\s\S]*?--> scanned to the end of the text once per
 * unclosed "<!--"). No pattern may match one stretch in two ways: a failed match then retries
 * them all, exponentially many ("](<a><a><a>…(" took seconds for 20 of them).
 */
const INLINE: RegExp[] = [
  // Images: the alt text is not the article's prose either.
  new RegExp(`!\\[[^\\]\\n]{0,${MAX_BRACKETED}}\\]\\((?:[^()\\n]|\\([^()\\n]*\\))*\\)`, 'g'),
  new RegExp(`!\\[[^\\]\\n]{0,${MAX_BRACKETED}}\\]\\[[^\\]\\n]{0,${MAX_BRACKETED}}\\]`, 'g'),
  // Link destinations and titles: [text](url "title") keeps [text]; [text][ref] keeps [text].
  // A <…> destination is its own item only when it holds a space or a parenthesis: otherwise each
  // of its characters is a plain one, the same text matched one way only.
  new RegExp(
    `\\]((?:\\((?:<[^>\\n\\s()]*[\\s()][^>\\n]{0,${MAX_BRACKETED}}>|[^()\\s]|\\([^()\\s]*\\))*(?:[ \\t]+${TITLE})?[ \\t]*\\))|\\[[^\\]\\n]{0,${MAX_BRACKETED}}\\])`,
    'g',
  ),
  // Autolinks and bare URLs.
  /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/g,
  /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"”’»)\]]/g,
  // Inline HTML tags (their attributes hold quotation marks); the text between tags stays.
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g,
];

// Block markers are syntax, not words: "> ", "- ", "1. " and "## " would otherwise start the sentence
// that the attribution rules read.
const BLOCK_MARKERS = /^(?:[ \t]*>[ \t]?)*(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+)?(?: {0,3}#{1,6}(?=[ \t]|$))?/;
/**
 * Where a heading's closing hashes start (/[ \t]+#+[ \t]*$/ as a scan from the end: the pattern
 * tried every space of a long run of them, each to the end of the line), or -1.
 */
function closingHashes(s: string): number {
  let i = s.length;
  while (i > 0 && (s[i - 1] === ' ' || s[i - 1] === '\t')) i--;
  const hashesEnd = i;
  while (i > 0 && s[i - 1] === '#') i--;
  if (i === hashesEnd) return -1;
  const hashes = i;
  while (i > 0 && (s[i - 1] === ' ' || s[i - 1] === '\t')) i--;
  work.steps += s.length - i;
  return i < hashes ? i : -1;
}

function blankMarkers(text: string, mask: Uint8Array) {
  for (const line of linesOf(text)) {
    const m = BLOCK_MARKERS.exec(line.text)![0];
    if (m.length) blank(mask, line.start, line.start + m.length);
    if (m.endsWith('#')) {
      const c = closingHashes(line.text.slice(m.length));
      if (c >= 0) blank(mask, line.start + m.length + c, line.end);
    }
  }
}

/** Code spans: a run of backticks up to the next run of the same length in the same paragraph. */
function blankCodeSpans(text: string, mask: Uint8Array) {
  const runs: { start: number; len: number; para: number }[] = [];
  let para = 0;
  const re = /`+|\n[ \t]*(?:\r?\n|\r)|\r[ \t]*\r/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0][0] === '`') runs.push({ start: m.index, len: m[0].length, para });
    else para++;
  }
  // The next run of the same length in the same paragraph, for each run, from one pass backwards:
  // looking ahead from each opening run was quadratic in a paragraph of unmatched runs.
  const next = new Int32Array(runs.length).fill(-1);
  const lastOfLen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    if (i + 1 < runs.length && runs[i + 1].para !== runs[i].para) lastOfLen.clear();
    next[i] = lastOfLen.get(runs[i].len) ?? -1;
    lastOfLen.set(runs[i].len, i);
  }
  work.steps += runs.length;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    const j = next[i];
    if (j >= 0) {
      blank(mask, open.start, runs[j].start + runs[j].len);
      i = j;
    }
  }
}

/** HTML comments: "<!--" to the next "-->"; with none left, no later "<!--" closes either. */
function blankComments(text: string, mask: Uint8Array): boolean {
  let found = false;
  for (let i = text.indexOf('<!--'); i >= 0; ) {
    const j = text.indexOf('-->', i + 4);
    if (j < 0) break;
    blank(mask, i, j + 3);
    found = true;
    i = text.indexOf('<!--', j + 3);
  }
  work.steps += text.length >> 4;
  return found;
}

export function blankMarkdown(text: string): string {
  const mask = new Uint8Array(text.length);
  blankBlocks(text, mask);
  blankMarkers(render(text, mask), mask);
  blankCodeSpans(render(text, mask), mask);
  let current = render(text, mask);
  if (blankComments(current, mask)) current = render(text, mask);
  for (const re of INLINE) {
    work.steps += current.length >> 4;
    const keepBracket = re.source.startsWith('\\]'); // link destinations keep the closing bracket
    let found = false;
    re.lastIndex = 0;
    for (let m = re.exec(current); m; m = re.exec(current)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      blank(mask, keepBracket ? m.index + 1 : m.index, m.index + m[0].length);
      found = true;
    }
    if (found) current = render(text, mask);
  }
  return current;
}
