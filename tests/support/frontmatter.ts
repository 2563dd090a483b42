import { parse as parseYaml, YAMLParseError } from 'yaml';

/**
 * For tests: splits a Markdown/MDX file into its YAML frontmatter and body (the build reads
 * every file once through src/lib/sources/), with errors that name the file and line.
 */
export function readFrontmatter(file: string, source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error(`${file}: frontmatter: missing the opening and closing "---" lines`);
  try {
    return { data: parseYaml(match[1]!) ?? {}, body: source.slice(match[0].length) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      throw new Error(`${file}: frontmatter${line ? ` line ${line + 1}` : ''}: malformed YAML: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
}
