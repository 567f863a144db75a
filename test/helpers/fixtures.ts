// Paths and texts of the project's own test articles.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, from out/test/... or test/... alike. */
export const ROOT = (() => {
  let d = __dirname;
  while (!fs.existsSync(path.join(d, 'package.json'))) d = path.dirname(d);
  return d;
})();

export const fixturePath = (name: string) => path.join(ROOT, 'test', 'fixtures', name);
export const fixture = (name: string) => fs.readFileSync(fixturePath(name), 'utf8');

/** The sample articles shipped in samples/ (the README's corpus), as full paths. */
export const SAMPLES = path.join(ROOT, 'samples');
export const sampleFiles = () =>
  fs
    .readdirSync(SAMPLES)
    .filter((f) => /\.(txt|article|md)$/.test(f))
    .map((f) => path.join(SAMPLES, f));
