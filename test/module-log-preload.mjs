/**
 * Preload for the start-up test (`node --import ./test/module-log-preload.mjs ...`): writes every
 * module the process loads to the file named by OUTREACH_LINT_MODULE_LOG, one per line. ES modules
 * are recorded by a resolve hook (this same file, registered as the loader's hooks, which run in
 * their own thread); CommonJS modules are read from the require cache when the process exits.
 */
import {appendFileSync} from 'node:fs'
import {createRequire, register} from 'node:module'
import {isMainThread} from 'node:worker_threads'

const log = process.env.OUTREACH_LINT_MODULE_LOG

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  if (log) appendFileSync(log, resolved.url + '\n')
  return resolved
}

if (isMainThread && log) {
  register(import.meta.url)
  const require = createRequire(import.meta.url)
  process.on('exit', () => appendFileSync(log, Object.keys(require.cache).join('\n') + '\n'))
}
