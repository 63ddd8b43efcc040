/** The command line: `outreach-lint [paths...]`. File system, exit codes and output live here only. */
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {Command} from 'commander'
import {parse as parseYaml} from 'yaml'
import {createLinter} from '../index.js'
import {ConfigError} from '../rules/schema.js'
import type {Channel, LintInput, LintResult} from '../types.js'
import {CHANNELS} from '../types.js'

export interface FileResult {
  filePath: string
  result?: LintResult
  error?: string
}

const EXTENSIONS = new Set(['.txt', '.md'])

function collect(path: string, out: string[]): void {
  const stat = statSync(path)
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue
      const child = join(path, name)
      const s = statSync(child)
      if (s.isDirectory() || EXTENSIONS.has(name.slice(name.lastIndexOf('.')))) collect(child, out)
    }
  } else out.push(path)
}

/** A Markdown draft: YAML front matter may give channel, subject, recipient, step. */
export function readMarkdownDraft(text: string): LintInput & {bodyOffset: number} {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  if (!m) return readTextDraft(text)
  const data = (parseYaml(m[1]) ?? {}) as Record<string, unknown>
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter: expected key: value pairs')
  const draft: LintInput & {bodyOffset: number} = {text: text.slice(m[0].length), bodyOffset: m[0].length}
  if (typeof data.channel === 'string') {
    if (!(CHANNELS as readonly string[]).includes(data.channel)) throw new Error(`front matter: channel: unknown channel "${data.channel}"`)
    draft.channel = data.channel as Channel
  }
  if (typeof data.subject === 'string') draft.subject = data.subject
  if (typeof data.step === 'number') draft.step = data.step
  if (data.recipient && typeof data.recipient === 'object') draft.recipient = data.recipient as LintInput['recipient']
  return draft
}

/** A plain-text draft: an optional first line "Subject: ..." is the subject. */
export function readTextDraft(text: string): LintInput & {bodyOffset: number} {
  const m = /^\uFEFF?Subject:[ \t]*(.*)\r?\n(?:[ \t]*\r?\n)?/i.exec(text)
  if (!m) return {text: text.replace(/^\uFEFF/, ''), bodyOffset: text.startsWith('\uFEFF') ? 1 : 0}
  return {text: text.slice(m[0].length), subject: m[1].trim(), bodyOffset: m[0].length}
}

function stylish(results: FileResult[]): string {
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  for (const r of results) {
    if (r.error) {
      lines.push(`${r.filePath}`, `  error  ${r.error}`, '')
      errors++
      continue
    }
    const messages = r.result!.messages
    lines.push(`${r.filePath}  (score ${r.result!.score})`)
    for (const m of messages) {
      const where = m.field === 'subject' ? 'subject' : `${m.line}:${m.column}`
      lines.push(`  ${where.padEnd(8)} ${m.severity.padEnd(7)} ${m.message}  ${m.ruleId}`)
      if (m.severity === 'error') errors++
      else if (m.severity === 'warning') warnings++
    }
    if (messages.length === 0) lines.push('  no issues')
    lines.push('')
  }
  lines.push(`${errors + warnings} problem${errors + warnings === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`)
  return lines.join('\n') + '\n'
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
  program
    .name('outreach-lint')
    .description('Lint sales outreach drafts for interrupt-then-pitch habits.')
    .argument('[paths...]', 'files or folders to lint')
    .option('--channel <channel>', `default channel: ${CHANNELS.join(', ')}`)
    .option('--format <format>', 'stylish or json', 'stylish')
    .exitOverride()
  try {
    program.parse(argv)
  } catch (error) {
    const code = (error as {exitCode?: number}).exitCode
    return code === 0 ? 0 : 2
  }
  const options = program.opts<{channel?: string; format: string}>()
  if (options.channel && !(CHANNELS as readonly string[]).includes(options.channel)) {
    process.stderr.write(`outreach-lint: --channel: unknown channel "${options.channel}"\n`)
    return 2
  }
  let linter
  try {
    linter = createLinter({channel: options.channel as Channel | undefined})
  } catch (error) {
    process.stderr.write(`outreach-lint: ${error instanceof ConfigError ? error.message : String(error)}\n`)
    return 2
  }
  const files: string[] = []
  const results: FileResult[] = []
  let inputError = false
  for (const path of program.args.length ? program.args : ['.']) {
    try {
      collect(path, files)
    } catch (error) {
      results.push({filePath: path, error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error)})
      inputError = true
    }
  }
  for (const file of files) {
    const filePath = relative(process.cwd(), file) || file
    try {
      const content = readFileSync(file, 'utf8')
      const draft = file.endsWith('.md') ? readMarkdownDraft(content) : readTextDraft(content)
      const result = linter.lint(draft)
      // Body positions point into the file: shift past the subject line or front matter.
      const before = content.slice(0, draft.bodyOffset)
      const lineShift = before.split(/\r\n|\r|\n/).length - 1
      for (const m of result.messages) {
        if (m.field !== 'body' || draft.bodyOffset === 0) continue
        if (m.line === 1 && lineShift === 0) {
          m.column += draft.bodyOffset
          m.endColumn += m.endLine === 1 ? draft.bodyOffset : 0
        }
        m.line += lineShift
        m.endLine += lineShift
        m.start += draft.bodyOffset
        m.end += draft.bodyOffset
      }
      results.push({filePath, result})
    } catch (error) {
      results.push({filePath, error: (error as Error).message})
      inputError = true
    }
  }
  results.sort((a, b) => a.filePath.localeCompare(b.filePath))
  if (options.format === 'json') {
    process.stdout.write(JSON.stringify(results.map((r) => ({filePath: r.filePath, ...(r.error ? {error: r.error} : r.result)})), null, 2) + '\n')
  } else process.stdout.write(stylish(results))
  if (inputError) return 2
  return results.some((r) => r.result?.messages.some((m) => m.severity === 'error')) ? 1 : 0
}
