// `sourcelint check` with the corpus cache: the same report warm as cold and as with --no-cache,
// and a file edited between runs is read again, not served from the cache.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { tempFolder } from '../helpers/temp-folder';

const SHARED =
  'The night ferry to Orsk island will stop running in November because the harbour crane failed its annual safety check.';

describe('sourcelint check with the corpus cache', () => {
  const tmp = tempFolder('sl-cli-cache-', {
    prepare: (t) => {
      t.write('a.txt', `Ferry news\n\nResidents met on Monday. ${SHARED}\n`);
      t.write('b.txt', `Island briefing\n\nA short note first.\n\n${SHARED} Repairs start in spring.\n`);
      t.write('c.md', `# Markdown\n\nSome *text* here, and \`code\`.\n`);
    },
  });
  const cacheHome = tempFolder('sl-cli-cache-home-');
  const check = (...args: string[]) =>
    runCli(['check', '--format', 'json', ...args, '.'], { cwd: tmp.dir, env: { XDG_CACHE_HOME: cacheHome.dir } });
  const cacheFiles = () =>
    fs.existsSync(path.join(cacheHome.dir, 'sourcelint'))
      ? fs.readdirSync(path.join(cacheHome.dir, 'sourcelint')).filter((f) => f.endsWith('.sqlite'))
      : [];

  it('reports the same warm as cold and as with --no-cache, and --no-cache writes nothing', () => {
    const none = check('--no-cache');
    assert.deepEqual(cacheFiles(), []);
    const cold = check();
    assert.equal(cacheFiles().length, 1);
    const warm = check();
    assert.equal(cold.stdout, none.stdout);
    assert.equal(warm.stdout, none.stdout);
    assert.equal(warm.code, none.code);
    assert.match(warm.stdout, /duplicate-passage/);
    assert.equal(warm.stderr, none.stderr);
  });

  it('reads a file edited between runs again', () => {
    check();
    const b = path.join(tmp.dir, 'b.txt');
    fs.writeFileSync(b, fs.readFileSync(b, 'utf8').replace('November', 'December'));
    const edited = check();
    assert.doesNotMatch(edited.stdout, /duplicate-passage/);
    assert.equal(edited.stdout, check('--no-cache').stdout);
  });
});
