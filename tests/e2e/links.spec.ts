import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtHtmlFiles, fileForUrlPath, urlPathOf } from './support/site';
import { DEFAULT_SITE_URL } from '../../src/lib/site-origin';

// Reads every built HTML file and checks that each internal link, asset and #anchor
// resolves inside dist/. Absolute links to the site's own origin count as internal.
const SITE_ORIGIN = new URL(DEFAULT_SITE_URL).origin;
const idsCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!idsCache.has(file)) {
    idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return idsCache.get(file)!;
};
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

test('no broken internal link, asset or anchor anywhere in the build', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const file of builtHtmlFiles()) {
    const html = readFileSync(file, 'utf8');
    const pagePath = urlPathOf(file);
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => decode(m[1]!));
    for (const ref of refs) {
      if (/^(mailto:|tel:|data:|javascript:)/.test(ref)) continue;
      const url = new URL(ref, `${SITE_ORIGIN}${pagePath}`);
      if (url.origin !== SITE_ORIGIN) continue; // external: not ours to check here
      checked++;
      const target = url.pathname === pagePath ? file : fileForUrlPath(url.pathname);
      if (!target) {
        broken.push(`${pagePath}: ${ref} → no file for ${url.pathname}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${pagePath}: ${ref} → no id="${anchor}"`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});
