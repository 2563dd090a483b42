#!/usr/bin/env node
// Reproducible build check: builds the site twice from clean into two folders and compares
// every file byte for byte. The same sources must give the same site, so a published file's
// checksum means something and a review of the output diff shows only real changes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { filesUnder } from '../src/lib/files/files-under.ts';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const digest = (dir) => new Map(filesUnder(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));

const buildDay = process.env.PORTAL_BUILD_DATE || new Date().toISOString().slice(0, 10);
const root = mkdtempSync(join(tmpdir(), 'reproducible-'));
try {
  const outputs = ['first', 'second'].map((name) => {
    const out = join(root, name);
    rmSync('.astro', { recursive: true, force: true }); // no cache carried from one build to the next
    // Both builds are made for the same day, so a build that straddles midnight in Beijing
    // cannot differ in the event banner or citation dates (lib/press/build-date.ts).
    execFileSync('npx', ['astro', 'build', '--outDir', out], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PORTAL_BUILD_DATE: buildDay } });
    return digest(out);
  });
  const [a, b] = outputs;
  const differences = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
  console.log(`Compared ${a.size} files from two clean builds.`);
  if (differences.length) {
    console.error(`Not reproducible: ${differences.length} file(s) differ:\n${differences.slice(0, 30).map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Byte-identical.');
} finally {
  rmSync(root, { recursive: true, force: true });
}
