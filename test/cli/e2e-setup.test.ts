// scripts/e2e/setup.mjs installs code-server with Node 24. Under `npm test` or `npm run test:e2e`
// the outer npm (Node 20) leaves npm_config_user_agent in the environment, an inner npm takes it as
// its own, and code-server's install script (which reads the Node version from it) refused to run.
// Here a tiny local package's install script stands in for code-server's.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/fixtures';
import { tempFolder } from '../helpers/temp-folder';

type InstallEnv = (p: { nodeBinDir: string; nodeDir: string }, env?: NodeJS.ProcessEnv) => NodeJS.ProcessEnv;
const STALE = 'npm/0.0.1 node/v1.2.3 linux x64 workspaces/false';

describe('e2e setup: the environment of the code-server install', function () {
  this.timeout(60_000);
  let installEnv: InstallEnv;
  const tmp = tempFolder('sl-setup-env-');
  let p: { nodeBinDir: string; nodeDir: string };

  before(async () => {
    ({ installEnv } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'e2e', 'setup.mjs')).href)) as {
      installEnv: InstallEnv;
    });
  });
  beforeEach(() => {
    // A "Node 24" folder whose node is the Node running this test.
    p = { nodeDir: path.join(tmp.dir, 'node'), nodeBinDir: path.join(tmp.dir, 'node', 'bin') };
    fs.mkdirSync(p.nodeBinDir, { recursive: true });
    fs.symlinkSync(process.execPath, path.join(p.nodeBinDir, 'node'));
  });

  // What `npm run test:e2e` leaves for its children (see `npm run env`).
  const outer = (): NodeJS.ProcessEnv => ({
    ...process.env,
    npm_config_user_agent: STALE,
    npm_node_execpath: '/nowhere/node',
    NODE: '/nowhere/node',
    npm_lifecycle_event: 'test:e2e',
    npm_package_json: path.join(ROOT, 'package.json'),
    npm_config_registry: 'https://registry.example.invalid/',
  });

  it("puts Node 24 first on PATH, drops the outer npm's own variables and keeps the user's npm settings", () => {
    const env = installEnv(p, outer());
    assert.equal(env.PATH!.split(path.delimiter)[0], p.nodeBinDir);
    assert.equal(env.npm_config_nodedir, p.nodeDir);
    for (const k of ['npm_config_user_agent', 'npm_node_execpath', 'NODE', 'npm_lifecycle_event', 'npm_package_json'])
      assert.equal(env[k], undefined, k);
    assert.equal(env.npm_config_registry, 'https://registry.example.invalid/');
  });

  it("gives an install script the user agent of the npm that runs it, not the outer one's", () => {
    const pkg = path.join(tmp.dir, 'probe');
    fs.mkdirSync(pkg);
    const seen = path.join(tmp.dir, 'seen.txt');
    fs.writeFileSync(
      path.join(pkg, 'package.json'),
      JSON.stringify({
        name: 'probe',
        version: '1.0.0',
        scripts: {
          postinstall: `node -e "require('fs').writeFileSync(process.argv[1], process.env.npm_config_user_agent + ' ' + process.version)" ${JSON.stringify(seen)}`,
        },
      }),
    );
    const target = path.join(tmp.dir, 'target');
    fs.mkdirSync(target);
    fs.writeFileSync(
      path.join(target, 'package.json'),
      JSON.stringify({ private: true, allowScripts: { probe: true } }),
    );
    const env = installEnv(p, outer());
    delete env.npm_config_registry; // a local package: no registry needed
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-save', '--prefix', target, pkg], {
      cwd: target,
      env,
      stdio: 'pipe',
    });
    const [agentNode, runningNode] = (() => {
      const text = fs.readFileSync(seen, 'utf8');
      return [/ node\/(v\S+) /.exec(text)?.[1], text.split(' ').at(-1)];
    })();
    assert.notEqual(agentNode, 'v1.2.3', 'the outer npm_config_user_agent reached the install script');
    assert.equal(agentNode, runningNode, 'the user agent names the Node that runs the install');
  });
});
