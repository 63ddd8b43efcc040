/** `outreach-lint rewrite FILE`: the revised draft on standard output (markup and front matter untouched). */
import {dirname, resolve} from 'node:path'
import {ConfigError} from '../rules/errors.js'
import {formatOf, isCollection} from '../sources/index.js'
import {ConfigResolver} from './config.js'
import {processFile} from './process.js'
import {displayPath} from './walk.js'
import {wordDiff} from './diff.js'

function say(line: string): void {
  process.stderr.write(`outreach-lint: ${line}\n`)
}

export async function rewriteFile(file: string, opts: {config?: string; channel?: string; stdinFilename?: string; diff?: boolean; format?: string}): Promise<number> {
  const name = file === '-' ? (opts.stdinFilename ?? '<stdin>.txt') : file
  const format = formatOf(name) ?? 'text'
  if (isCollection(format) || format === 'email') {
    say(`${name}: rewrite works on one draft (.txt, .md, .html); ${format === 'email' ? 'e-mails' : 'collections'} are not rewritten`)
    return 2
  }
  const path = file === '-' ? '-' : resolve(file)
  const filePath = file === '-' ? (opts.stdinFilename ? displayPath(resolve(opts.stdinFilename)) : '<stdin>') : displayPath(path)
  let loaded
  try {
    loaded = await new ConfigResolver({channel: opts.channel}, opts.config).forDirectory(dirname(file === '-' ? resolve(name) : path))
  } catch (error) {
    if (error instanceof ConfigError) return (say(error.message), 2)
    throw error
  }
  let stdin: Uint8Array | undefined
  if (file === '-') {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    stdin = Buffer.concat(chunks)
  }
  const outcome = await processFile({path, filePath, configKey: loaded.key, config: loaded.config, mode: 'rewrite', stdin})
  const failed = outcome.entries.find((e) => e.error)
  if (failed) {
    say(`${filePath}: ${failed.error}`)
    return 2
  }
  const revised = outcome.output ?? ''
  if (opts.format === 'json') {
    process.stdout.write(JSON.stringify({filePath, text: revised, changed: revised !== outcome.original, changes: outcome.changes ?? []}, null, 2) + '\n')
  } else if (opts.diff) {
    process.stdout.write(wordDiff(outcome.original ?? '', revised))
  } else process.stdout.write(revised)
  return 0
}
