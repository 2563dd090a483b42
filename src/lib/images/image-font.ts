/**
 * The font that build-time images draw their text with: a committed subset of Noto Sans CJK SC
 * Bold (scripts/subset-image-font.py), so images look the same on every build machine and no
 * font is downloaded. Text the subset cannot draw stops the build (see assertDrawable).
 */
import { GlobalFonts } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PRIMARY = { family: 'Portal Image Sans', file: 'src/assets/fonts/NotoSansSC-Bold-subset.otf' };
/** The few symbols the CJK font lacks, such as the subscript digits of CO₂ and SF₆. */
const FALLBACK = { family: 'Portal Image Symbols', file: 'src/assets/fonts/DejaVuSans-Bold-fallback-subset.ttf' };
/** A CSS font-family list: the canvas library falls back glyph by glyph. */
export const IMAGE_FONT_FAMILY = `${PRIMARY.family}", "${FALLBACK.family}`;
const CHARACTERS_FILE = resolve(process.cwd(), 'src/assets/fonts/NotoSansSC-Bold-subset.characters.txt');

let registered = false;
/**
 * Registers the fonts with the canvas library once per process and returns the family list to
 * put inside double quotes in a CSS font string: `700 20px "${useImageFont()}"`.
 */
export function useImageFont(): string {
  if (!registered) {
    for (const { family, file } of [PRIMARY, FALLBACK]) {
      const path = resolve(process.cwd(), file);
      if (!GlobalFonts.registerFromPath(path, family)) throw new Error(`Could not load the image font ${path}`);
    }
    registered = true;
  }
  return IMAGE_FONT_FAMILY;
}

let covered: Set<string> | undefined;
/** Every character the subset can draw (written next to it by the subset script). */
export function imageFontCharacters(): Set<string> {
  return (covered ??= new Set(readFileSync(CHARACTERS_FILE, 'utf8')));
}
