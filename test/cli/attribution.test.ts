import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { LineIndex } from '../../server/src/engine/text';
import { runCli } from '../helpers/cli';
import { fixture, fixturePath } from '../helpers/fixtures';

interface JsonQuote {
  text: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  attributed: boolean | null;
  source: { text: string; range: JsonQuote['range'] } | null;
  speaker: { name: string; affiliation: string | null } | null;
}

describe('sourcelint check --format json: attribution', () => {
  const run = (name: string) => {
    const r = runCli(['check', '--format', 'json', fixturePath(`attribution/${name}`)]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    return JSON.parse(r.stdout).files[0] as {
      quotes: JsonQuote[];
      diagnostics: { code: string; range: JsonQuote['range'] }[];
    };
  };

  it('reports source (text and exact range) and speaker (name and affiliation) for each quote', () => {
    const file = run('experts.txt');
    const text = fixture('attribution/experts.txt');
    const lines = new LineIndex(text);
    const q = file.quotes.find((x) => x.text.startsWith('A small charge'))!;
    assert.equal(q.attributed, true);
    assert.deepEqual(q.speaker, {
      name: 'Marta Villanueva',
      affiliation: 'professor of urban economics at Calder University',
    });
    assert.equal(q.source!.text, 'she');
    const at = text.indexOf('she said');
    assert.deepEqual(q.source!.range, { start: lines.positionAt(at), end: lines.positionAt(at + 3) });
    const t = file.quotes.find((x) => x.text.startsWith('The ferry operators'))!;
    assert.deepEqual(t.speaker, {
      name: 'Tomas Lindqvist',
      affiliation: 'head of the Coastal Ferries Association in Brenmouth',
    });
    assert.equal(t.source!.text, 'Tomas Lindqvist');
  });

  it('agrees exactly with the engine the server hovers from', () => {
    const file = run('pronouns.txt');
    const engine = analyze(fixture('attribution/pronouns.txt')).quotes;
    assert.deepEqual(
      file.quotes.map((q) => [
        q.text,
        q.attributed,
        q.source?.text ?? null,
        q.speaker?.name ?? null,
        q.speaker?.affiliation ?? null,
      ]),
      engine.map((q) => [
        q.text,
        q.attributed,
        q.source?.text ?? null,
        q.speaker?.name ?? null,
        q.speaker?.affiliation ?? null,
      ]),
    );
  });

  it('reports an unattributed quote with attributed false and null source and speaker, plus its warning', () => {
    const file = run('paragraphs.txt');
    const q = file.quotes.find((x) => x.text.startsWith('This is the worst spring'))!;
    assert.deepEqual([q.attributed, q.source, q.speaker], [false, null, null]);
    const terms = file.quotes.filter((x) => x.text === 'frost fund' || x.text === 'Orchard Notes');
    assert.deepEqual(
      terms.map((x) => x.attributed),
      [null, null],
    );
    const warn = file.diagnostics.filter((d) => d.code === 'unattributed-quote');
    assert.equal(warn.length, 1);
    assert.equal(warn[0].range.start.line, q.range.start.line);
  });
});
