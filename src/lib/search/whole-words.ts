/** `s` matched literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A Latin-script phrase occurs in a text as whole words: "charging facilities" in "build charging
 * facilities", not in "recharging facilitiesX" (a hyphen joins words). The vocabulary's check
 * (case as written) and the index feed (any case) use the same rule.
 */
export function containsWholeWords(text: string, phrase: string, { ignoreCase = false } = {}): boolean {
  return new RegExp(wholeWords(escapeRegExp(phrase)), ignoreCase ? 'i' : '').test(text);
}

/** A regular-expression source matching `pattern` only as whole words (a hyphen joins words). */
export const wholeWords = (pattern: string) => `(?<![\\w-])(?:${pattern})(?![\\w-])`;
