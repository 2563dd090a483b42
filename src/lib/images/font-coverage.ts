/** Characters of `text` the image font cannot draw (whitespace is never drawn as a glyph). */
export function missingCharacters(text: string, available: Set<string>): string[] {
  return [...new Set(text)].filter((c) => !/\s/.test(c) && !available.has(c));
}

/**
 * Stops the build when an image or a printed sheet would show tofu boxes instead of characters, and says how to
 * fix it: every character an image or PDF draws must be in the committed font subset.
 */
export function assertDrawable(text: string, available: Set<string>, where: string): void {
  const missing = missingCharacters(text, available);
  if (missing.length > 0) {
    throw new Error(
      `${where}: the font subset (images and printable PDFs) has no glyph for ${missing.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}. ` +
        'Run /usr/bin/python3 scripts/subset-image-font.py (it adds every character used in src/content, src/data and src/lib/i18n/strings) and commit the font.',
    );
  }
}
