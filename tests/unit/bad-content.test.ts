import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateSources } from '../../src/lib/checks/validate-sources';

// The hostile and broken input corpus (tests/fixtures/bad-content/*.json). Each fixture breaks
// a copy of the real sources in one way and runs the validation the build runs first
// (src/integrations/content-integrity.ts → validateSources): the problem must be reported,
// naming the file and the field, so the build stops before writing anything.
type Edit =
  | { file: string; replace: [string, string] }
  | { file: string; delete: true }
  | { write: string; text: string }
  | { write: string; bytes: number }
  | { copy: string; to: string; replace?: [string, string] };
interface Fixture {
  why: string;
  edits: Edit[];
  expect: string[];
}

const DIR = 'tests/fixtures/bad-content';
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function apply(base: string, edit: Edit) {
  const replaceIn = (text: string, [pattern, replacement]: [string, string], file: string) => {
    const next = text.replace(new RegExp(pattern, 'm'), replacement);
    if (next === text) throw new Error(`fixture edit did not match in ${file}: /${pattern}/ — update the fixture`);
    return next;
  };
  if ('write' in edit) {
    mkdirSync(dirname(join(base, edit.write)), { recursive: true });
    writeFileSync(join(base, edit.write), 'bytes' in edit ? Buffer.alloc(edit.bytes) : edit.text);
  } else if ('copy' in edit) {
    const text = readFileSync(join(base, edit.copy), 'utf8');
    writeFileSync(join(base, edit.to), edit.replace ? replaceIn(text, edit.replace, edit.copy) : text);
  } else if ('delete' in edit) unlinkSync(join(base, edit.file));
  else writeFileSync(join(base, edit.file), replaceIn(readFileSync(join(base, edit.file), 'utf8'), edit.replace, edit.file));
}

/** A git history holding today's dataset lock, so the append-only check has a release record. */
function commitDatasetLock(base: string) {
  const git = (...args: string[]) => execFileSync('git', ['-C', base, '-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { stdio: 'ignore' });
  git('init', '-q');
  git('add', 'src/data/datasets/lock.json');
  git('commit', '-qm', 'release');
}

describe('bad-content corpus', () => {
  it('holds at least 15 broken inputs', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it('the real sources pass the same validation', () => {
    expect(validateSources(process.cwd())).toEqual([]);
  });

  for (const name of fixtures) {
    const fixture = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Fixture;
    it(`${name}: ${fixture.why}`, () => {
      root = mkdtempSync(join(tmpdir(), 'bad-content-'));
      for (const folder of ['src/content', 'src/data', 'public']) cpSync(folder, join(root, folder), { recursive: true });
      commitDatasetLock(root);
      for (const edit of fixture.edits) apply(root, edit);
      const problems = validateSources(root);
      for (const pattern of fixture.expect) expect(problems, `expected /${pattern}/`).toContainEqual(expect.stringMatching(new RegExp(pattern)));
    });
  }
});

describe('a failed build publishes nothing', () => {
  it('stops before writing dist/, naming the file and the field', () => {
    root = mkdtempSync(join(tmpdir(), 'bad-build-'));
    for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path, join(root, path), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
    apply(root, { file: 'src/content/cases/en/district-offices-green-electricity.mdx', delete: true });
    const build = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, SITE_URL: 'http://localhost:4321/' } });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain('src/content/cases/en/district-offices-green-electricity.mdx: file: missing language twin');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 120_000);

  it('refuses an altered official text and a renamed department, found on the rendered pages', () => {
    root = mkdtempSync(join(tmpdir(), 'bad-build-'));
    for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path, join(root, path), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
    apply(root, { file: 'src/content/measures/zh-cn/07.mdx', replace: ['增加20%以上', '增加30%以上'] });
    apply(root, { file: 'src/data/departments.json', replace: ['"zh": "区统计局"', '"zh": "区统计中心"'] });
    const build = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, SITE_URL: 'http://localhost:4321/' } });
    const output = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    expect(output).toMatch(/dist\/plan\/index\.html: the official Chinese text differs from src\/data\/official\//);
    expect(output).toMatch(/dist\/measures\/7\/index\.html: the official Chinese text differs/);
    expect(output).toMatch(/dist\/measures\/(?!7\/)\d+\/index\.html: the official Chinese text differs/); // the renamed body's measures
  }, 180_000);
});
