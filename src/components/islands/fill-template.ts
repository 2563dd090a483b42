/**
 * Fills `{name}` placeholders in an interface string the page passed to an island (the islands
 * do not import src/i18n, which would ship every string of the site to the browser).
 * @example fillTemplate('Question {n} of {total}', { n: 2, total: 12 }) === 'Question 2 of 12'
 */
export const fillTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
