import type { Node } from 'unist';
import type { ContentFile, Sources } from '../sources/read-sources';
import { walk, lineOf, type JsxAttribute } from '../sources/parse-body';
import { COLLECTIONS } from '../sources/collections';
import { AUTHOR_HTML, PLAN_COMPONENTS } from './author-html';

interface Positioned extends Node {
  name?: string | null;
  value?: string;
  attributes?: JsxAttribute[];
}


/** A JSX attribute value written as `{…}` is allowed only when it is a literal (number, string, array of them). */
function isLiteral(expression: string): boolean {
  try {
    JSON.parse(expression);
    return true;
  } catch {
    return false;
  }
}

/** Tags and attributes in a piece of raw HTML (Markdown `html` nodes). */
const TAG = /<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

function checkElement(file: ContentFile, line: number, tag: string, attributes: string[], allowed: Record<string, readonly string[]>, what: string): string[] {
  const at = `${file.path}: line ${line}`;
  if (!Object.hasOwn(allowed, tag)) return [`${at}: <${tag}> is not allowed in ${what} (allowed: ${Object.keys(allowed).join(', ') || 'none'}; see docs/authoring.md)`];
  return attributes.flatMap((attribute) =>
    /^on/i.test(attribute)
      ? [`${at}: <${tag} ${attribute}>: event-handler attributes are not allowed`]
      : allowed[tag]!.includes(attribute)
        ? []
        : [`${at}: <${tag} ${attribute}>: attribute "${attribute}" is not allowed on <${tag}>`],
  );
}

function checkTree(file: ContentFile, plan: boolean): string[] {
  const problems: string[] = [];
  const what = plan ? 'the plan text' : 'an author-written body';
  for (const node of walk(file.body!)) {
    const n = node as Positioned;
    const at = `${file.path}: line ${lineOf(node)}`;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(`${at}: import/export statements are not allowed in ${what}: bodies are content, not code`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(`${at}: {…} expressions are not allowed in ${what}: write the text itself (to show a brace, write \\{)`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!n.name) {
          problems.push(`${at}: fragments <>…</> are not allowed`);
          break;
        }
        const attributes = n.attributes ?? [];
        for (const a of attributes) {
          if (a.type === 'mdxJsxExpressionAttribute') problems.push(`${at}: <${n.name} {…}>: spread attributes are not allowed`);
          else if (a.value && typeof a.value === 'object' && !isLiteral(a.value.value)) problems.push(`${at}: <${n.name} ${a.name}={…}>: attribute values must be literal text or numbers`);
        }
        const named = attributes.filter((a) => a.type === 'mdxJsxAttribute').map((a) => a.name!);
        problems.push(...checkElement(file, lineOf(node), n.name, named, plan ? PLAN_COMPONENTS : AUTHOR_HTML, what));
        break;
      }
      case 'html':
        for (const m of (n.value ?? '').matchAll(TAG)) {
          const names = [...(m[2] ?? '').matchAll(ATTRIBUTE)].map((a) => a[1]!.toLowerCase());
          problems.push(...checkElement(file, lineOf(node), m[1]!.toLowerCase(), names, AUTHOR_HTML, what));
        }
        break;
    }
  }
  return problems;
}

/**
 * Author-written bodies are content, not code: no import/export, no `{…}` expressions, raw HTML
 * only from a short allowlist without event handlers, JSX only with literal props. Without this,
 * an MDX body could print the build machine's environment or a file from its disk, or publish a
 * script or a redirect. The developer-owned plan MDX is held to the components it uses.
 */
export function checkBodiesAreContent(sources: Sources): string[] {
  return sources.content
    .filter((f) => f.body && f.collection)
    .flatMap((f) => checkTree(f, !COLLECTIONS[f.collection!]!.authorWritten));
}
