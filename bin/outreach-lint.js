#!/usr/bin/env node
import {existsSync} from 'node:fs'
import module from 'node:module'

// Node 22.1 and later keep V8's compiled code of the modules loaded below in a cache on disk (the
// system's temporary folder, or NODE_COMPILE_CACHE), so a later start compiles little; on Node 20
// there is no such call and nothing changes. Not a named import: Node 20's node:module lacks it.
module.enableCompileCache?.()

// The build bundles the CLI into dist/cli-bundle for a faster start (scripts/bundle-cli.mjs); the
// unbundled dist/cli is the same program, run in a checkout where the bundler could not (the package
// carries only the bundle).
const bundled = new URL('../dist/cli-bundle/main.js', import.meta.url)
const {main} = await import(existsSync(bundled) ? bundled.href : new URL('../dist/cli/main.js', import.meta.url).href)

// A reader that closes the pipe early (`outreach-lint ... | head`) is not an error of ours: the rest
// of the output goes nowhere, and the run still ends with its own exit code. Exiting at once said 0
// while the lint was still running, so `set -o pipefail` passed a failed lint.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return
    throw error
  })
}

main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`outreach-lint: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
