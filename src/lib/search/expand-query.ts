/**
 * Everyday words → the plan's words, at query time. The page carries the vocabulary of its
 * language (search-words.yaml: each plan term with the words people type for it); a query that
 * contains one of those words is also searched as the plan term, so 绿电 finds measure 7 through
 * 可再生能源 and "electric car" finds measure 16 through "new-energy vehicles", with excerpts that
 * mark the plan's own words, and a result can say which plan word it matched.
 */

/** One plan term and the everyday words for it, in one language. */
export type VocabularyEntry = readonly [planTerm: string, aliases: readonly string[]];

/** Lower case, full-width forms folded, runs of spaces and dashes made one space. */
export const foldForMatch = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\-‐-―]+/g, ' ').replace(/[’']/g, '').trim();

const HAN = /\p{Script=Han}/u;

/** The alias occurs in the query: anywhere for Chinese, as whole words for Latin script. */
function contains(query: string, alias: string): boolean {
  if (HAN.test(alias)) return query.replace(/ /g, '').includes(alias.replace(/ /g, ''));
  return ` ${query} `.includes(` ${alias} `);
}

/** At most this many plan terms are searched besides the query itself. */
export const MAX_EXPANSIONS = 3;

/** A plan term to search besides the query: through an everyday word (`alias`), or spelled out in a longer query. */
export interface Expansion {
  term: string;
  /** The everyday word that led to the term; null when the query itself contains the term. */
  alias: string | null;
}

/**
 * The plan terms to search besides the query: those with an everyday word the query contains
 * (longest first, so 公共充电桩 wins over 充电桩), and those the query spells out within a longer
 * question (新房子要装光伏吗 → 光伏), which Pagefind would otherwise only find together with every
 * other word of the question.
 */
export function expandQuery(query: string, vocabulary: readonly VocabularyEntry[]): Expansion[] {
  const q = foldForMatch(query);
  if (!q) return [];
  const found: (Expansion & { length: number })[] = [];
  for (const [planTerm, aliases] of vocabulary) {
    const term = foldForMatch(planTerm);
    if (contains(q, term)) {
      if (term.replace(/ /g, '') !== q.replace(/ /g, '')) found.push({ term: planTerm, alias: null, length: term.length });
      continue;
    }
    const alias = aliases.filter((a) => foldForMatch(a).length >= 2 && contains(q, foldForMatch(a))).sort((a, b) => b.length - a.length)[0];
    if (alias) found.push({ term: planTerm, alias, length: foldForMatch(alias).length });
  }
  found.sort((a, b) => b.length - a.length);
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.term) && seen.add(f.term)).slice(0, MAX_EXPANSIONS).map(({ term, alias }) => ({ term, alias }));
}
