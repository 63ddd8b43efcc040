/**
 * The exit code when standard output is closed early by its reader (`outreach-lint . | head -1`):
 * the run's own, so that `set -o pipefail` never passes a failed lint.
 */
import {spawn} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {bin, removeTemps, temp} from './cli-harness.js'

afterAll(removeTemps)

/** Run the CLI, read its first chunk of standard output and close the pipe; its exit code and stderr. */
function firstChunkOnly(args: string[], cwd: string): Promise<{code: number | null; stderr: string; first: string}> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    let first = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8')
      child.stdout.destroy()
    })
    child.once('close', (code) => done({code, stderr, first}))
  })
}

describe('standard output closed early', () => {
  it.each([['2'], ['0']])('keeps the failing exit code of the lint (--threads %s)', async (threads) => {
    const dir = temp()
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `d${String(i).padStart(3, '0')}.txt`), 'Subject: Re: routes\n\nHi Kim,\n\nI hope this email finds you well. Saw your Leeds opening.\n')
    const r = await firstChunkOnly(['-f', 'json', '--threads', threads, '.'], dir)
    expect(r.first.startsWith('[')).toBe(true)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
  })
})
