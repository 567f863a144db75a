// The bundles keep regular expression literals as written. esbuild, told only "node20", rewrote
// every literal with \p{…} in it as new RegExp("…", "u"), compiled again each time it ran: the
// letter tests in the hot loops of quotes, names and lines cost several times what they should.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/fixtures';

describe('bundles', () => {
  for (const name of ['engine.js', 'cli.js', 'server.js', 'check-worker.js', 'analysis-worker.js']) {
    it(`dist/${name} builds no \\p{…} pattern at run time`, () => {
      const code = fs.readFileSync(path.join(ROOT, 'dist', name), 'utf8');
      const lowered = code.match(/new RegExp\("[^"]*\\\\[pP]\{[^"]*", "[a-z]*u[a-z]*"\)/g) ?? [];
      assert.deepEqual(lowered, []);
      assert.ok(code.includes('/[\\p{L}\\p{N}]/u'), 'the literals are in the bundle as written');
    });
  }
});
