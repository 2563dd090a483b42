import { foldForMatch } from './expand-query';

/** A glossary term offered when a search finds nothing or little: its name, link and the words that lead to it. */
export interface Suggestion {
  label: string;
  href: string;
  /** The term, its plan forms and the everyday words for it, in the page's language. */
  words: string[];
}

/** Edit distance between two short strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * How close a query is to a word, 0–1: 1 when one contains the other; otherwise, for Chinese,
 * the share of characters in common, and for Latin script one minus the edit distance over the
 * longer length (so "photovoltiac" is 0.83 from "photovoltaic").
 */
export function closeness(query: string, word: string): number {
  const q = foldForMatch(query);
  const w = foldForMatch(word);
  if (!q || !w) return 0;
  if (w.includes(q) || q.includes(w)) return Math.min(q.length, w.length) >= 2 ? 1 : 0;
  if (/\p{Script=Han}/u.test(q)) {
    const q2 = q.replace(/ /g, '');
    const w2 = w.replace(/ /g, '');
    const shared = [...new Set(q2)].filter((c) => w2.includes(c)).length;
    return (2 * shared) / (new Set(q2).size + new Set(w2).size);
  }
  return 1 - editDistance(q, w) / Math.max(q.length, w.length);
}

/**
 * The words to compare a query with: each word of the suggestion, and for Latin script also each
 * word within it of four letters or more ("photovoltaic" in "distributed photovoltaic (PV) power").
 */
function candidateWords(words: readonly string[]): string[] {
  const parts = words.flatMap((w) => (/\p{Script=Han}/u.test(w) ? [] : w.split(/[^\p{L}\p{N}-]+/u).filter((p) => p.length >= 4)));
  return [...new Set([...words, ...parts])];
}

/** The suggestions closest to the query (at least `threshold`), best first, with the word that matched. */
export function closestSuggestions(query: string, suggestions: readonly Suggestion[], limit = 5, threshold = 0.5): { suggestion: Suggestion; word: string; closeness: number }[] {
  return suggestions
    .map((suggestion) => {
      let best = { word: suggestion.label, closeness: 0 };
      for (const word of candidateWords(suggestion.words)) {
        const c = closeness(query, word);
        if (c > best.closeness) best = { word, closeness: c };
      }
      return { suggestion, ...best };
    })
    .filter((s) => s.closeness >= threshold)
    .sort((a, b) => b.closeness - a.closeness || a.suggestion.label.localeCompare(b.suggestion.label))
    .slice(0, limit);
}
