import { defineConfig } from 'vitest/config';

// Unit tests of the pure modules in src/lib against the real content files.
// (Rendering is tested end to end in tests/e2e against the built site.)
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
