import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The breakpoints of src/styles/tokens.css (its comment table). Custom properties cannot be used
// inside @media, so every media query writes the width as a literal: `min-width` one of these,
// `max-width` its complement (0.01rem less), so the two sides never overlap and leave no gap.
const BREAKPOINTS = { small: 30, medium: 40, wide: 64 } as const;
const ALLOWED_MIN = new Set(Object.values(BREAKPOINTS).map((n) => `${n}rem`));
const ALLOWED_MAX = new Set(Object.values(BREAKPOINTS).map((n) => `${(n - 0.01).toFixed(2)}rem`));

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path, ext) : e.name.endsWith(ext) ? [path] : [];
  });
}

/** The CSS of a file: all of a .css file, the <style> blocks of an .astro file. */
function cssOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return text;
  return [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

/** Every @media width that is not a defined breakpoint, as "file: @media …". */
function strayBreakpoints(css: string, file: string): string[] {
  const problems: string[] = [];
  for (const [, query] of css.matchAll(/@media([^{]*)\{/g)) {
    for (const [, side, value] of query.matchAll(/\(\s*(min|max)-width\s*:\s*([^)]+?)\s*\)/g)) {
      const allowed = side === 'min' ? ALLOWED_MIN : ALLOWED_MAX;
      if (!allowed.has(value)) {
        const expected = [...allowed].join(', ');
        problems.push(`${file}: @media${query.trimEnd()} — ${side}-width ${value} is not a breakpoint of src/styles/tokens.css (${side}-width: ${expected})`);
      }
    }
    // Range syntax (width < 40rem) would escape the check above: not used on this site.
    if (/width\s*[<>=]/.test(query)) problems.push(`${file}: @media${query.trimEnd()} — use (min-width: …) / (max-width: …)`);
  }
  return problems;
}

describe('design tokens: breakpoints', () => {
  const files = [...filesUnder(SRC, '.css'), ...filesUnder(SRC, '.astro')];

  it('finds the stylesheets and the components with <style> blocks', () => {
    expect(files.some((f) => f.endsWith('tokens.css'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.astro') && cssOf(f).includes('@media')).length).toBeGreaterThan(3);
  });

  it('every @media width in src/ is one of the breakpoints of tokens.css', () => {
    const problems = files.flatMap((f) => strayBreakpoints(cssOf(f), relative(ROOT, f)));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the breakpoints table in tokens.css lists exactly these widths', () => {
    const tokens = readFileSync(join(SRC, 'styles/tokens.css'), 'utf8');
    for (const [name, n] of Object.entries(BREAKPOINTS)) {
      expect(tokens).toMatch(new RegExp(`\\|\\s*${name}\\s*\\|\\s*${n}rem\\s*\\|\\s*${(n - 0.01).toFixed(2)}rem`));
    }
  });

  it('fails on a stray width, naming the file and the query', () => {
    const css = `.a { color: red }\n@media (min-width: 50rem) { .a { color: blue } }\n@media print and (max-width: 40rem) { .b { display: none } }`;
    const problems = strayBreakpoints(css, 'src/components/Example.astro');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^src\/components\/Example\.astro: @media \(min-width: 50rem\) — min-width 50rem is not a breakpoint/);
    expect(problems[1]).toMatch(/max-width 40rem is not a breakpoint .*max-width: 29\.99rem, 39\.99rem, 63\.99rem/);
    expect(strayBreakpoints('@media screen and (width >= 40rem) {}', 'x.css')).toHaveLength(1);
  });

  it('accepts the breakpoints and their complements, and queries without a width', () => {
    const css = '@media (min-width: 40rem) {} @media screen and (max-width: 63.99rem) {} @media print {} @media (max-width: 29.99rem) {}';
    expect(strayBreakpoints(css, 'x.css')).toEqual([]);
  });
});
