import { afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-integrity';

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
    const content = join(root, 'src/content');
    cpSync('src/content', content, { recursive: true });
    breakIt(content);
    return checkContent(content, root);
  };
}

/** Rewrites a file through a function of its text. */
export const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
