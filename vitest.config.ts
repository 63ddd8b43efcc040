import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The public API's types are checked by the TypeScript compiler, not only at run time.
    typecheck: {enabled: true, include: ['test/types.test.ts'], tsconfig: './tsconfig.test.json'}
  }
})
