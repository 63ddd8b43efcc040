/**
 * The command line. Only commander and the small types module load at start; the linter, the file
 * formats, the formatters and the worker pool are imported when a run needs them, so linting one
 * file starts about as fast as node itself.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {CHANNELS} from '../types.js'

// commander is CommonJS: required directly it loads about 8 ms faster than through its ES module
// wrapper, which the loader reads and scans for exports first.
const {Command, InvalidArgumentError, Option} = createRequire(import.meta.url)('commander') as typeof import('commander')

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const
const LEVELS = ['off', 'warn', 'warning', 'error', 'info']

function say(line: string): void {
  process.stderr.write(`outreach-lint: ${line}\n`)
}

function wholeNumber(name: string, min: number, max = Infinity) {
  return (value: string): number => {
    const n = Number(value)
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min}${max < Infinity ? ` to ${max}` : ''}`)
    return n
  }
}

function collectRule(value: string, previous: Record<string, string> = {}): Record<string, string> {
  for (const part of value.split(',')) {
    const m = /^\s*([a-z][a-z0-9-]*)\s*[=:]\s*([a-z]+)\s*$/.exec(part)
    if (!m) throw new InvalidArgumentError(`expected id=level, like generic-opener=off (got "${part}")`)
    if (!LEVELS.includes(m[2])) throw new InvalidArgumentError(`${m[1]}: level must be off, warn, error or info (got "${m[2]}")`)
    previous[m[1]] = m[2]
  }
  return previous
}

interface CliOptions {
  format: (typeof FORMATS)[number]
  outputFile?: string
  config?: string
  channel?: string
  rule?: Record<string, string>
  ignorePath?: string
  ignore: boolean
  fix?: boolean
  fixDryRun?: boolean
  maxWarnings?: number
  minScore?: number
  quiet?: boolean
  stdinFilename?: string
  fieldId?: string
  fieldSubject?: string
  fieldBody?: string
  fieldChannel?: string
  threads?: number
  color?: boolean
}

/** This package's version, from its package.json (two folders up from dist/cli and dist/cli-bundle). */
function ownVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
  } catch {
    return 'unknown'
  }
}

/** The options that choose the drafts and the rules: the lint's and the report's. */
function selectionOptions(command: InstanceType<typeof Command>): InstanceType<typeof Command> {
  return command
    .option('-c, --config <file>', 'use this config file instead of looking for the nearest one')
    .addOption(new Option('--channel <channel>', 'channel of drafts that do not say').choices(CHANNELS))
    .option('--rule <id=level>', 'set a rule level: off, warn, error or info (repeatable)', collectRule)
    .option('--ignore-path <file>', 'ignore file to use instead of .outreachlintignore')
    .option('--no-ignore', 'do not use .outreachlintignore')
}

/** The field names of collections (CSV, JSON, JSONL exports). */
function fieldOptions(command: InstanceType<typeof Command>): InstanceType<typeof Command> {
  return command
    .option('--field-id <name>', 'collections: the field holding the record id (default id)')
    .option('--field-subject <name>', 'collections: the subject field (default subject)')
    .option('--field-body <name>', 'collections: the body field (default body, else text)')
    .option('--field-channel <name>', 'collections: the channel field (default channel)')
}

/** What the options of `selectionOptions` and `fieldOptions` say, as a lint run and a report take them. */
function selection(opts: Omit<CliOptions, 'format'>) {
  return {
    outputFile: opts.outputFile,
    config: opts.config,
    overrides: {channel: opts.channel, rules: opts.rule},
    ignorePath: opts.ignorePath,
    ignore: opts.ignore,
    minScore: opts.minScore,
    fields: {id: opts.fieldId, subject: opts.fieldSubject, body: opts.fieldBody, channel: opts.fieldChannel},
    threads: opts.threads
  }
}

/** Colour: forced by --color, else on a terminal (not with -o, --no-color or NO_COLOR set). */
function useColor(opts: {outputFile?: string; color?: boolean}): boolean {
  const tty = opts.outputFile === undefined && process.stdout.isTTY === true
  const color = opts.color === true && process.argv.includes('--color') ? true : tty && opts.color !== false && !process.env.NO_COLOR
  return Boolean(color)
}

type Program = InstanceType<typeof Command>
/** Where a command's action puts the exit code of its run. */
interface Exit {
  code: number
}

/** The program itself: `outreach-lint [paths...]` lints drafts (run.ts). */
function lintCommand(program: Program, exit: Exit): void {
  program
    // Options after a subcommand's name are the subcommand's: `rules --format json`, `rewrite -c x.json`.
    .enablePositionalOptions()
    .name('outreach-lint')
    .version(ownVersion(), '-V, --version', 'print the version')
    .description('Lint sales outreach drafts for interrupt-then-pitch habits.\nExit codes: 0 clean, 1 lint failed, 2 usage, config or input error.')
    .argument('[paths...]', 'files, folders or globs (.txt .md .html .eml .json .jsonl .csv); "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file (written whole, atomically)')
  selectionOptions(program)
    .option('--fix', 'write safe fixes back into the files')
    .option('--fix-dry-run', 'print the safe fixes as a unified diff, write nothing')
    .option('--max-warnings <n>', 'fail (exit 1) with more warnings than this', wholeNumber('--max-warnings', 0))
    .option('--min-score <n>', 'fail (exit 1) when a draft scores below this (0-100)', wholeNumber('--min-score', 0, 100))
    .option('-q, --quiet', 'report errors only')
    .option('--stdin-filename <name>', 'name (and format, by extension) of the draft read from standard input')
  fieldOptions(program)
    .option('--threads <n>', 'worker threads (default: the cores, once the files are work enough: about 8,000 short drafts on 2 cores, 5,000 on 3, 4,000 on more, fewer long ones; 0 or 1: none)', wholeNumber('--threads', 0, 64))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also with NO_COLOR set)')
    .showHelpAfterError('(outreach-lint --help shows the options)')
    .exitOverride()
    .action(async (paths: string[], opts: CliOptions) => {
      if (opts.fix && opts.fixDryRun) {
        say('--fix and --fix-dry-run: choose one')
        exit.code = 2
        return
      }
      const readStdin = paths.includes('-') || (paths.length === 0 && opts.stdinFilename !== undefined)
      if (readStdin && opts.fix) {
        say('--fix cannot write to standard input; use --fix-dry-run, or `outreach-lint rewrite`')
        exit.code = 2
        return
      }
      const {runLint} = await import('./run.js')
      exit.code = await runLint(paths, {
        ...selection(opts),
        format: opts.format,
        mode: opts.fix ? 'fix' : opts.fixDryRun ? 'dry-run' : 'lint',
        maxWarnings: opts.maxWarnings,
        quiet: opts.quiet === true,
        stdinFilename: opts.stdinFilename,
        readStdin,
        color: useColor(opts)
      })
    })
}

/** `rules`, `explain` and `init`: the rules listed and explained, a starter config written (commands.ts). */
function ruleCommands(program: Program, exit: Exit): void {
  program
    .command('rules')
    .description('list the rules: id, category, severity, channels, fixable')
    .option('-c, --config <file>', 'config file (default: the nearest one)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: {config?: string; format: string}) => {
      exit.code = await (await import('./commands.js')).listRules(opts.config, opts.format)
    })

  program
    .command('explain')
    .description('why a rule exists, with examples and rewrites')
    .argument('<rule>', 'rule id, like generic-opener')
    .option('-c, --config <file>', 'config file (default: the nearest one)')
    .action(async (rule: string, opts: {config?: string}) => {
      exit.code = await (await import('./commands.js')).explainRule(rule, opts.config)
    })

  program
    .command('init')
    .description('write a commented starter .outreachlintrc.yaml (never overwrites one)')
    .action(async () => {
      exit.code = (await import('./commands.js')).init()
    })
}

/** `rewrite`: the revised draft (rewrite.ts). */
function rewriteCommand(program: Program, exit: Exit): void {
  program
    .command('rewrite')
    .description('print the revised draft: openers, chasing and time asks out, what is about them first, guide lines [[...]] for what only you can write')
    .argument('<file>', 'one draft (.txt, .md, .html); "-" reads standard input')
    .option('-c, --config <file>', 'config file (default: the nearest one)')
    .addOption(new Option('--channel <channel>', 'channel of the draft, if it does not say').choices(CHANNELS))
    .option('--stdin-filename <name>', 'name (and format) of the draft read from standard input')
    .option('--diff', 'print a word-level diff of the draft and the rewrite instead')
    .addOption(new Option('--format <format>', 'text: the revised draft; json: the draft, the rewrite and each change with its reason').choices(['text', 'json']).default('text'))
    .action(async (file: string, opts: {config?: string; channel?: string; stdinFilename?: string; diff?: boolean; format?: string}) => {
      exit.code = await (await import('./rewrite.js')).rewriteFile(file, opts)
    })
}

/** `report`: the indicators report of a template library (report.ts). */
function reportCommand(program: Program, exit: Exit): void {
  const report = program
    .command('report')
    .description('the indicators report of a template library: headline figures, charts, indicators against research bands, the templates to fix first; as one HTML file or JSON')
    .argument('[paths...]', 'files, folders or globs, as for a lint')
    .option('-o, --output-file <file>', 'write the report to a file (written whole, atomically)')
    .addOption(new Option('-f, --format <format>', 'html: one self-contained page with charts; json: the same figures for dashboards and --baseline').choices(['html', 'json']).default('html'))
    .option('--baseline <file>', 'a report saved with --format json: every figure with its change since, and what got better or worse by rule')
    .option('--history <folder>', 'a folder of reports saved with --format json: a trend line per indicator')
    .option('--min-score <n>', 'count a draft scoring below this as failing the CI check too', wholeNumber('--min-score', 0, 100))
  fieldOptions(selectionOptions(report))
    .option('--field-usage <name>', 'collections: how often each template is sent, to rank what to fix first (default usage, sent, sent_count or sends)')
    .option('--threads <n>', 'worker threads (as for a lint)', wholeNumber('--threads', 0, 64))
    .action(async (paths: string[], opts: Omit<CliOptions, 'format'> & {baseline?: string; history?: string; fieldUsage?: string; format: 'html' | 'json'}) => {
      exit.code = await (await import('./report.js')).runReport(paths, {
        ...selection(opts),
        format: opts.format,
        baseline: opts.baseline,
        history: opts.history,
        fieldUsage: opts.fieldUsage
      })
    })
}

/** `sequence`: whole sequences linted step by step and as a whole (sequence.ts). */
function sequenceCommand(program: Program, exit: Exit): void {
  program
    .command('sequence')
    .description('lint whole sequences step by step and as a whole: YAML/JSON sequence files, CSV/JSONL exports (one row per step), folders of numbered step files (docs/sequences.md)')
    .argument('<paths...>', 'sequence files (.yaml .yml .json .csv .jsonl), folders of numbered step files (01-intro.md, ...), or folders of these (walked like drafts\' folders)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file (written whole, atomically)')
    .option('-c, --config <file>', 'config file for the steps\' rules (default: the nearest one)')
    .option('--min-score <n>', 'fail (exit 1) when a sequence scores below this (0-100)', wholeNumber('--min-score', 0, 100))
    .option('-q, --quiet', 'report errors only')
    .option('--rule <id=level>', 'set a step rule\'s or a sequence rule\'s level: off, warn, error or info (repeatable)', collectRule)
    .option('--fix', 'write each bump\'s rewrite (guide lines for what the sequence lacks) and the steps\' safe fixes into YAML/JSON files and step files, the rest of each file kept')
    .option('--ignore-path <file>', 'ignore file to use instead of .outreachlintignore')
    .option('--no-ignore', 'do not use .outreachlintignore')
    .option('--field-sequence <name>', 'CSV/JSONL: the sequence id column (default sequence)')
    .option('--field-step <name>', 'CSV/JSONL: the step number column (default step)')
    .option('--field-delay <name>', 'CSV/JSONL: the delay column, like 2d or 36h (default delay)')
    .option('--field-channel <name>', 'CSV/JSONL: the channel column (default channel)')
    .option('--field-subject <name>', 'CSV/JSONL: the subject column (default subject)')
    .option('--field-body <name>', 'CSV/JSONL: the body column (default body, else text)')
    .option('--field-consent <name>', 'CSV/JSONL: the consent column: yes or no for the row\'s step, or the channels the recipient agreed to, like sms (default consent)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also with NO_COLOR set)')
    .action(async (paths: string[], opts: {format: (typeof FORMATS)[number]; outputFile?: string; config?: string; minScore?: number; quiet?: boolean; rule?: Record<string, string>; fieldSequence?: string; fieldStep?: string; fieldDelay?: string; fieldChannel?: string; fieldSubject?: string; fieldBody?: string; fieldConsent?: string; color?: boolean; fix?: boolean; ignorePath?: string; ignore: boolean}) => {
      exit.code = await (await import('./sequence.js')).runSequences(paths, {
        format: opts.format,
        outputFile: opts.outputFile,
        config: opts.config,
        minScore: opts.minScore,
        quiet: opts.quiet === true,
        fields: {sequence: opts.fieldSequence, step: opts.fieldStep, delay: opts.fieldDelay, channel: opts.fieldChannel, subject: opts.fieldSubject, body: opts.fieldBody, consent: opts.fieldConsent},
        color: useColor(opts),
        rules: opts.rule,
        fix: opts.fix === true,
        ignorePath: opts.ignorePath,
        ignore: opts.ignore
      })
    })
}

/** `serve`: the HTTP service (commands.ts). */
function serveCommand(program: Program, exit: Exit): void {
  program
    .command('serve')
    .description('answer HTTP: POST /v1/lint, /v1/rewrite; GET /v1/rules, /healthz, /metrics, /openapi.json, and the web page at /')
    .option('--host <host>', 'address to listen on (0.0.0.0: every interface, on purpose only)', '127.0.0.1')
    .option('--port <n>', 'port (0: any free one)', wholeNumber('--port', 0, 65535), 8080)
    .option('-c, --config <file>', 'config file (default: the built-in rules)')
    .option('--threads <n>', 'worker threads for batches, in each process (default: the cores but one, at most 4, shared by the processes; 0: none)', wholeNumber('--threads', 0, 64))
    .option('--processes <n>', 'copies of the service sharing the port, for more cores on small requests (default 1)', wholeNumber('--processes', 1, 64))
    .option('--time-budget <ms>', 'milliseconds a batch may take before it is aborted with a 503', wholeNumber('--time-budget', 1), 10_000)
    .action(async (opts: {host: string; port: number; config?: string; threads?: number; processes?: number; timeBudget: number}) => {
      exit.code = await (await import('./commands.js')).serve(opts)
    })
}

export async function main(argv: string[]): Promise<number> {
  const exit: Exit = {code: 0}
  const program = new Command()
  for (const add of [lintCommand, ruleCommands, rewriteCommand, reportCommand, sequenceCommand, serveCommand]) add(program, exit)

  try {
    await program.parseAsync(argv)
  } catch (error) {
    const e = error as {exitCode?: number; code?: string}
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0
    if (typeof e.exitCode === 'number') return e.exitCode === 0 ? 0 : 2
    throw error
  }
  return exit.code
}
