import { defineConfig } from 'vitest/config';

// Two kinds of Vitest tests (browser tests are Playwright's, in tests/e2e/):
// - unit: the pure modules in src/lib against the real content files, before any build;
// - built: the finished builds read as files (dist/, dist-subpath/), after `npm run build:local`
//   and `npm run build:subpath`: links, precompressed copies, preview images, the sub-path.
export default defineConfig({
  test: {
    projects: [
      // Many unit tests run the build's whole source validation, which parses every Markdown/MDX
      // file (about a second on this 2-core machine, several while other test files run).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'built', include: ['tests/built/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
