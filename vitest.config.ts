import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
    testTimeout: 30000,
    setupFiles: ['./test/helpers/setup.ts'],
    reporters: ['default', './test/helpers/closing-line-reporter.ts'],
  },
});
