// Plain JavaScript so that both the build (read-sources.ts) and `npm run data:lock`
// (scripts/lock-datasets.mjs, run by Node without a TypeScript step) read the lock's history
// the same way.
import { realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * Every entry the dataset lock has ever held, with the commit that first recorded it, oldest
 * first; empty outside a git repository (or when `root` is not the repository's top).
 * @param {string} root
 * @param {string} [lockPath]
 * @returns {Record<string, { sha256: string, commit: string }>}
 */
export function readLockHistory(root, lockPath = 'src/data/datasets/lock.json') {
  /** @param {string[]} args */
  const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let commits;
  try {
    if (realpathSync(git('rev-parse', '--show-toplevel').trim()) !== realpathSync(root)) return {};
    commits = git('log', '--reverse', '--format=%H', '--', lockPath).split('\n').filter(Boolean);
  } catch {
    return {};
  }
  /** @type {Record<string, { sha256: string, commit: string }>} */
  const history = {};
  for (const commit of commits) {
    let lock;
    try {
      lock = JSON.parse(git('show', `${commit}:${lockPath}`));
    } catch {
      continue; // the commit that deleted the file, or a malformed lock (reported on the current file)
    }
    for (const [key, sha256] of Object.entries(lock)) history[key] ??= { sha256: String(sha256), commit };
  }
  return history;
}
