// Deterministic article-like text for benchmarks: quotes with attributions, unattributed quotes,
// boilerplate lines and planted shared passages, all from a seed. Every word is invented here.
import { createRequire } from 'node:module';

// The tests' seeded PRNG (test/helpers/rng.ts, compiled by `tsc -p test`, which npm run bench runs first).
export const { mulberry32: rng } = createRequire(import.meta.url)('../out/test/helpers/rng.js');

const WORDS = (
  'harbour council bridge market valley orchard ferry school budget library water road station ' +
  'plan vote board report season crop farm tax rent shop trade winter spring storm river town ' +
  'district office project repair cost delay meeting member engineer teacher driver owner family ' +
  'worker village mayor court study survey price fuel power grid field street square hall museum ' +
  'week month year morning night weekend day later early quickly slowly again still often never ' +
  'new old small large local public private major minor final first second third last next other ' +
  'open closed busy quiet safe costly cheap fair late full empty short long strong weak clear ' +
  'said expects plans wants agreed rejected approved delayed opened closed raised cut moved built ' +
  'the a of to in on for with by at from about after before over under between during without'
).split(' ');
const FIRST = 'Ada Ivo Lena Oskar Petra Tomas Amira Hugo Mireille Jonas Noor Ines Teodor Maren Ruben Saskia'.split(' ');
const LAST =
  'Lind Brandt Marsh Nystrom Lindqvist Greer Haddad Albers Fontaine Behrendt Moreau Vale Orsk Pell Quist Rayne'.split(
    ' ',
  );
const ROLES = [
  'a spokesperson for the harbour board',
  'chair of the growers association',
  'a professor of planning at Keston College',
  'the town treasurer',
  'head of the ferry union',
];
const BOILER = [
  'Subscribe now to get our weekly digest delivered to your inbox.',
  'This article originally appeared in the Keston Ledger.',
  'Copyright 2026 Keston Ledger. All rights reserved.',
  'Read Later',
  'Share',
];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

function sentence(r, n) {
  const w = [];
  for (let i = 0; i < n; i++) w.push(pick(r, WORDS));
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return w.join(' ') + '.';
}

/** An article of about `words` words. */
export function article(seed, words) {
  const r = rng(seed);
  const paras = [sentence(r, 7).slice(0, -1)];
  let count = 7;
  const speakers = [];
  while (count < words) {
    const kind = r();
    let p;
    if (kind < 0.3) {
      const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
      speakers.push(name);
      p = `"${sentence(r, 12).slice(0, -1)}," said ${name}, ${pick(r, ROLES)}. ${sentence(r, 10)}`;
    } else if (kind < 0.4 && speakers.length) {
      p = `${pick(r, speakers).split(' ')[1]} said the ${pick(r, WORDS)} would "${sentence(r, 6).slice(0, -1).toLowerCase()}" by ${pick(r, WORDS)}.`;
    } else if (kind < 0.45) {
      p = `“${sentence(r, 14)}”`;
    } else {
      p = `${sentence(r, 14)} ${sentence(r, 11)} ${sentence(r, 9)}`;
    }
    count += p.split(/\s+/).length;
    paras.push(p);
  }
  paras.push(pick(r, BOILER));
  return paras.join('\n\n') + '\n';
}

/** Text of about `bytes` bytes, made of articles joined together. */
export function bigText(seed, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = article(seed + i, 2000);
    parts.push(a);
    size += Buffer.byteLength(a);
  }
  return parts.join('\n').slice(0, bytes);
}
