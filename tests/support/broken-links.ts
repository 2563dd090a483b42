import { readFileSync } from 'node:fs';
import { type BuiltSite, builtHtmlFiles, fileForUrlPath, urlPathOf } from './built-site';

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

/**
 * Reads every built HTML file and checks that each internal link, asset and #anchor resolves
 * inside the build. Absolute links to the site's own origin count as internal, so a link that
 * forgets the base path (e.g. `/plan/` in a site published under `/xicheng-carbon/`) is caught.
 */
export function findBrokenLinks(site: BuiltSite): { broken: string[]; checked: number } {
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsCache.has(file)) {
      idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    return idsCache.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of builtHtmlFiles(site)) {
    const html = readFileSync(file, 'utf8');
    const pagePath = urlPathOf(file, site);
    const refs = [
      ...[...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!),
      // Open Graph URLs are absolute; they must carry the base path too.
      ...[...html.matchAll(/<meta property="og:(?:url|image)" content="([^"]+)"/g)].map((m) => m[1]!),
    ].map(decode);
    for (const ref of refs) {
      if (/^(mailto:|tel:|data:|javascript:)/.test(ref)) continue;
      let url: URL;
      try {
        url = new URL(ref, `${site.origin}${pagePath}`);
      } catch {
        continue;
      }
      if (url.origin !== site.origin) continue; // external: not ours to check here
      checked++;
      const target = url.pathname === pagePath ? file : fileForUrlPath(url.pathname, site);
      if (!target) {
        broken.push(`${pagePath}: ${ref} → no file for ${url.pathname}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${pagePath}: ${ref} → no id="${anchor}"`);
    }
  }
  return { broken, checked };
}
