import { termsInText, type FindableTerm } from '../learn/glossary-links';

/** An entry of a collection that names the measures it relates to (cases, pilots, lessons). */
interface TiedToMeasures {
  id: string;
  data: { measures: number[] };
}

/**
 * What a measure page shows beside the plan's words: the cases and pilots that carry the
 * measure out (cases first), the lessons that teach it, and the glossary terms its verbatim
 * Chinese wording uses (whatever the page language, since the glossary is keyed to the plan).
 */
export function measureRelations<C extends TiedToMeasures, P extends TiedToMeasures, L extends TiedToMeasures, G extends FindableTerm>(
  measure: number,
  from: { cases: readonly C[]; pilots: readonly P[]; lessons: readonly L[]; glossary: readonly G[]; chineseWording: string },
) {
  const names = (entry: TiedToMeasures) => entry.data.measures.includes(measure);
  return {
    showcases: [
      ...from.cases.filter(names).map((entry) => ({ kind: 'case' as const, entry })),
      ...from.pilots.filter(names).map((entry) => ({ kind: 'pilot' as const, entry })),
    ],
    lessons: from.lessons.filter(names),
    terms: termsInText(from.glossary, from.chineseWording),
  };
}
