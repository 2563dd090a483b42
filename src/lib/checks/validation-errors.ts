import type { z } from 'astro/zod';

/** A problem in a content or data file, named by file and field so an author can fix it. */
export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Runs a check that throws ContentError and returns its problems instead (other errors propagate). */
export function problemsOf(check: () => unknown): string[] {
  try {
    check();
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

/** Renders a Zod issue path as `[3].departments[1]` / `title`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** One line per Zod issue: `<file>: <field>: <message>`. */
export function describeZodIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
}
