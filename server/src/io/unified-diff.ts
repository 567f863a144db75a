// A unified diff for `sourcelint fix --dry-run`. Fixes only remove lines, so the new text's lines
// are a subsequence of the old text's, and a greedy walk aligns them; anything else is shown as
// one hunk that replaces the whole file.

const CONTEXT = 3;

/** Lines with their endings, so a changed ending counts as a change. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

type Op = { kind: ' ' | '-' | '+'; line: string };

function align(a: string[], b: string[]): Op[] {
  const ops: Op[] = [];
  let j = 0;
  for (const line of a) {
    if (j < b.length && line === b[j]) {
      ops.push({ kind: ' ', line });
      j++;
    } else ops.push({ kind: '-', line });
  }
  if (j === b.length) return ops;
  return [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
}

const show = (line: string) => {
  const body = line.replace(/\r?\n$|\r$/, '');
  return body === line ? `${body}\n\\ No newline at end of file` : body;
};

export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = align(splitLines(before), splitLines(after));
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    // A hunk: this change, with changes closer than 2×CONTEXT lines merged in.
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    for (let k = i; k < ops.length; k++) {
      if (ops[k].kind !== ' ') end = k;
      else if (k - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + 1 + CONTEXT);
    let oldLine = 1;
    let newLine = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k].kind !== '+') oldLine++;
      if (ops[k].kind !== '-') newLine++;
    }
    const body = ops.slice(start, stop);
    const oldLen = body.filter((o) => o.kind !== '+').length;
    const newLen = body.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${oldLen ? oldLine : oldLine - 1},${oldLen} +${newLen ? newLine : newLine - 1},${newLen} @@`);
    for (const o of body) out.push(o.kind + show(o.line));
    i = stop;
  }
  return out.join('\n') + '\n';
}
