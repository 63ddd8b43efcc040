#!/usr/bin/env node
import {main} from '../dist/cli/main.js'

// A reader that closes the pipe early (`outreach-lint ... | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
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
