import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteRoutes, type SiteRouteInputs } from './site-routes';
import { filesUnder } from './files';

/** Root-relative links in Markdown/MDX: `[text](/path#anchor)` and `href="/path"`. */
const LINK = /\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g;

/**
 * Every site link in the content's Markdown and MDX goes to a page that exists, and into /plan/
 * or the glossary only to an anchor that exists. Problems name the file and line:
 * `src/content/lessons/en/x.mdx: line 12: link "/measures/25/" goes to no page of the site`.
 */
export function checkContentLinks(root: string, inputs: SiteRouteInputs): string[] {
  const routes = siteRoutes(inputs);
  const anchors: Record<string, Set<string>> = { '/plan/': new Set(inputs.planAnchors), '/learn/glossary/': new Set(inputs.glossaryIds) };
  const problems: string[] = [];
  const contentDir = join(root, 'src/content');
  if (!existsSync(contentDir)) return problems;
  for (const path of filesUnder(contentDir).filter((p) => /\.mdx?$/.test(p)).sort()) {
    const file = path.slice(root.length + 1).split('\\').join('/');
    readFileSync(path, 'utf8').split('\n').forEach((text, i) => {
      for (const match of text.matchAll(LINK)) {
        const href = (match[1] ?? match[2])!;
        const [pathPart, anchor] = href.split('#') as [string, string | undefined];
        const route = pathPart.replace(/^\/en(?=\/)/, '');
        if (!routes.has(route)) problems.push(`${file}: line ${i + 1}: link "${href}" goes to no page of the site`);
        else if (anchor && anchors[route] && !anchors[route]!.has(anchor)) problems.push(`${file}: line ${i + 1}: link "${href}": ${route} has no anchor #${anchor}`);
      }
    });
  }
  return problems;
}
