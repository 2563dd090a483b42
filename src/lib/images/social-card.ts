/**
 * The Open Graph / Twitter preview image of a page (1200 × 630, the size both recommend): the
 * page's title in its language, large, under the portal's name, with the plan's document number.
 * Drawn at build time with the committed font subset, so it looks the same everywhere.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { wrapText } from '../charts/bar-chart-config';
import { assertDrawable } from './font-coverage';
import { imageFontCharacters, useImageFont } from './image-font';

import { SOCIAL_CARD_SIZE } from './social-cards';

export interface SocialCard {
  /** The page's title. */
  title: string;
  /** A short line above the title saying what kind of page it is, e.g. "Measure 7". */
  kicker: string;
  /** The portal's name in the page's language. */
  siteName: string;
  /** The bottom line: the plan's citation, and the translation notice on English pages. */
  footer: string;
}

const BRAND = '#0b5d43';
const PAD = 72;

/** The largest title size (of a few) at which the title fits in four lines (else five, cut). */
function fitTitle(ctx: SKRSContext2D, title: string, fontFamily: string, width: number) {
  for (const size of [64, 56, 48, 42, 36]) {
    ctx.font = `700 ${size}px "${fontFamily}"`;
    const lines = wrapText(ctx, title, width);
    if (lines.length <= 4) return { size, lines };
    // Still too long at the smallest size: five lines, the last one cut with an ellipsis.
    if (size === 36) return { size, lines: [...lines.slice(0, 4), `${lines[4]!.slice(0, -1)}…`] };
  }
  throw new Error('unreachable');
}

export function socialCardPng(card: SocialCard, where: string): Buffer {
  const fontFamily = useImageFont();
  assertDrawable(Object.values(card).join(''), imageFontCharacters(), where);
  const { width, height } = SOCIAL_CARD_SIZE;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = BRAND;
  ctx.fillRect(0, 0, width, 16);
  ctx.fillRect(0, height - 96, width, 96);

  ctx.textBaseline = 'top';
  ctx.fillStyle = BRAND;
  ctx.font = `700 30px "${fontFamily}"`;
  ctx.fillText(wrapText(ctx, card.siteName, width - 2 * PAD)[0]!, PAD, 56);
  ctx.fillStyle = '#4f5b66';
  ctx.font = `700 28px "${fontFamily}"`;
  ctx.fillText(card.kicker, PAD, 112);

  const title = fitTitle(ctx, card.title, fontFamily, width - 2 * PAD);
  ctx.fillStyle = '#1b1f23';
  ctx.font = `700 ${title.size}px "${fontFamily}"`;
  const lineHeight = Math.round(title.size * 1.3);
  title.lines.forEach((line, i) => ctx.fillText(line, PAD, 176 + i * lineHeight));

  ctx.fillStyle = '#ffffff';
  ctx.font = `700 24px "${fontFamily}"`;
  ctx.textBaseline = 'middle';
  ctx.fillText(wrapText(ctx, card.footer, width - 2 * PAD)[0]!, PAD, height - 48);
  return canvas.toBuffer('image/png');
}
