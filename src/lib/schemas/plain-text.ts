import { z } from 'astro/zod';

/**
 * Characters that have no place in an author's text: C0 and C1 control characters (except tab
 * and line feed), bidirectional overrides and isolates, and zero-width characters. Pasted from a
 * word processor they break XML feeds (U+000B) or make a title read differently from how it is
 * stored (U+202E, U+200B). Shared by the schemas and the raw-file check of every content file.
 */
export const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** `U+000B`, the way an author can find the character in an editor. */
export const describeCharacter = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A string without unsafe characters. */
export const safeText = () =>
  z.string().superRefine((s, ctx) => {
    const bad = UNSAFE_CHARACTERS.exec(s);
    if (bad) ctx.addIssue({ code: 'custom', message: `must not contain the invisible or control character ${describeCharacter(bad[0])} (delete and retype the text around it)` });
  });

/**
 * Text shown as-is in titles, summaries, feeds and social previews. Astro escapes it anyway;
 * refusing markup here catches pasted HTML (or an injection attempt) at the author's desk,
 * with the file and field named, instead of publishing `<script>` as visible text.
 */
export const plainText = (min: number) =>
  safeText()
    .min(min)
    .refine((s) => !/<\/?[a-z!][^>]*>/i.test(s), { message: 'must be plain text: HTML tags are not allowed' });
