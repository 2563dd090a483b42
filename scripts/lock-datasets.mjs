#!/usr/bin/env node
// Records the sha256 of every released dataset version in src/data/datasets/lock.json.
// It only ADDS entries: a released file whose bytes changed is refused, because a release
// never changes — publish the correction as a new version instead.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = 'src/data/datasets';
const lockFile = join(root, 'lock.json');
const lock = existsSync(lockFile) ? JSON.parse(readFileSync(lockFile, 'utf8')) : {};
const problems = [];
let added = 0;
for (const id of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  for (const name of readdirSync(join(root, id)).filter((n) => n.endsWith('.json')).sort()) {
    const key = `${id}@${name.slice(0, -'.json'.length)}`;
    const hash = createHash('sha256').update(readFileSync(join(root, id, name))).digest('hex');
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
