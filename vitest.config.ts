import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A real Postgres for the store suite: TEST_DATABASE_URL, or a throwaway cluster.
    globalSetup: ['./tests/store/postgres-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
  },
});
