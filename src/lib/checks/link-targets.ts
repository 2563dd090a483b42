import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Sources, ContentFile } from '../sources/read-sources';
import { COLLECTIONS } from '../sources/collections';
import { isAllowedLinkTarget } from '../schemas/web-url';
import { siteRoutes, siteRouteInputsOf } from '../site/routes';
import { walk, lineOf } from '../sources/parse-body';

/** Largest image an entry may carry, in its frontmatter or its body: a phone on a slow connection still gets the page quickly. */
export const MAX_IMAGE_BYTES = 300 * 1024;

/** The page an entry is shown on, e.g. `/en/cases/x/`, for resolving a relative link. */
function pageOf(file: ContentFile): string {
  const route = COLLECTIONS[file.collection!]!.route(file.name);
  return file.locale === 'en' ? `/en${route}` : route;
}

/** An image is a file under public/ that is small enough. */
function imageProblems(root: string, at: string, src: string): string[] {
  if (!/^\/(?!\/)/.test(src)) return [`${at}: image "${src}" must be a file of this site under public/ (a path starting with one /); images from other sites are not allowed`];
  const path = join(root, 'public', decodeURI(src.slice(1)));
  if (!existsSync(path)) return [`${at}: image "${src}": no file public/${src.slice(1)}`];
  const size = statSync(path).size;
  return size > MAX_IMAGE_BYTES ? [`${at}: image "${src}" is ${Math.round(size / 1024)} KB; images must be at most ${MAX_IMAGE_BYTES / 1024} KB (resize or compress it)`] : [];
}

/**
 * Every link and image in a body (inline, reference-style, autolinked, relative) is safe and
 * goes somewhere: web, mail and phone addresses, or a page (and anchor) of this site that exists;
 * images are files under public/ within the size limit, as for frontmatter images. Problems name
 * file and line: `src/content/lessons/en/x.mdx: line 12: link "/measures/25/" goes to no page of the site`.
 */
export function checkLinkTargets(sources: Sources): string[] {
  const inputs = siteRouteInputsOf(sources);
  const routes = siteRoutes(inputs);
  const anchors: Record<string, Set<string>> = { '/plan/': new Set(inputs.planAnchors), '/learn/glossary/': new Set(inputs.glossaryIds) };
  const problems: string[] = [];
  for (const file of sources.content) {
    const image = (file.data as { image?: { src?: unknown } } | null)?.image;
    if (image && typeof image.src === 'string') problems.push(...imageProblems(sources.root, `${file.path}: image.src`, image.src));
    if (!file.body || !file.collection) continue;
    for (const node of walk(file.body)) {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') continue;
      const href = (node as unknown as { url: string }).url;
      const at = `${file.path}: line ${lineOf(node)}`;
      if (!isAllowedLinkTarget(href)) {
        problems.push(`${at}: link "${href}": only https:, http:, mailto: and tel: addresses or pages of this site are allowed`);
        continue;
      }
      if (node.type === 'image') {
        problems.push(...imageProblems(sources.root, at, href));
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const url = new URL(href, `https://site.invalid${pageOf(file)}`);
      const route = url.pathname.replace(/^\/en(?=\/)/, '');
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (!routes.has(route)) problems.push(`${at}: link "${href}" goes to no page of the site`);
      else if (anchor && anchors[route] && !anchors[route]!.has(anchor)) problems.push(`${at}: link "${href}": ${route} has no anchor #${anchor}`);
    }
  }
  return problems;
}
