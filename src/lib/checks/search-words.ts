import type { Sources } from '../sources/read-sources';
import { searchWordSchema } from '../schemas/search-word';
import { formatPath } from './validation-errors';
import { yamlListItemLines } from '../sources/yaml-lines';
import { readOfficialSource } from './published/official-source';
import { GLOSSARY_FILE, yamlListFile } from './learning-content';
import { containsWholeWords } from '../search/whole-words';
import { SEARCH_WORDS_PATH } from '../search/search-words';

/** Spaces and line breaks removed: the official text comes from a PDF, broken at arbitrary points. */
const withoutSpaces = (s: string) => s.replace(/\s+/g, '');

/** The site's English translation of the plan: the plan page's text and the 24 measures' titles and texts. */
function englishPlanText(sources: Sources): string {
  const parts = sources.content.filter((f) => f.locale === 'en' && f.collection === 'measures' && f.data).map((f) => {
    const d = f.data as { title?: string; text?: string };
    return `${d.title ?? ''}\n${d.text ?? ''}`;
  });
  const plan = sources.content.find((f) => f.path === 'src/content/plan/en.mdx');
  return [plan?.text ?? '', ...parts].join('\n').replace(/\s+/g, ' ');
}

/**
 * The everyday search vocabulary (search-words.yaml) ties what residents type to the plan's own
 * words, so each plan term must be the plan's: the Chinese term occurs in the official text, the
 * English one in the site's translation (as a whole word, as written). Glossary ids exist; an alias
 * is not its own plan term and is listed once per entry. Each problem names the item's line.
 */
export function checkSearchWords(sources: Sources): string[] {
  const problems: string[] = [];
  const file = yamlListFile(sources, SEARCH_WORDS_PATH, problems);
  if (!file) return problems;
  const lines = yamlListItemLines(file.text);
  const at = (i: number) => `${SEARCH_WORDS_PATH}: line ${lines[i] ?? '?'}`;
  const official = withoutSpaces(readOfficialSource(sources.root));
  const english = englishPlanText(sources);
  const glossary = sources.content.find((f) => f.path === GLOSSARY_FILE);
  const glossaryIds = new Set(Array.isArray(glossary?.data) ? (glossary.data as { id?: string }[]).map((t) => t.id) : []);
  const seenTerms = new Map<string, number>();
  file.data.forEach((entry: unknown, i: number) => {
    const parsed = searchWordSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${at(i)}: [${i}].${formatPath(issue.path)}: ${issue.message}`);
      return;
    }
    const { planTerm, aliases, glossaryId } = parsed.data;
    if (!official.includes(withoutSpaces(planTerm.zh))) problems.push(`${at(i)}: planTerm.zh: “${planTerm.zh}” does not occur in the plan's official text; use the plan's exact words`);
    if (!containsWholeWords(english, planTerm.en)) problems.push(`${at(i)}: planTerm.en: “${planTerm.en}” does not occur in the site's English translation of the plan (as a whole word, with this capitalisation)`);
    if (glossaryId && !glossaryIds.has(glossaryId)) problems.push(`${at(i)}: glossaryId: no term "${glossaryId}" in ${GLOSSARY_FILE}`);
    const earlier = seenTerms.get(planTerm.zh);
    if (earlier !== undefined) problems.push(`${at(i)}: planTerm.zh: “${planTerm.zh}” is already an entry (line ${lines[earlier]}); add the aliases there`);
    else seenTerms.set(planTerm.zh, i);
    for (const lang of ['zh', 'en'] as const) {
      const seen = new Set<string>();
      for (const alias of aliases[lang]) {
        const key = alias.toLowerCase();
        if (key === planTerm[lang].toLowerCase()) problems.push(`${at(i)}: aliases.${lang}: “${alias}” is the plan term itself`);
        if (seen.has(key)) problems.push(`${at(i)}: aliases.${lang}: “${alias}” is listed twice`);
        seen.add(key);
      }
    }
  });
  return problems;
}
