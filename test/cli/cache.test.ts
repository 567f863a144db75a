// `sourcelint check` with the corpus cache: the same report warm as cold and as with --no-cache,
// and a file edited between runs is read again, not served from the cache.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';

const SHARED =
  'The night ferry to Orsk island will stop running in November because the harbour crane failed its annual safety check.';

describe('sourcelint check with the corpus cache', () => {
  let dir: string;
  let home: string;
  const check = (...args: string[]) =>
    runCli(['check', '--format', 'json', ...args, '.'], { cwd: dir, env: { XDG_CACHE_HOME: home } });
  const cacheFiles = () =>
    fs.existsSync(path.join(home, 'sourcelint'))
      ? fs.readdirSync(path.join(home, 'sourcelint')).filter((f) => f.endsWith('.sqlite'))
      : [];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-cache-'));
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-cache-home-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), `Ferry news\n\nResidents met on Monday. ${SHARED}\n`);
    fs.writeFileSync(
      path.join(dir, 'b.txt'),
      `Island briefing\n\nA short note first.\n\n${SHARED} Repairs start in spring.\n`,
    );
    fs.writeFileSync(path.join(dir, 'c.md'), `# Markdown\n\nSome *text* here, and \`code\`.\n`);
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
  });

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
    const b = path.join(dir, 'b.txt');
    fs.writeFileSync(b, fs.readFileSync(b, 'utf8').replace('November', 'December'));
    const edited = check();
    assert.doesNotMatch(edited.stdout, /duplicate-passage/);
    assert.equal(edited.stdout, check('--no-cache').stdout);
  });
});
