import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

/**
 * The repository's own copy of the official text of 西政发〔2022〕10号, as extracted from the
 * PDF (line and page breaks, and one scraped URL line, are artefacts ignored in comparison). Its
 * sha256 is pinned here, so the reference the build checks against cannot drift with an edit.
 */
export const OFFICIAL_SOURCE_PATH = 'src/data/official/xicheng-carbon-peak-plan-2022.zh.txt';
export const OFFICIAL_SOURCE_SHA256 = 'fd3d1ddf3cfb706c239745eef900fb86d882a0977f2fd0616928d71cce963c49';

export function readOfficialSource(root: string): string {
  const bytes = readFileSync(join(root, OFFICIAL_SOURCE_PATH));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== OFFICIAL_SOURCE_SHA256) {
    throw new Error(`${OFFICIAL_SOURCE_PATH}: file: the official source text was changed (sha256 ${sha.slice(0, 12)}…, pinned ${OFFICIAL_SOURCE_SHA256.slice(0, 12)}…); restore it from git`);
  }
  return bytes.toString('utf8');
}
