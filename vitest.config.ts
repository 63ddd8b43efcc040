import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // From sources the built-in pack is not validated yet, so the core's createLinter needs the
    // schema's: load outreach-lint/config first, as an app that gives rule packs does.
    setupFiles: ['test/setup-config.ts'],
    testTimeout: 30_000,
    // The public API's types are checked by the TypeScript compiler, not only at run time.
    typecheck: {enabled: true, include: ['test/types.test.ts'], tsconfig: './tsconfig.test.json'}
  }
})
