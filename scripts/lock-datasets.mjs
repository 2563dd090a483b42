#!/usr/bin/env node
// Records the sha256 of every released dataset version in src/data/datasets/lock.json.
// It only ADDS entries: a released file whose bytes changed is refused, because a release
// never changes — publish the correction as a new version instead.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readLockHistory } from '../src/lib/sources/lock-history.mjs';

const root = 'src/data/datasets';
const lockFile = join(root, 'lock.json');
const lock = existsSync(lockFile) ? JSON.parse(readFileSync(lockFile, 'utf8')) : {};
const problems = [];
let added = 0;

// Every entry the lock has ever held in git history: a released version deleted from the lock
// and edited must not be locked again under its old name.
const released = Object.fromEntries(Object.entries(readLockHistory('.', lockFile)).map(([key, { sha256 }]) => [key, sha256]));
for (const id of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  for (const name of readdirSync(join(root, id)).filter((n) => n.endsWith('.json')).sort()) {
    const key = `${id}@${name.slice(0, -'.json'.length)}`;
    const file = join(root, id, name);
    const bytes = readFileSync(file);
    // Hash exactly what the build's validation hashes: the file's UTF-8 text.
    const text = bytes.toString('utf8');
    const hash = createHash('sha256').update(text).digest('hex');
    if (text.startsWith('\uFEFF')) {
      problems.push(`${file}: starts with a byte order mark; save it as UTF-8 without BOM`);
      continue;
    }
    try {
      const json = JSON.parse(text);
      if (json.id !== id || json.version !== name.slice(0, -'.json'.length)) problems.push(`${file}: id/version must be "${id}"/"${name.slice(0, -'.json'.length)}" (the folder and file name)`);
    } catch (e) {
      problems.push(`${file}: not valid JSON: ${e.message}`);
      continue;
    }
    if (released[key] && released[key] !== hash) {
      problems.push(`${file}: ${key} was released as ${released[key].slice(0, 12)}… (git history of ${lockFile}); a release never changes: restore it and publish a new version`);
      continue;
    }
    if (!lock[key]) {
      lock[key] = hash;
      added++;
      console.log(`locked ${key} ${hash}`);
    } else if (lock[key] !== hash) {
      problems.push(`${join(root, id, name)} changed after release (${key}); restore it and publish a new version`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(lockFile, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(added ? `${added} version(s) added to ${lockFile}` : `${lockFile} is up to date`);
