// Peer tools the benchmarks compare against, installed on first use into a cache outside the
// repository: jscpd 5 ships platform packages that npm ci cannot lock for every platform.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PEERS = { jscpd: '5.3.3' };

/** Path of the peer's executable, installing it into ~/.cache/sourcelint-bench/<name>-<version> if needed. */
export function peerBin(name) {
  const version = PEERS[name];
  const dir = path.join(
    process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
    'sourcelint-bench',
    `${name}-${version}`,
  );
  const bin = path.join(dir, 'node_modules', '.bin', name);
  if (!fs.existsSync(bin)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, `${name}@${version}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return bin;
}
