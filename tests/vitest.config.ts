import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts', 'tests/site/**/*.test.ts', 'tests/scale/**/*.test.ts'],
    // Not a speed check (the benchmark measures speed): room for a busy machine, where 5 s is too little for the
    // property tests' 100,000 inputs.
    testTimeout: 60_000,
    // The same room for hooks: copying the content for a broken-content case, or removing a folder that builds wrote
    // thousands of files into, took over Vitest's 10 s beside a 20,000-code build.
    hookTimeout: 60_000,
    // Every test file runs in a worker that earlier files ran in: a fresh worker and module graph per file cost the
    // unit tests a quarter of their CPU time (50 core-seconds against 36). No test mocks a module or changes what
    // another file could see (the globals, the environment, the working folder); eslint.config.js keeps it so.
    isolate: false,
  },
});
