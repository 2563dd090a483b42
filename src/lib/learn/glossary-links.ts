/** What finding a term in text needs: its Chinese form and the plan's other forms of it. */
export interface FindableTerm {
  id: string;
  zh: { term: string; aliases: string[] };
}

/**
 * The glossary terms that occur in a text (the plan's verbatim Chinese), in glossary order:
 * measure pages list them, and the glossary lists the measures each term appears in.
 * @example termsInText(terms, '大力发展可再生能源').map((t) => t.id) → ['renewable-energy']
 */
export function termsInText<T extends FindableTerm>(terms: readonly T[], text: string): T[] {
  return terms.filter((term) => [term.zh.term, ...term.zh.aliases].some((form) => text.includes(form)));
}
