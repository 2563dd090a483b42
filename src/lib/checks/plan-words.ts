import type { Sources } from '../sources/read-sources';

interface PlanWordsEntry {
  measures?: unknown;
  planWords?: { measure?: unknown; quote?: unknown }[];
}

/**
 * A case or pilot ties itself to the plan in the plan's own words: each listed measure has at
 * least one quote, and each quote occurs exactly in that measure's title or text in the entry's
 * language (the verbatim Chinese, or the site's English translation). A reader can then check
 * the link, and an author cannot attribute to the plan what it does not say.
 */
export function checkPlanWords(sources: Sources): string[] {
  const measureText = new Map<string, string>();
  for (const f of sources.content.filter((c) => c.collection === 'measures' && c.data)) {
    const d = f.data as { number?: number; title?: string; text?: string };
    measureText.set(`${f.locale}/${d.number}`, `${d.title ?? ''}\n${d.text ?? ''}`);
  }
  const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
  const problems: string[] = [];
  for (const f of sources.content.filter((c) => (c.collection === 'cases' || c.collection === 'pilots') && c.data)) {
    const d = f.data as PlanWordsEntry;
    const words = Array.isArray(d.planWords) ? d.planWords : [];
    const measures = Array.isArray(d.measures) ? (d.measures as unknown[]) : [];
    for (const m of measures) {
      if (!words.some((w) => w.measure === m)) problems.push(`${f.path}: planWords: measure ${String(m)} is listed but no planWords entry quotes it`);
    }
    words.forEach((w, i) => {
      if (!measures.includes(w.measure)) problems.push(`${f.path}: planWords[${i}].measure: ${String(w.measure)} is not in measures`);
      const text = measureText.get(`${f.locale}/${String(w.measure)}`);
      if (text !== undefined && typeof w.quote === 'string' && !normalise(text).includes(normalise(w.quote))) {
        problems.push(`${f.path}: planWords[${i}].quote: "${w.quote}" does not occur in measure ${String(w.measure)} (${f.locale === 'en' ? 'src/content/measures/en' : 'src/content/measures/zh-cn'}); quote the plan exactly`);
      }
    });
  }
  return problems;
}
