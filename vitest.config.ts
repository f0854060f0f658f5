import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit and component tests; component tests opt into happy-dom with a file comment.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup/i18n.ts', 'test/unit/setup/indexeddb.ts', 'test/unit/fakes/setup.ts'],
    // The command-line tests run the built `rolelens`: build it first when its sources changed.
    globalSetup: ['test/unit/setup/build-node.ts'],
    // Some tests start the command line as a process; a busy 2-core machine takes seconds to start one.
    testTimeout: 60_000,
  },
});
