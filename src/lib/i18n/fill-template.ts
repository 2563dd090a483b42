/**
 * The one way `{name}` placeholders in interface strings are filled: by `t()` at build time, and
 * in the browser by the islands and page scripts (which receive their templates from the page
 * rather than importing every string of the site).
 */
export type TemplateValues = Record<string, string | number>;

/**
 * @example fillTemplate('Question {n} of {total}', { n: 2, total: 12 }) === 'Question 2 of 12'
 * @throws when a placeholder has no value, so a typo in a string key or template never reaches readers as "{n}"
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for "{${name}}" in the interface string "${template}"`);
    return String(value);
  });
}

/** A string with a singular form where the language has one ("1 result" / "2 results"). */
export interface PluralForms {
  one?: string;
  other: string;
}

/**
 * The form the language's plural rules (Intl.PluralRules) ask for with `count`; Chinese has one
 * form for every count, English a singular for 1.
 * @example fillTemplate(pluralForm('en', { one: '{count} result', other: '{count} results' }, 1), { count: 1 }) === '1 result'
 */
export function pluralForm(locale: string, forms: PluralForms, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  return (category === 'one' && forms.one) || forms.other;
}
