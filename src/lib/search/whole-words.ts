const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A Latin-script phrase occurs in a text as whole words: "charging facilities" in "build charging
 * facilities", not in "recharging facilitiesX" (a hyphen joins words). The vocabulary's check
 * (case as written) and the index feed (any case) use the same rule.
 */
export function containsWholeWords(text: string, phrase: string, { ignoreCase = false } = {}): boolean {
  return new RegExp(`(?<![\\w-])${escapeRegExp(phrase)}(?![\\w-])`, ignoreCase ? 'i' : '').test(text);
}
