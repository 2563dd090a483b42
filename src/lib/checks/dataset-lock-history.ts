import type { Sources } from '../sources/read-sources';

export const LOCK_FILE = 'src/data/datasets/lock.json';

/**
 * Released data is append-only: the lock may gain entries, never change or lose one. Comparing
 * it only with the files would let a release be edited after its entry is deleted and
 * `npm run data:lock` rerun; so every entry the lock has ever held in git history (read by
 * readSources) must still be there with the same sha256.
 */
export function checkLockIsAppendOnly(sources: Sources): string[] {
  const lockFile = sources.data.find((d) => d.path === LOCK_FILE);
  const lock = (lockFile?.json ?? {}) as Record<string, string>;
  const problems: string[] = [];
  for (const [key, { sha256, commit }] of Object.entries(sources.lockHistory)) {
    if (!(key in lock)) problems.push(`${LOCK_FILE}: ${key}: entry removed, but ${key} was released (commit ${commit.slice(0, 7)}); released versions stay published — restore the entry`);
    else if (lock[key] !== sha256) problems.push(`${LOCK_FILE}: ${key}: sha256 changed, but ${key} was released as ${sha256.slice(0, 12)}… (commit ${commit.slice(0, 7)}); restore the file and publish the change as a new version`);
  }
  return problems;
}
