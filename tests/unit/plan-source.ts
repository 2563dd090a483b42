import { OFFICIAL_SOURCE_PATH, readOfficialSource } from '../../src/lib/checks/published/official-source';
import { normaliseOfficialText, SCRAPED_URL_LINE } from '../../src/lib/checks/published/official-text';

/** The project's own copy of the official text (its sha256 is pinned), so a clone needs nothing beside it. */
export const SOURCE_PATH = OFFICIAL_SOURCE_PATH;
export { SCRAPED_URL_LINE };

export function readSource(): string {
  return readOfficialSource(process.cwd());
}

/** Removes what comparison must ignore: all whitespace (PDF line/page breaks) and the URL line. */
export const normalise = normaliseOfficialText;
