// Loaded before every test file (vitest.config.ts): the core's createLinter validates with the schema from here on.
import '../src/config.js'
