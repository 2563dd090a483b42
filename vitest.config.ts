import { defineConfig } from 'vitest/config';

// Unit tests of the pure modules in src/lib against the real content files.
// (Rendering is tested end to end in tests/e2e against the built site.)
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Many tests run the build's whole source validation, which parses every Markdown/MDX file
    // (about a second on this 2-core machine, several while other test files run in parallel).
    testTimeout: 30_000,
  },
});
