/** The small subcommands: `rules`, `explain RULE`, `init`. */
import {closeSync, existsSync, openSync, writeSync} from 'node:fs'
import {join} from 'node:path'
import type {Example, LinterRule} from '../rules/format.js'
import type {SequenceRule} from '../sequence/rules.js'
import {ConfigError} from '../rules/errors.js'
import {ConfigResolver, resolveRules} from './config.js'

function say(line: string): void {
  process.stderr.write(`outreach-lint: ${line}\n`)
}

function fixable(rule: LinterRule): string {
  const s = rule.suggestions ?? []
  return s.some((x) => x.safe) ? 'fix' : s.length > 0 ? 'suggest' : ''
}

/** The rules a config gives (its sequence rules too), or exit code 2 after a one-line config error. */
async function loadRules(configPath: string | undefined): Promise<{rules: LinterRule[]; sequenceRules: SequenceRule[]} | number> {
  try {
    const loaded = await new ConfigResolver({}, configPath).forDirectory(process.cwd())
    const rules = [...(await resolveRules(loaded.config)).rules].sort(byId)
    return {rules, sequenceRules: (await (await import('./sequence.js')).sequenceRulesOf(loaded)).sort(byId)}
  } catch (error) {
    if (error instanceof ConfigError) return (say(error.message), 2)
    throw error
  }
}

const byId = (a: {id: string}, b: {id: string}): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Rows under a header, each column as wide as its widest cell. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  return rows.map((row) => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n'
}

/**
 * One entry of `rules --format json`, the same keys for a rule of drafts and a sequence rule
 * (docs/cli.md): `channels` the channels it reads (null: all), `check` its check kind, `fixable`
 * whether --fix applies a fix of its, `suggestions` whether its findings carry a rewrite.
 */
interface RuleEntry {
  id: string
  kind: 'draft' | 'sequence'
  category: string
  severity: string
  check: string
  channels: string[] | null
  fixable: boolean
  suggestions: boolean
  url: string | null
}

function draftEntry(r: LinterRule): RuleEntry {
  return {id: r.id, kind: 'draft', category: r.category, severity: r.severity, check: r.check, channels: r.channels ? [...r.channels] : null, fixable: fixable(r) === 'fix', suggestions: fixable(r) !== '', url: r.url ?? null}
}

function sequenceEntry(r: SequenceRule, rewrites: boolean): RuleEntry {
  const channels = r.options.channels as string[] | undefined
  return {id: r.id, kind: 'sequence', category: r.category, severity: r.severity, check: r.check, channels: channels ? [...channels] : null, fixable: rewrites, suggestions: rewrites, url: r.url ?? null}
}

/**
 * `rules`: the rules of drafts, then the sequence rules (run by `outreach-lint sequence`), each marked
 * as such: a table of its own in the table format, `kind: "sequence"` in JSON (the others `kind: "draft"`).
 */
export async function listRules(configPath: string | undefined, format: string): Promise<number> {
  const loaded = await loadRules(configPath)
  if (typeof loaded === 'number') return loaded
  const {rules, sequenceRules} = loaded
  if (format === 'json') {
    const {CHECK_KINDS} = await import('../sequence/checks.js')
    const data: RuleEntry[] = [...rules.map(draftEntry), ...sequenceRules.map((r) => sequenceEntry(r, CHECK_KINDS[r.check].rewrites === true))]
    process.stdout.write(JSON.stringify(data, null, 2) + '\n')
    return 0
  }
  process.stdout.write(table([['rule', 'category', 'severity', 'channels', 'fixable'], ...rules.map((r) => [r.id, r.category, r.severity, r.channels?.join(',') ?? 'all', fixable(r)])]))
  process.stdout.write(`\n${table([['sequence rule', 'category', 'severity', 'check'], ...sequenceRules.map((r) => [r.id, r.category, r.severity, r.check])])}`)
  process.stdout.write(`\n${rules.length} rules, and ${sequenceRules.length} sequence rules (run over whole sequences by \`outreach-lint sequence\`). "fix": --fix applies a safe fix; "suggest": \`outreach-lint rewrite\` proposes a rewrite.\n`)
  return 0
}

function exampleText(e: Example): {text: string; subject?: string | null; match?: string | string[]; output?: string; channel?: string} {
  return typeof e === 'string' ? {text: e} : e
}

/** A multi-line example under one mark: the first line carries the mark, the rest line up after it. */
function block(text: string, mark: string): string {
  const pad = ' '.repeat(mark.length)
  return text
    .split('\n')
    .map((l, i) => (i === 0 ? mark + l : l ? pad + l : l))
    .join('\n')
}

function indent(text: string, by = '    '): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n')
}

export async function explainRule(id: string, configPath: string | undefined): Promise<number> {
  const loaded = await loadRules(configPath)
  if (typeof loaded === 'number') return loaded
  const rule = loaded.rules.find((r) => r.id === id)
  const sequenceRule = loaded.sequenceRules.find((r) => r.id === id)
  if (!rule && sequenceRule) return (process.stdout.write((await import('./sequence.js')).explainSequenceRule(sequenceRule)), 0)
  if (!rule) {
    const near = [...loaded.rules, ...loaded.sequenceRules].filter((r) => r.id.includes(id) || id.includes(r.id.split('-')[0])).map((r) => r.id)
    say(`unknown rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}; \`outreach-lint rules\` lists them`)
    return 2
  }
  const lines: string[] = []
  lines.push(`${rule.id}  (${rule.category}, ${rule.severity}${rule.channels ? `, channels: ${rule.channels.join(', ')}` : ''})`, '')
  lines.push(`Message: ${rule.message}`, '')
  lines.push('Why:', indent(rule.why.trim()), '')
  if (rule.suggestions?.length) {
    lines.push('Rewrites:')
    for (const s of rule.suggestions) lines.push(`  - ${s.message}${s.replacement ? ` -> "${s.replacement}"` : ''}${s.safe ? ' (safe: applied by --fix)' : ''}`)
    lines.push('')
  }
  // A pack's rule has its own examples; a built-in rule's are outreach-lint/examples', loaded only here.
  const examples = rule.examples ?? (await import('../examples.js')).ruleExamples(rule.id) ?? {invalid: [], valid: []}
  lines.push('Flagged:')
  for (const e of examples.invalid.map(exampleText)) {
    lines.push(block(`${e.subject !== undefined && e.subject !== null ? `Subject: ${e.subject}\n` : ''}${e.text}`, '  ✖ '))
    if (e.match) lines.push(`    finds: ${[e.match].flat().map((m) => `"${m}"`).join(', ')}`)
    if (e.output !== undefined) lines.push(block(e.output, '    rewrite: '))
  }
  lines.push('', 'Fine:')
  for (const e of examples.valid.map(exampleText)) lines.push(block(`${e.subject !== undefined && e.subject !== null ? `Subject: ${e.subject}\n` : ''}${e.text}`, '  ✔ '))
  if (rule.url) lines.push('', `More: ${rule.url}`)
  process.stdout.write(lines.join('\n') + '\n')
  return 0
}

export const STARTER_CONFIG = `# outreach-lint configuration. Checked on every run: a mistake is reported with this file's
# name and the field, and the run stops with exit code 2.

# The channel of drafts that do not say (a draft's front matter \`channel:\` wins):
# email (a first touch), followup, linkedin-connect, linkedin-inmail, sms
channel: email

# Rule levels: off | info | warn | error. \`outreach-lint rules\` lists the rules,
# \`outreach-lint explain RULE\` says why each one exists and how to rewrite.
rules:
  reading-grade: warn
  # calendar-link: off
  # A rule's thresholds can be changed with [level, {options}]:
  # too-long: [warn, {max: {default: 150, sms: 40}}]

# Your team's own rules: YAML or JSON data files, relative to this file (never code).
# packs:
#   - ./outreach-rules.yaml

# Treat merge fields ({{first_name}}) as errors: for messages that should already be filled in.
# rendered: false
`

/** `serve`: the HTTP service, loaded only here (Fastify is no part of a lint run). */
export async function serve(options: {host: string; port: number; config?: string; threads?: number; processes?: number; timeBudget?: number}): Promise<number> {
  let start: typeof import('../serve/start.js')
  try {
    start = await import('../serve/start.js')
  } catch (error) {
    // The service's packages are optional peers: a linter install does not carry an HTTP server.
    const missing = /Cannot find (?:package|module) '(fastify|prom-client)'/.exec(error instanceof Error ? error.message : '')
    if (!missing) throw error
    say(`serve needs the packages fastify and prom-client (${missing[1]} is not installed): npm install fastify prom-client`)
    return 2
  }
  return start.serve(options)
}

export function init(): number {
  const path = join(process.cwd(), '.outreachlintrc.yaml')
  const existing = ['.outreachlintrc.yaml', '.outreachlintrc.yml', '.outreachlintrc.json'].find((n) => existsSync(join(process.cwd(), n)))
  if (existing) {
    say(`${existing} already exists; not overwritten`)
    return 2
  }
  let fd: number
  try {
    fd = openSync(path, 'wx', 0o644)
  } catch (error) {
    say(`.outreachlintrc.yaml: cannot write (${(error as NodeJS.ErrnoException).code})`)
    return 2
  }
  writeSync(fd, STARTER_CONFIG)
  closeSync(fd)
  process.stdout.write('Wrote .outreachlintrc.yaml\n')
  return 0
}
