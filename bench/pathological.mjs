// Inputs built to hurt: each must finish in bounded time (reported, not asserted here).
const CASES = [
  ['100,000 opening quotes, none closed', () => '“'.repeat(100_000)],
  ['1 MB paragraph, no sentence end', () => 'word '.repeat(200_000)],
  ['50,000 one-word paragraphs', () => 'word\n'.repeat(50_000)],
  [
    'one sentence 10,000 times',
    () => 'The ferry to the island left late again on Tuesday because of the storm. '.repeat(10_000),
  ],
  ['only apostrophes', () => "'’".repeat(100_000)],
  [
    '20,000 near-identical run-on quoted paragraphs',
    () =>
      Array.from(
        { length: 20_000 },
        (_, i) => `“The harbour plan number ${i} is still on the table and will be decided soon`,
      ).join('\n\n'),
  ],
];

export async function run({ quick, engine }) {
  const rows = [];
  for (const [name, make] of CASES) {
    const text = quick ? make().slice(0, 20_000) : make();
    const t = performance.now();
    engine.analyze(text);
    rows.push({ input: name, bytes: Buffer.byteLength(text), ms: performance.now() - t });
  }
  return { rows };
}
