import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { searchWordSchema, type SearchWord } from '../schemas/search-word';

export const SEARCH_WORDS_PATH = 'src/content/glossary/search-words.yaml';

/** The everyday vocabulary, parsed by its schema (the source checks have already named any problem by line). */
export function readSearchWords(root: string): SearchWord[] {
  return z.array(searchWordSchema).parse(parse(readFileSync(join(root, SEARCH_WORDS_PATH), 'utf8')));
}
