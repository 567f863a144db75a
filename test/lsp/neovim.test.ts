// The README's Neovim 0.7 snippet (vim.lsp.start_client), run as written in a real headless Neovim
// against dist/server.js: diagnostics arrive, config errors do not block it on a prompt, and files
// without a workspace root still share a corpus.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/fixtures';
import { SERVER, TEST_CACHE_HOME } from '../helpers/lsp';

/** The README's Lua block that uses vim.lsp.start_client, with `sourcelint-server` run as `node dist/server.js`. */
function readmeSnippet(): string {
  const blocks = [...fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/```lua\n([\s\S]*?)```/g)].map(
    (m) => m[1],
  );
  const snippet = blocks.filter((b) => b.includes('vim.lsp.start_client'));
  assert.equal(snippet.length, 1, 'one README Lua block uses vim.lsp.start_client');
  const cmd = "'sourcelint-server'";
  assert.equal(snippet[0].split(cmd).length, 2, `the snippet names ${cmd} once`);
  return snippet[0].replace(cmd, `${luaString(process.execPath)}, ${luaString(SERVER)}`);
}

const luaString = (s: string) => JSON.stringify(s); // a JSON string of a path is a Lua string too

// After the snippet: record notices, wait for a diagnostic with the code in $SL_WAIT_FOR, write them all, quit.
const HARNESS = `
local notes = {}
vim.notify = function(msg, level) table.insert(notes, { msg = msg, level = level }) end
vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    vim.wait(15000, function()
      for _, d in ipairs(vim.diagnostic.get(0)) do
        if d.code == vim.env.SL_WAIT_FOR then return true end
      end
      return false
    end, 20)
    local diags = {}
    for _, d in ipairs(vim.diagnostic.get(0)) do
      table.insert(diags, { lnum = d.lnum, col = d.col, code = d.code, severity = d.severity })
    end
    vim.fn.writefile({ vim.fn.json_encode({ diagnostics = diags, notes = notes }) }, vim.env.SL_OUT)
    vim.cmd('qa!')
  end,
})
`;

interface NvimResult {
  diagnostics: { lnum: number; col: number; code: string; severity: number }[];
  notes: { msg: string; level: number }[];
}

describe('Neovim 0.7+ with the README snippet (vim.lsp.start_client)', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    const v = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (v.error || v.status !== 0) {
      throw new Error(
        'nvim is not installed: this test needs Neovim 0.7 or later (Debian package neovim; `node scripts/e2e/setup.mjs --apt-only` installs it)',
      );
    }
  });
  beforeEach(() => (dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sl-nvim-')))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Opens `file` (relative to the temp folder) in nvim with the snippet; resolves with what Lua wrote. */
  function nvim(file: string, waitFor: string): Promise<NvimResult> {
    const init = path.join(dir, 'init.lua');
    const out = path.join(dir, 'out.json');
    fs.writeFileSync(init, readmeSnippet() + HARNESS);
    const env = {
      ...process.env,
      SL_WAIT_FOR: waitFor,
      SL_OUT: out,
      XDG_CACHE_HOME: TEST_CACHE_HOME,
      XDG_STATE_HOME: path.join(dir, 'state'),
      XDG_DATA_HOME: path.join(dir, 'data'),
    };
    const proc = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, file], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (d) => (output += d));
    proc.stderr.on('data', (d) => (output += d));
    return new Promise((resolve, reject) => {
      // A bound, not a wait: nvim quits by itself once it has the diagnostics (or after its own 15 s).
      const t = setTimeout(() => {
        proc.kill('SIGKILL');
        reject(new Error(`nvim did not quit within 40 s (blocked on a prompt?):\n${output}`));
      }, 40_000);
      proc.on('exit', () => {
        clearTimeout(t);
        if (!fs.existsSync(out)) return reject(new Error(`nvim wrote no results:\n${output}`));
        resolve(JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult);
      });
    });
  }
  const write = (text: string, ...p: string[]) => {
    fs.mkdirSync(path.dirname(path.join(dir, ...p)), { recursive: true });
    fs.writeFileSync(path.join(dir, ...p), text);
  };

  it('shows an unattributed quote in a .txt article', async () => {
    write(
      'Ferry timetable cut\n\nThe island ferry will run twice a week from March.\n\n"We cannot keep the boat going every day on this budget."\n',
      'desk',
      'ferry.txt',
    );
    const r = await nvim('desk/ferry.txt', 'unattributed-quote');
    assert.deepEqual(r.diagnostics, [{ lnum: 4, col: 0, code: 'unattributed-quote', severity: 2 }]);
    assert.deepEqual(r.notes, []);
  });

  it('with a bad .sourcelintrc.json and no workspace root: one notice, no prompt, the rc applied, duplicates across files', async () => {
    const shared =
      'The island ferry will stop on Sundays after the harbour board cut its fuel budget by a third this spring.';
    write(JSON.stringify({ severity: { 'duplicate-passage': 'error', boilerplate: 'loud' } }), '.sourcelintrc.json');
    write(`Sunday ferry ends\n\n${shared}\n`, 'monday', 'ferry.article');
    write(`Ferry cuts, again\n\n${shared} Islanders plan a protest.\n`, 'tuesday', 'protest.txt');
    const r = await nvim('monday/ferry.article', 'duplicate-passage');
    assert.deepEqual(
      r.diagnostics.map((d) => [d.code, d.lnum, d.severity]),
      [['duplicate-passage', 2, 1]],
    );
    const rcNotes = r.notes.filter((n) => n.msg.includes('"severity.boilerplate"'));
    assert.equal(rcNotes.length, 1, JSON.stringify(r.notes));
    assert.equal(rcNotes[0].level, 4, 'an error notice (vim.log.levels.ERROR)');
  });
});
