/**
 * The service's worker threads. A lint is synchronous: a batch of 1,000 drafts on the main thread
 * would hold every other request for about a second. Batches (and very long single drafts) go to a
 * pool instead, cut into slices that the threads share, and each request has a time budget: past
 * it, its slices are aborted (tinypool ends those threads and starts new ones) and it gets a 503.
 */
import {setMaxListeners} from 'node:events'
import {availableParallelism} from 'node:os'
import Tinypool from 'tinypool'
import type {Config} from '../rules/format.js'
import type {LintInput, LintResult} from '../types.js'
import type {LintTask} from './lint-worker.js'

/** Messages per slice: big enough that passing them costs little, small enough to share out. */
const SLICE = 25

export interface LintPool {
  /** Lint these drafts in the threads, in order; rejects with an AbortError past the signal. */
  lint(messages: LintInput[], signal: AbortSignal): Promise<LintResult[]>
  close(): Promise<void>
}

/** The default: one thread per core but the main thread's, at least one, at most four. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1))
}

export function createLintPool(options: {config?: Config; threads?: number}): LintPool {
  const threads = options.threads ?? defaultThreads()
  // The worker is this folder's own file, by a literal URL: from dist/serve and from the CLI bundle
  // (dist/cli-bundle) alike it is dist/serve/lint-worker.js.
  const worker = new URL('../serve/lint-worker.js', import.meta.url)
  const pool = new Tinypool({
    filename: worker.href,
    minThreads: threads,
    maxThreads: threads,
    isolateWorkers: false
  })
  const config = options.config === undefined ? '' : JSON.stringify(options.config)
  return {
    async lint(messages, signal) {
      const slices: LintInput[][] = []
      for (let i = 0; i < messages.length; i += SLICE) slices.push(messages.slice(i, i + SLICE))
      // Each slice's task listens to the one signal (40 slices for a batch of 1,000).
      setMaxListeners(slices.length + 10, signal)
      const done = await Promise.all(slices.map((slice) => pool.run({config, messages: slice} satisfies LintTask, {signal}) as Promise<LintResult[]>))
      return done.flat()
    },
    close: () => pool.destroy()
  }
}
