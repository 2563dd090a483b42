import { afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSources } from '../../src/lib/checks/validate-sources';

/**
 * For tests: copies the real src/content to a temporary folder, lets the test break one thing,
 * and returns what the build's content check reports. Temporary folders are removed after
 * each test of the file that calls this.
 */
export function useBrokenContentCopy(): (breakIt: (content: string) => void) => string[] {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return (breakIt) => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    roots.push(root);
    for (const folder of ['src/content', 'src/data', 'public']) cpSync(folder, join(root, folder), { recursive: true });
    const content = join(root, 'src/content');
    breakIt(content);
    return validateSources(root);
  };
}

/** Rewrites a file through a function of its text. */
export const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
