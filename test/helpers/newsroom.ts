// A small folder of articles that exercises the report: passages shared across plain-text and
// Markdown files (Markdown positions come from the source, CRLF included), an unattributed quote,
// a file over maxFileSize (reported), a binary file (skipped) and an empty one.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const PASSAGE =
  'The harbour master said on Monday that the ferry timetable would be cut by half from next week because the council has not paid the fuel bill since March.';
export const QUOTE =
  '“We will keep the morning boat for the school run, but the evening crossings are gone until the money arrives,” said Ana Ruiz, the harbour master.';

/** Makes the folder (with its .sourcelintrc.json) under the system temp folder; the caller removes it. */
export function newsroom(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-newsroom-'));
  const put = (name: string, text: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  put(
    '.sourcelintrc.json',
    JSON.stringify({ include: ['**/*.txt', '**/*.md'], maxFileSize: 4000, duplicates: { minWords: 12 } }),
  );
  put(
    'a.md',
    `---\ntitle: "Ferry"\n---\n\n# Ferry cuts\n\n\`\`\`text\ncode "here\n\`\`\`\n\nSee [the notice](https://x.invalid/"q").\n\n${PASSAGE}\n\n${QUOTE}\n`,
  );
  put(
    'b.txt',
    `Ferry cuts loom\n\nA different opening line.\n\n${PASSAGE}\n\nMore text "unattributed words here that run long enough to count as a quote".\n`,
  );
  put('big.txt', `${PASSAGE}\n`.repeat(40));
  put('bin.txt', new Uint8Array([97, 0, 98]));
  put('empty.txt', '');
  put('sub/c.md', `Title\r\n\r\nIntro line here.\r\n\r\n${QUOTE}\r\n\r\n${PASSAGE}\r\n`);
  put('sub/d.txt', `Brief\n\n${QUOTE}\n`);
  return dir;
}
