// Runs bench/corpus.mjs (duplicates over a 10,000-article corpus, jscpd beside it) in its own
// process, so its peak memory is its own, and returns its figures for the bench table.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from './stats.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function run({ quick }) {
  const args = [path.join(HERE, 'corpus.mjs'), '--json', ...(quick ? ['--docs', '200'] : [])];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench/corpus.mjs exited ${r.status}: ${r.stderr.slice(-800)}`);
  const x = JSON.parse(r.stdout);
  return {
    ...x,
    table: {
      headers: [
        'articles',
        'cold index ms',
        'update after one edit ms',
        'peak RSS MB',
        'planted recall',
        'precision',
        'jscpd ms',
        'jscpd recall',
        'jscpd ÷ sourcelint',
      ],
      rows: [
        [
          x.docs,
          fmt(x.coldIndexMs, 0),
          fmt(x.updateMs, 1),
          fmt(x.peakRssMB, 0),
          fmt(x.recall, 3),
          fmt(x.precision, 4),
          x.jscpd ? fmt(x.jscpd.ms, 0) : 'n/a',
          x.jscpd ? fmt(x.jscpd.recall, 3) : 'n/a',
          fmt(x.timeRatio, 1),
        ],
      ],
    },
  };
}
