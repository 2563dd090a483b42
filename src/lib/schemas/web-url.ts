import { z } from 'astro/zod';

/**
 * The URL schemes a link written by an author may use. Anything else (`javascript:`, `data:`,
 * `vbscript:`, `file:`) could run code or smuggle content onto a government page.
 */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** An absolute web address (`https:` or `http:`) for a source or an external link. @example "https://www.bjxch.gov.cn/…" */
export const webUrl = () =>
  z.url().refine((u) => /^https?:\/\/[^/]/i.test(u), { message: 'must be an https:// or http:// address' });

/**
 * Whether an author-written link target is allowed: a web or mail/phone address, or a path on
 * this site (`/…`, `#…`, or relative). Protocol-relative `//host/…` would load from another site.
 */
export function isAllowedLinkTarget(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed.startsWith('//') || trimmed.startsWith('\\')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!scheme) return !/[\u0000-\u001F]/.test(trimmed);
  return (LINK_SCHEMES as readonly string[]).includes(`${scheme[1]!.toLowerCase()}:`);
}
