import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { inTempFolder } from '../helpers/temp-folder';

describe('sourcelint check honours recorded ignores', () => {
  it('skips a finding ignored in .sourcelintrc.json, per file or for every file', () => {
    inTempFolder('sl-cign-', (dir) => {
      const body = 'The chef called it “a bold menu. Diners agreed.\n';
      fs.mkdirSync(path.join(dir, 'news'));
      fs.writeFileSync(path.join(dir, 'news', 'a.txt'), body);
      fs.writeFileSync(path.join(dir, 'news', 'b.txt'), body);
      const key = 'a bold menu.'; // the quoted text up to the end of its sentence
      const rc = (ignore: unknown[]) =>
        fs.writeFileSync(path.join(dir, '.sourcelintrc.json'), JSON.stringify({ ignore }));
      const flagged = () =>
        JSON.parse(runCli(['check', '--format', 'json', dir]).stdout)
          .files.filter((f: { diagnostics: unknown[] }) => f.diagnostics.length)
          .map((f: { path: string }) => path.basename(f.path));
      assert.deepEqual(flagged(), ['a.txt', 'b.txt']);
      rc([{ rule: 'unbalanced-quote', text: key, file: 'news/a.txt' }]);
      assert.deepEqual(flagged(), ['b.txt']);
      rc([{ rule: 'unbalanced-quote', text: key }]);
      assert.deepEqual(flagged(), []);
    });
  });
});
