import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';

/**
 * Parses a Markdown or MDX body with the same grammar the site's renderer uses (CommonMark + GFM,
 * plus MDX's JSX, expressions and ESM for `.mdx`), so a check sees exactly the nodes that would
 * be rendered — a regex would miss reference links, raw HTML spread over lines or `{…}` code.
 *
 * `text` is the whole file with its frontmatter blanked out, so node positions are the file's
 * own line numbers.
 */
export function parseBody(text: string, mdx: boolean): Root {
  return mdx
    ? fromMarkdown(text, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
    : fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
