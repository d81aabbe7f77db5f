// Unit tests run in Node over src/model, src/io and src/state; browser tests are Playwright's (tests/browser).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/hostile/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
