import type { Locale } from '../../i18n/locales';

/**
 * Small builders for the learning centre's diagrams. The markup is self-contained: presentation
 * attributes only (no CSS, no custom properties, no web fonts), so the same string renders inline
 * on a page, on a slide and in a PDF made at build time.
 */

/** System fonts that cover Chinese on every platform we know of, ending in a generic family. */
export const FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", sans-serif';
/** English labels: Latin system fonts first (a CJK font draws ’ and “ full-width), the CJK stack after. */
export const FONT_STACK_LATIN = `system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, ${FONT_STACK}`;

/**
 * High-contrast colours, each at least 4.5:1 against white (and white text at least 4.5:1 on the
 * dark fills). Meaning never rests on colour alone: every arrow has a label and a line style.
 */
export const COLOURS = {
  ink: '#1b1f23',
  paper: '#ffffff',
  brand: '#0b5d43',
  sky: '#e8f1fb',
  sun: '#8a4b00',
  heat: '#a4161a',
  water: '#0b4f8a',
  earth: '#5b4a1e',
  tint: '#f3f6f4',
  line: '#4f5b66',
} as const;

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const isWide = (char: string) => /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f\u2460-\u24ff]/.test(char);

/**
 * Approximate width of a text in em: a Chinese character is 1 em, a Latin one at most about 0.6 (the
 * wider system fonts such as DejaVu Sans; narrower ones just leave more room).
 */
export const textWidthEm = (text: string) => [...text].reduce((w, c) => w + (isWide(c) ? 1 : c === ' ' ? 0.32 : 0.6), 0);
/** Bold Latin text runs about a tenth wider. */
const BOLD_FACTOR = 1.1;

/**
 * Breaks a label into lines that fit `maxWidth` at `fontSize`: English at spaces, Chinese between
 * any two characters (never before closing punctuation).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, locale: Locale): string[] {
  // A "\n" in a label is a chosen break (before a bracket, say); each part is wrapped on its own.
  if (text.includes('\n')) return text.split('\n').flatMap((part) => wrapText(part, maxWidth, fontSize, locale));
  const maxEm = maxWidth / fontSize;
  const units = locale === 'en' ? text.split(' ').map((w, i) => (i ? ` ${w}` : w)) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line + unit;
    if (!line || textWidthEm(candidate) <= maxEm) {
      line = candidate;
      continue;
    }
    // Chinese line breaking (禁则): no closing punctuation at the start of a line, no opening
    // bracket at its end; the character before moves down with it instead.
    const closing = locale !== 'en' && /^[，。、；：？！）」』”’…]$/.test(unit);
    const chars = [...line];
    if (closing && chars.length > 1) {
      lines.push(chars.slice(0, -1).join(''));
      line = chars[chars.length - 1]! + unit;
    } else if (locale !== 'en' && /[（「『“‘《]$/.test(line) && chars.length > 1) {
      lines.push(chars.slice(0, -1).join(''));
      line = chars[chars.length - 1]! + unit;
    } else {
      lines.push(line);
      line = unit.trimStart();
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface TextOptions {
  x: number;
  y: number;
  size?: number;
  weight?: 'normal' | 'bold';
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Wrap into lines no wider than this. */
  maxWidth?: number;
  lineHeight?: number;
}

/** A label as an SVG <text>, wrapped into <tspan> lines; `y` is the first line's baseline. */
export function label(text: string, locale: Locale, o: TextOptions): string {
  const size = o.size ?? 16;
  const lines = o.maxWidth ? wrapText(text, o.weight === 'bold' && locale === 'en' ? o.maxWidth / BOLD_FACTOR : o.maxWidth, size, locale) : [text];
  const lh = o.lineHeight ?? size * 1.3;
  const spans = lines.map((l, i) => `<tspan x="${o.x}" ${i === 0 ? `y="${o.y}"` : `dy="${lh}"`}>${escapeXml(l)}</tspan>`).join('');
  return `<text font-size="${size}" font-weight="${o.weight ?? 'normal'}" fill="${o.fill ?? COLOURS.ink}" text-anchor="${o.anchor ?? 'start'}">${spans}</text>`;
}

/** How many lines `label` will use, to size the box around it. */
export const lineCount = (text: string, locale: Locale, maxWidth: number, size = 16, bold = false) => wrapText(text, bold && locale === 'en' ? maxWidth / BOLD_FACTOR : maxWidth, size, locale).length;

interface BoxOptions {
  fill?: string;
  stroke?: string;
  dashed?: boolean;
  radius?: number;
}

export const box = (x: number, y: number, w: number, h: number, o: BoxOptions = {}) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${o.radius ?? 8}" fill="${o.fill ?? COLOURS.paper}" stroke="${o.stroke ?? COLOURS.ink}" stroke-width="2"${o.dashed ? ' stroke-dasharray="8 5"' : ''}/>`;

/** The arrowhead markers a diagram uses, one per colour, named `<prefix>-arrow-<colour key>`. */
export function arrowMarkers(prefix: string, colours: (keyof typeof COLOURS)[]): string {
  return `<defs>${colours
    .map((c) => `<marker id="${prefix}-arrow-${c}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${COLOURS[c]}"/></marker>`)
    .join('')}</defs>`;
}

interface ArrowOptions {
  colour?: keyof typeof COLOURS;
  /** Dashed lines stand for heat (infrared) or human emissions: a second cue beside colour. */
  dashed?: boolean;
  width?: number;
  both?: boolean;
}

/** An arrow along a path (`d`), with the diagram's marker at its end (and start, if `both`). */
export function arrow(prefix: string, d: string, o: ArrowOptions = {}): string {
  const c = o.colour ?? 'ink';
  const marker = `url(#${prefix}-arrow-${c})`;
  return `<path d="${d}" fill="none" stroke="${COLOURS[c]}" stroke-width="${o.width ?? 3}"${o.dashed ? ' stroke-dasharray="10 6"' : ''} marker-end="${marker}"${o.both ? ` marker-start="${marker}"` : ''}/>`;
}

/**
 * The whole SVG: `role="img"`, a <title> and <desc> named by `aria-labelledby`, the font stack on
 * the root so every label inherits it.
 */
export function svgDocument(o: { idPrefix: string; width: number; height: number; title: string; description: string; lang: string; body: string }): string {
  const t = `${o.idPrefix}-title`;
  const d = `${o.idPrefix}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-labelledby="${t} ${d}" lang="${o.lang}" font-family="${escapeXml(o.lang === 'en' ? FONT_STACK_LATIN : FONT_STACK)}">` +
    `<title id="${t}">${escapeXml(o.title)}</title><desc id="${d}">${escapeXml(o.description)}</desc>` +
    `<rect width="${o.width}" height="${o.height}" fill="${COLOURS.paper}"/>${o.body}</svg>`
  );
}

/** A numbered circle, the link between a place in the picture and its sentence in the key. */
export const badge = (n: number, cx: number, cy: number) =>
  `<circle cx="${cx}" cy="${cy}" r="15" fill="${COLOURS.paper}" stroke="${COLOURS.ink}" stroke-width="2"/><text x="${cx}" y="${cy + 6}" font-size="17" font-weight="bold" text-anchor="middle" fill="${COLOURS.ink}">${n}</text>`;

/**
 * A numbered key under the picture: each sentence beside its badge, wrapped to `width`.
 * Returns the markup and the height it takes.
 */
export function numberedKey(items: string[], locale: Locale, x: number, y: number, width: number, size = 17): { markup: string; height: number } {
  const lh = size * 1.35;
  let top = y;
  const parts = items.map((item, i) => {
    const lines = lineCount(item, locale, width - 40, size);
    const part = badge(i + 1, x + 15, top + size * 0.65) + label(item, locale, { x: x + 40, y: top + size, size, maxWidth: width - 40, lineHeight: lh });
    top += Math.max(lines * lh, 32) + 8;
    return part;
  });
  return { markup: parts.join(''), height: top - y };
}
