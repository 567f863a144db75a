// Corpus shapes that made duplicate detection super-linear (issue #17), generated from a seed:
// the unit test (test/unit/duplicates-linear.test.ts) counts the engine's steps on them at small
// sizes, the bench (bench/corpus-shapes.mjs) times `check` on them at three sizes.

export interface ShapeFile {
  name: string;
  text: string;
}

import { mulberry32 } from './rng';

export type ShapeName = 'near-identical' | 'common-line' | 'shared-paragraphs' | 'one-paragraph-file';

const VOCAB = (
  'harbour council bridge market valley orchard ferry school budget library water road station plan vote board report season crop ' +
  'farm tax rent shop trade winter spring storm river town district office project repair cost delay meeting member engineer ' +
  'teacher driver owner family worker village mayor court study survey price fuel power grid field street square hall museum week ' +
  'month year morning night weekend day later early quickly slowly again still often never new old small large local public ' +
  'private major minor final first second third last next other open closed busy quiet safe costly cheap fair late full empty'
).split(' ');
const NAMES = 'Ada Ivo Lena Oskar Petra Tomas Amira Hugo Mireille Jonas Noor Ines Teodor Maren Ruben Saskia'.split(' ');
const OTHER =
  'Quill Brandt Marsh Nystrom Vale Orsk Pell Quist Rayne Lind Greer Haddad Albers Moreau Fontaine Behrendt'.split(' ');

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

/** A paragraph of invented words (so texts share nothing by chance): `sentences` sentences, one quote. */
export function paragraph(r: () => number, sentences = 4): string {
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const n = 10 + Math.floor(r() * 10);
    const w = Array.from({ length: n }, () => pick(r, VOCAB) + (r() < 0.15 ? String(Math.floor(r() * 90) + 10) : ''));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    out.push(s === 1 ? `"${w.join(' ')}," said ${pick(r, NAMES)} ${pick(r, OTHER)}.` : w.join(' ') + '.');
  }
  return out.join(' ');
}

/** An article of about `bytes` bytes: a title and paragraphs. */
export function article(r: () => number, bytes: number): string {
  let t = `${pick(r, NAMES)} ${pick(r, VOCAB)} ${pick(r, VOCAB)} ${Math.floor(r() * 1000)}\n\n`;
  while (t.length < bytes) t += paragraph(r) + '\n\n';
  return t;
}

/**
 * The files of one shape; `n` is its size (files, or repeats for the one-file shape), `bytes`
 * the size of each file where the shape has one.
 * - near-identical: `n` files, each the same five base articles over and over, a few names changed per copy (the 60 × 100 KB).
 * - common-line: `n` unrelated articles with one line they all hold.
 * - shared-paragraphs: `n` files, each 4 consecutive paragraphs of one pool of 20, from a random one on (so each paragraph stands in about n / 5 files).
 * - one-paragraph-file: one file that is one paragraph repeated `n` times, beside two unrelated articles.
 */
export function shape(name: ShapeName, n: number, bytes = 6000, seed = 17): ShapeFile[] {
  const r = mulberry32(seed);
  const files: ShapeFile[] = [];
  const file = (i: number, text: string) => files.push({ name: `${name}-${String(i).padStart(4, '0')}.txt`, text });
  if (name === 'near-identical') {
    const base = Array.from({ length: 5 }, () => article(r, 1500));
    for (let i = 0; i < n; i++) {
      let t = '';
      while (t.length < bytes)
        for (const b of base) {
          const from = pick(r, NAMES);
          t += b.split(from).join(pick(r, OTHER)) + '\n';
        }
      file(i, t.slice(0, bytes));
    }
  } else if (name === 'common-line') {
    const line =
      'Reporting by the regional desk, with additional reporting from the harbour office and the council press team.';
    for (let i = 0; i < n; i++) {
      const t = article(r, bytes);
      const cut = t.indexOf('\n\n', t.length >> 1) + 2;
      file(i, `${t.slice(0, cut)}${line}\n\n${t.slice(cut)}`);
    }
  } else if (name === 'shared-paragraphs') {
    const pool = Array.from({ length: 20 }, () => paragraph(r, 3));
    for (let i = 0; i < n; i++) {
      const j = Math.floor(r() * pool.length);
      const ps = Array.from({ length: 4 }, (_, k) => pool[(j + k) % pool.length]);
      file(i, `Story ${i} ${pick(r, VOCAB)}\n\n${ps.join('\n\n')}\n`);
    }
  } else {
    const p = paragraph(r, 3);
    file(0, Array(n).fill(p).join('\n\n') + '\n');
    file(1, article(r, bytes));
    file(2, `${article(r, bytes)}\n${p}\n`);
  }
  return files;
}

export const SHAPES: ShapeName[] = ['near-identical', 'common-line', 'shared-paragraphs', 'one-paragraph-file'];
