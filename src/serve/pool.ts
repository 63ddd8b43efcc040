/**
 * The service's worker threads. A lint is synchronous: a batch of 1,000 drafts on the main thread
 * would hold every other request for about a second. Batches (and very long single drafts) go to a
 * pool instead, cut into slices that the threads share, and each request has a time budget: past
 * it, its slices are aborted (tinypool ends those threads and starts new ones) and it gets a 503.
 * Closing the pool does not wait for the batches in it: their slices are dropped, their threads
 * ended, and their requests rejected with a `PoolClosedError` (the service answers them 503).
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
  /** Lint these drafts in the threads, in order; rejects with an AbortError past the signal, a PoolClosedError once closed. */
  lint(messages: LintInput[], signal: AbortSignal): Promise<LintResult[]>
  /** End the threads now, the work in them unfinished. */
  close(): Promise<void>
}

/** A request's drafts were in the pool, or sent to it, when it closed: the service is stopping. */
class PoolClosedError extends Error {
  override name = 'PoolClosedError'
}

/**
 * The default for each of `processes` copies of the service: the cores their main threads leave,
 * shared out, at least one, at most four (one copy: the cores but one).
 */
export function defaultThreads(processes = 1): number {
  return Math.max(1, Math.min(4, Math.floor((availableParallelism() - processes) / processes)))
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
  let closed = false
  return {
    async lint(messages, signal) {
      if (closed) throw new PoolClosedError('The pool is closed.')
      const slices: LintInput[][] = []
      for (let i = 0; i < messages.length; i += SLICE) slices.push(messages.slice(i, i + SLICE))
      // Each slice's task listens to the one signal (40 slices for a batch of 1,000).
      setMaxListeners(slices.length + 10, signal)
      try {
        const done = await Promise.all(slices.map((slice) => pool.run({config, messages: slice} satisfies LintTask, {signal}) as Promise<LintResult[]>))
        return done.flat()
      } catch (error) {
        // tinypool's destroy fails the queued slices and those its ended threads were running.
        throw closed ? new PoolClosedError('The pool closed while the drafts were in it.') : error
      }
    },
    close() {
      closed = true
      return pool.destroy()
    }
  }
}
