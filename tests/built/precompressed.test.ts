import { test, expect } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { filesUnder } from '../../src/lib/files/files-under';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

// src/integrations/precompress.ts writes .gz and .br beside every text file of 1 KB or more, for
// servers that send precompressed files as they are (nginx gzip_static / brotli_static).
const TEXT = new Set(['.html', '.css', '.js', '.json', '.csv', '.xml', '.svg', '.txt']);

test('every text file of 1 KB or more has .gz and .br copies that decompress to exactly it', () => {
  const files = filesUnder('dist');
  const present = new Set(files);
  const text = files.filter((f) => TEXT.has(extname(f)) && statSync(f).size >= 1024);
  expect(text.length).toBeGreaterThan(200);
  for (const file of text) {
    const original = readFileSync(file);
    expect(present.has(`${file}.gz`), `${file}.gz`).toBe(true);
    expect(present.has(`${file}.br`), `${file}.br`).toBe(true);
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original), `${file}.gz`).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), `${file}.br`).toBe(true);
  }
  // And nothing else: no copies of copies, no stale copies without their original.
  for (const copy of files.filter((f) => /\.(gz|br)$/.test(f))) expect(present.has(copy.replace(/\.(gz|br)$/, '')), copy).toBe(true);
});
