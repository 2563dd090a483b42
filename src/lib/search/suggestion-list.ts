import type { GlossaryTerm } from '../schemas/glossary-term';
import type { SearchWord } from '../schemas/search-word';
import type { Suggestion } from './suggestions';

/**
 * The glossary terms the search suggests when nothing (or little) fits, each with every word that
 * leads to it in one language: the term, the plan's forms, and the everyday words of the
 * vocabulary entries tied to it (search-words.yaml `glossaryId`).
 */
export function suggestionList(terms: readonly GlossaryTerm[], words: readonly SearchWord[], language: 'zh' | 'en', glossaryHref: string): Suggestion[] {
  return terms.map((term) => {
    const tied = words.filter((w) => w.glossaryId === term.id);
    const all = [term[language].term, ...term[language].aliases, ...tied.flatMap((w) => [w.planTerm[language], ...w.aliases[language]])];
    return { label: term[language].term, href: `${glossaryHref}#${term.id}`, words: [...new Set(all)] };
  });
}
