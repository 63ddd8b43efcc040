/**
 * Preload for the thread-cap test (`node --import ./test/worker-log-preload.mjs ...`): every worker
 * thread the process starts (they inherit the preload) appends a line to the file named by
 * OUTREACH_LINT_WORKER_LOG, so the test counts the workers a run started.
 */
import {appendFileSync} from 'node:fs'
import {isMainThread, threadId} from 'node:worker_threads'

const log = process.env.OUTREACH_LINT_WORKER_LOG
if (!isMainThread && log) appendFileSync(log, `${threadId}\n`)
