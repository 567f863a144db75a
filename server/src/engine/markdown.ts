// Markdown articles: a pre-pass that blanks what is not prose (front matter, code, link URLs, HTML)
// with spaces, keeping every line break, so the text keeps its length and every offset, line and
// column found in it is also right in the Markdown source.

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
  /^ {0,3}(?:<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<\/?(?:address|article|aside|blockquote|body|center|details|dialog|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul|script|style|pre|video|audio|embed|object)(?:[\s/>]|$)|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?\/?>[ \t]*$)/i;
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

/** Each pattern's match (or its group 1, when it has one) is blanked, on the text as blanked so far. */
const INLINE: RegExp[] = [
  /<!--[\s\S]*?-->/g,
  // Images: the alt text is not the article's prose either.
  /!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)/g,
  /!\[[^\]\n]*\]\[[^\]\n]*\]/g,
  // Link destinations and titles: [text](url "title") keeps [text]; [text][ref] keeps [text].
  new RegExp(`\\]((?:\\((?:<[^>\\n]*>|[^()\\s]|\\([^()\\s]*\\))*(?:[ \\t]+${TITLE})?[ \\t]*\\))|\\[[^\\]\\n]*\\])`, 'g'),
  // Autolinks and bare URLs.
  /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/g,
  /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"”’»)\]]/g,
  // Inline HTML tags (their attributes hold quotation marks); the text between tags stays.
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g,
];

// Block markers are syntax, not words: "> ", "- ", "1. " and "## " would otherwise start the sentence
// that the attribution rules read.
const BLOCK_MARKERS = /^(?:[ \t]*>[ \t]?)*(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+)?(?: {0,3}#{1,6}(?=[ \t]|$))?/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;

function blankMarkers(text: string, mask: Uint8Array) {
  for (const line of linesOf(text)) {
    const m = BLOCK_MARKERS.exec(line.text)![0];
    if (m.length) blank(mask, line.start, line.start + m.length);
    if (m.endsWith('#')) {
      const c = CLOSING_HASHES.exec(line.text.slice(m.length));
      if (c) blank(mask, line.start + m.length + c.index, line.end);
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
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    let j = i + 1;
    while (j < runs.length && runs[j].para === open.para && runs[j].len !== open.len) j++;
    if (j < runs.length && runs[j].para === open.para) {
      blank(mask, open.start, runs[j].start + runs[j].len);
      i = j;
    }
  }
}

export function blankMarkdown(text: string): string {
  const mask = new Uint8Array(text.length);
  blankBlocks(text, mask);
  blankMarkers(render(text, mask), mask);
  blankCodeSpans(render(text, mask), mask);
  let current = render(text, mask);
  for (const re of INLINE) {
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
