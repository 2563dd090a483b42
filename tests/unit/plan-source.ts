import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The official text, shipped beside the repository in ../shared (as in CI). */
export const SOURCE_PATH = resolve(process.cwd(), '../shared/source/xicheng-carbon-peak-plan-2022.zh.txt');

/** The URL line in the source is a scraped website's, not part of the plan. */
export const SCRAPED_URL_LINE = 'http://www.tanpaifang.com/xinnengyuan/';

export function readSource(): string {
  if (!existsSync(SOURCE_PATH)) {
    throw new Error(`The official plan text is missing at ${SOURCE_PATH}: check out ../shared beside this repository.`);
  }
  return readFileSync(SOURCE_PATH, 'utf8');
}

/** Removes what comparison must ignore: all whitespace (PDF line/page breaks) and the URL line. */
export function normalise(text: string): string {
  return text.replace(SCRAPED_URL_LINE, '').replace(/\s+/g, '');
}
