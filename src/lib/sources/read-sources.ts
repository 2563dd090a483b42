import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Root } from 'mdast';
import { filesUnder } from '../files/files-under';
import { COLLECTIONS, CONTENT_LOCALES } from './collections';
import { parseBody } from './parse-body';
import { readLockHistory } from './lock-history.mjs';

/** One file under src/content/, read and parsed once for every check. */
export interface ContentFile {
  /** Repository-relative path with forward slashes, as problems name it. @example "src/content/cases/en/x.mdx" */
  path: string;
  /** The collection folder, or null for a file outside any known collection. */
  collection: string | null;
  /** `zh-cn` / `en` for per-locale collections. */
  locale: string | null;
  /** File name without folder and extension. @example "07" */
  name: string;
  extension: string;
  text: string;
  /** The parsed frontmatter (Markdown/MDX) or document (YAML); null when it could not be read. */
  data: unknown;
  /** The body's syntax tree with the file's line numbers (Markdown/MDX only). */
  body: Root | null;
  /** Why the file could not be read, with its line when known. */
  readError: string | null;
}

/** One file under src/data/. */
export interface DataFile {
  path: string;
  text: string;
  /** The parsed JSON, or undefined when it is not valid JSON. */
  json: unknown;
}

export interface Sources {
  root: string;
  content: ContentFile[];
  data: DataFile[];
  /** Every entry the dataset lock has held in git history, with the commit that first recorded it. */
  lockHistory: Record<string, { sha256: string; commit: string }>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Frontmatter replaced by as many empty lines, so body positions are file positions. */
const blankFrontmatter = (text: string, frontmatter: string) => '\n'.repeat(frontmatter.split('\n').length - 1) + text.slice(frontmatter.length);

function yamlError(error: unknown, lineOffset: number): string {
  if (error instanceof YAMLParseError) {
    const line = error.linePos?.[0]?.line;
    return `${line ? `line ${line + lineOffset}: ` : ''}malformed YAML: ${error.message.split('\n')[0]}`;
  }
  throw error;
}

function readContentFile(root: string, absolute: string): ContentFile {
  const path = relative(root, absolute).split('\\').join('/');
  const parts = path.split('/').slice(2); // after src/content/
  const collection = parts[0] && COLLECTIONS[parts[0]] ? parts[0] : null;
  const fileName = parts.at(-1)!;
  const extension = /\.[^.]+$/.exec(fileName)?.[0] ?? '';
  const name = fileName.slice(0, fileName.length - extension.length);
  const locale = collection && COLLECTIONS[collection]!.perLocale && parts.length === 3 ? parts[1]! : null;
  const text = readFileSync(absolute, 'utf8');
  const file: ContentFile = { path, collection, locale, name, extension, text, data: null, body: null, readError: null };
  if (extension === '.yaml' || extension === '.yml') {
    try {
      file.data = parseYaml(text);
    } catch (error) {
      file.readError = yamlError(error, 0);
    }
    return file;
  }
  if (extension !== '.md' && extension !== '.mdx') return file;
  const match = FRONTMATTER.exec(text);
  if (!match) {
    file.readError = 'frontmatter: missing the opening and closing "---" lines';
    return file;
  }
  try {
    file.data = parseYaml(match[1]!) ?? {};
  } catch (error) {
    file.readError = `frontmatter ${yamlError(error, 1)}`;
    return file;
  }
  try {
    file.body = parseBody(blankFrontmatter(text, match[0]), extension === '.mdx');
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number }; reason?: string; message: string };
    const line = e.line ?? e.place?.line;
    file.readError = `${line ? `line ${line}: ` : ''}cannot be read as ${extension === '.mdx' ? 'MDX' : 'Markdown'}: ${e.reason ?? e.message}`;
  }
  return file;
}

/**
 * Lists and parses every content and data file once. The checks in src/lib/checks/ are pure
 * functions of what this returns, so each rule is small and testable on its own.
 */
export function readSources(root: string): Sources {
  const list = (dir: string) => (existsSync(join(root, dir)) ? filesUnder(join(root, dir)).sort() : []);
  return {
    root,
    content: list('src/content').map((p) => readContentFile(root, p)),
    data: list('src/data').filter((p) => p.endsWith('.json')).map((p) => {
      const text = readFileSync(p, 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { path: relative(root, p).split('\\').join('/'), text, json };
    }),
    lockHistory: readLockHistory(root),
  };
}

export { CONTENT_LOCALES };
