// Engine throughput on one article at several sizes, beside two floors measured on the same text:
// a newline scan and a word-tokenise-and-hash pass.
import { article, bigText } from './generate.mjs';
import { timeInterleaved } from './stats.mjs';

function newlineScan(text) {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function tokeniseHash(text) {
  let h = 0x811c9dc5;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0].toLowerCase();
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  }
  return h;
}

export async function run({ quick, engine }) {
  const sizes = quick
    ? [['2,000 words', article(7, 2000)]]
    : [
        ['2,000 words', article(7, 2000)],
        ['20,000 words', article(8, 20000)],
        ['1 MB', bigText(9, 1_000_000)],
      ];
  const rows = [];
  for (const [label, text] of sizes) {
    const mb = Buffer.byteLength(text) / 1e6;
    const opts = quick ? { minRuns: 3, minMs: 50 } : { minRuns: 10, minMs: 2500 };
    // In turn, run by run: the floors share whatever the machine is doing with the analysis.
    const [full, scan, tok] = timeInterleaved(
      [() => engine.analyze(text), () => newlineScan(text), () => tokeniseHash(text)],
      opts,
    );
    rows.push({
      size: label,
      bytes: Buffer.byteLength(text),
      words: text.split(/\s+/).length,
      analyzeMs: { p50: full.median, p95: full.p95 },
      mbPerS: mb / (full.median / 1000),
      newlineScanMbPerS: mb / (scan.median / 1000),
      tokeniseMbPerS: mb / (tok.median / 1000),
      ratioToTokenise: tok.median / full.median,
    });
  }
  // Linearity: a power law t = a·bytes^k fitted to all sizes (least squares on the logs), so a
  // 10× longer article costs 10^k the time; and, plainly, the largest size against the smallest.
  const xs = rows.map((r) => Math.log10(r.bytes));
  const ys = rows.map((r) => Math.log10(r.analyzeMs.p50));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const exponent = sxx ? xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / sxx : 1;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const growth = last.analyzeMs.p50 / first.analyzeMs.p50;
  const sizeRatio = last.bytes / first.bytes;
  return {
    rows,
    linearity: {
      exponent,
      perTenfold: 10 ** exponent,
      sizeRatio,
      timeRatio: growth,
      endpointPerTenfold: growth / (sizeRatio / 10),
    },
  };
}
