import { Parser } from 'htmlparser2';

/** Attributes that carry a URL a browser may load or navigate to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'data', 'xlink:href', 'background']);
/** Schemes that run code or smuggle a document in: never on a published page. */
const DANGEROUS_URL = /^\s*(javascript|data|vbscript):/i;
/** Elements that frame or embed another document. */
const FRAMES = new Set(['iframe', 'frame', 'frameset', 'object', 'embed']);

/**
 * Defence in depth after rendering: whatever got past the source checks, no published page may
 * run an inline script or an event handler, use a `javascript:`/`data:` URL, redirect with
 * `<meta http-equiv="refresh">`, retarget links with `<base>`, or frame another document (the
 * site's embed snippets are text to copy, not frames). `page` is the file's path in `dist/`.
 */
export function unsafeMarkup(page: string, html: string): string[] {
  const problems: string[] = [];
  let line = 1;
  let inlineScript: { line: number } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const at = `${page}: line ${line}: <${name}>`;
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith('on')) problems.push(`${at}: event-handler attribute ${attribute}`);
          if (URL_ATTRIBUTES.has(attribute) && DANGEROUS_URL.test(value)) problems.push(`${at}: ${attribute}="${value.slice(0, 40)}": javascript:/data: URLs are not allowed`);
        }
        if (name === 'script' && !('src' in attributes) && attributes.type !== 'application/ld+json') inlineScript = { line };
        if (name === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'refresh') problems.push(`${at}: http-equiv="refresh" redirects are not allowed`);
        if (FRAMES.has(name)) problems.push(`${at}: frames and embedded objects are not allowed on published pages`);
        if (name === 'base') problems.push(`${at}: <base> would change where every link goes`);
      },
      ontext(text) {
        if (inlineScript && text.trim()) {
          problems.push(`${page}: line ${inlineScript.line}: inline <script>: scripts must be files (the Content-Security-Policy blocks inline code)`);
          inlineScript = null;
        }
        line += text.split('\n').length - 1;
      },
      onclosetag(name) {
        if (name === 'script') inlineScript = null;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return problems;
}
