/**
 * A fuzzing target for the command line (fast-check): random folders of drafts in the situations a
 * user's files are in (symbolic links, dangling ones, hard links, read-only modes, FIFOs, files that
 * are not drafts, collections, undecodable bytes, a writer appending to a draft while the run fixes
 * it) and random runs over them (--fix, --fix-dry-run, -o, -o naming an input, globs, threads).
 * Whatever the run: no user's file is lost or half-written (each holds what it held or its fixed
 * form, with every line the writer appended), links, FIFOs and modes are what they were, no
 * temporary file remains, and the exit code is the one the files earn. A fixed seed and a few runs
 * keep it to seconds; OUTREACH_LINT_FUZZ_RUNS=200 (and OUTREACH_LINT_FUZZ_SEED) runs more.
 */
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, test} from 'vitest'
import {cli, removeTemps, temp} from './cli-harness.js'

afterAll(removeTemps)

const RUNS = Math.max(1, Number(process.env.OUTREACH_LINT_FUZZ_RUNS) || 10)
const SEED = Number(process.env.OUTREACH_LINT_FUZZ_SEED) || 19

const DRAFT = 'Subject: Re: routes\n\nHi Kim,\n\nI hope this email finds you well. Saw your Leeds opening.\n'
const FIXED = 'Subject: routes\n\nHi Kim,\n\nSaw your Leeds opening.\n'
const MD = '---\nsubject: "Re: depots"\n---\nHi **Kim**,\n\nI hope this email finds you well. Saw your [Leeds post](https://example.com/x).\n'
const MD_FIXED = '---\nsubject: "depots"\n---\nHi **Kim**,\n\nSaw your [Leeds post](https://example.com/x).\n'
const CLEAN = 'Hi Kim,\n\nSaw your Leeds opening. Worth a look?\n'

/** The files a folder may hold: name -> how it is made. Fixable drafts say what --fix makes of them. */
const KINDS = ['draft', 'markdown', 'clean', 'link', 'dangling', 'hardlinks', 'readonly', 'fifo', 'notes', 'collection', 'undecodable'] as const
type Kind = (typeof KINDS)[number]

interface Scenario {
  kinds: Kind[]
  command: 'fix' | 'dry-run' | 'fix-report' | 'report-over-input'
  targets: 'folder' | 'glob' | 'files'
  threads: '0' | '2'
  writer: boolean
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  kinds: fc.subarray([...KINDS], {minLength: 1}),
  command: fc.constantFrom('fix', 'fix', 'dry-run', 'fix-report', 'report-over-input'),
  targets: fc.constantFrom('folder', 'glob', 'files'),
  threads: fc.constantFrom('0', '2'),
  writer: fc.boolean()
})

interface Made {
  /** Paths (relative to the folder) of every file the user owns, with what each holds before. */
  before: Map<string, Buffer>
  /** What --fix may turn a file into (besides leaving it). */
  fixed: Map<string, string>
  /** The files given on the command line (for `targets: 'files'`). */
  inputs: string[]
}

function make(dir: string, kinds: Kind[]): Made {
  const fixed = new Map<string, string>()
  const inputs: string[] = []
  mkdirSync(join(dir, 'real'))
  for (const kind of kinds) {
    if (kind === 'draft') (writeFileSync(join(dir, 'a.txt'), DRAFT), fixed.set('a.txt', FIXED), inputs.push('a.txt'))
    if (kind === 'markdown') (writeFileSync(join(dir, 'b.md'), MD), fixed.set('b.md', MD_FIXED), inputs.push('b.md'))
    if (kind === 'clean') (writeFileSync(join(dir, 'c.txt'), CLEAN), inputs.push('c.txt'))
    if (kind === 'link') {
      writeFileSync(join(dir, 'real', 'target.txt'), DRAFT)
      symlinkSync(join('real', 'target.txt'), join(dir, 'link.txt'))
      fixed.set('real/target.txt', FIXED)
      inputs.push('link.txt')
    }
    if (kind === 'dangling') (symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt')), inputs.push('dangling.txt'))
    if (kind === 'hardlinks') {
      writeFileSync(join(dir, 'hard1.txt'), DRAFT)
      linkSync(join(dir, 'hard1.txt'), join(dir, 'hard2.txt'))
      inputs.push('hard1.txt')
    }
    if (kind === 'readonly') (writeFileSync(join(dir, 'ro.txt'), DRAFT), chmodSync(join(dir, 'ro.txt'), 0o444), inputs.push('ro.txt'))
    if (kind === 'fifo') (spawnSync('mkfifo', [join(dir, 'pipe.txt')]), inputs.push('pipe.txt'))
    if (kind === 'notes') writeFileSync(join(dir, 'notes.yaml'), 'todo: I hope this email finds you well\n')
    if (kind === 'collection') (writeFileSync(join(dir, 'd.csv'), 'id,body\n1,Hi Sam I hope this email finds you well. Saw your Leeds depot.\n'), inputs.push('d.csv'))
    if (kind === 'undecodable') (writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x48, 0x69, 0x20, 0xe9, 0x0a])), inputs.push('bad.txt'))
  }
  return {before: snapshot(dir), fixed, inputs}
}

/** Every regular file under `dir` (links not followed), by path, with its bytes. */
function snapshot(dir: string, under = dir, into = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const entry of readdirSync(under, {withFileTypes: true})) {
    const path = join(under, entry.name)
    if (entry.isDirectory()) snapshot(dir, path, into)
    else if (entry.isFile()) into.set(relative(dir, path), readFileSync(path))
  }
  return into
}

function temporaries(dir: string): string[] {
  return readdirSync(dir, {recursive: true}).map(String).filter((name) => name.endsWith('.outreach-lint.tmp'))
}

/** A process that appends numbered lines to `path` until stopped; resolves to how many it wrote. */
async function appender(path: string): Promise<{stop: () => Promise<number>}> {
  const script = `const fs = require('fs'); let i = 0; const t = setInterval(() => { fs.appendFileSync(${JSON.stringify(path)}, 'Appended line ' + i + '.\\n'); i++ }, 1); process.on('SIGTERM', () => { clearInterval(t); process.stdout.write(String(i)); process.exit(0) })`
  const child = spawn(process.execPath, ['-e', script], {stdio: ['ignore', 'pipe', 'inherit']})
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  const closed = new Promise<number>((done) => child.once('close', () => done(Number(out))))
  // Started: at least one line is there before the run begins.
  while (!readFileSync(path, 'utf8').includes('Appended line 0.')) await new Promise((done) => setTimeout(done, 2))
  return {
    stop: () => {
      child.kill('SIGTERM')
      return closed
    }
  }
}

describe('the command line over random file-system situations', () => {
  test('never loses or half-writes a file, keeps links, FIFOs and modes, leaves no temporary file, and exits as the files earn', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const dir = temp()
        // The report goes beside the folder, not into it: linting the folder again must not read it.
        const reports = temp()
        const report = join(reports, 'report.txt')
        const made = make(dir, s.kinds)
        const targets = s.targets === 'folder' ? ['.'] : s.targets === 'glob' ? ['*', 'real/*'] : made.inputs.length > 0 ? made.inputs : ['.']
        // -o naming a draft being linted (through a link, when there is one).
        const overInput = s.command === 'report-over-input' ? (made.inputs.find((n) => n === 'link.txt' || n === 'a.txt' || n === 'b.md') ?? 'c.txt') : undefined
        if (overInput === 'c.txt' && !made.before.has('c.txt')) (writeFileSync(join(dir, 'c.txt'), CLEAN), made.before.set('c.txt', Buffer.from(CLEAN)))
        const args =
          s.command === 'fix'
            ? ['--fix', ...targets]
            : s.command === 'dry-run'
              ? ['--fix-dry-run', ...targets]
              : s.command === 'fix-report'
                ? ['--fix', '-o', report, ...targets]
                : ['--fix', '-o', overInput!, ...(s.targets === 'files' ? [overInput!] : targets)]
        const writing = s.writer && made.before.has('a.txt') && s.command !== 'report-over-input' ? await appender(join(dir, 'a.txt')) : undefined
        const r = cli([...args, '--threads', s.threads, '-q'], {cwd: dir})
        const appended = writing ? await writing.stop() : 0
        const what = `${JSON.stringify(s)}: ${args.join(' ')}\n${r.stderr}`

        // No temporary file, anywhere.
        expect([...temporaries(dir), ...temporaries(reports)], what).toEqual([])
        // Links, FIFOs and modes are what they were.
        if (s.kinds.includes('link')) expect(readlinkSync(join(dir, 'link.txt')), what).toBe(join('real', 'target.txt'))
        if (s.kinds.includes('dangling')) expect(lstatSync(join(dir, 'dangling.txt')).isSymbolicLink(), what).toBe(true)
        if (s.kinds.includes('fifo')) expect(lstatSync(join(dir, 'pipe.txt')).isFIFO(), what).toBe(true)
        if (s.kinds.includes('hardlinks')) expect(statSync(join(dir, 'hard1.txt')).ino, what).toBe(statSync(join(dir, 'hard2.txt')).ino)
        if (s.kinds.includes('readonly')) expect(statSync(join(dir, 'ro.txt')).mode & 0o777, what).toBe(0o444)

        // Each file holds what it held, or (written by --fix) its fixed form; with a writer, every line it appended.
        const after = snapshot(dir)
        for (const [path, bytes] of made.before) {
          expect(after.has(path), `${path} is gone: ${what}`).toBe(true)
          let now = after.get(path)!.toString('utf8')
          if (path === 'a.txt' && writing) {
            const lines = [...now.matchAll(/^Appended line (\d+)\.\n/gm)].map((m) => Number(m[1]))
            expect(lines, `${path}: appended lines lost or reordered: ${what}`).toEqual(Array.from({length: appended}, (_, i) => i))
            now = now.replace(/^Appended line \d+\.\n/gm, '')
          }
          const allowed = [bytes.toString('utf8')]
          const written = s.command === 'fix' || s.command === 'fix-report'
          if (written && made.fixed.has(path)) allowed.push(made.fixed.get(path)!)
          expect(allowed, `${path} holds ${JSON.stringify(now)}: ${what}`).toContain(now)
          // Without a writer, a fix that can be written is written (every target reaches every fixable draft).
          if (written && !writing && made.fixed.has(path)) {
            expect(now, `${path} was not fixed: ${what}`).toBe(made.fixed.get(path))
          }
        }
        // Nothing new in the folder; the report where -o said.
        expect([...after.keys()].filter((path) => !made.before.has(path)), what).toEqual([])
        expect(readdirSync(reports), what).toEqual(s.command === 'fix-report' ? ['report.txt'] : [])

        // The exit code is the one the files earn.
        if (s.command === 'report-over-input') {
          expect(r.status, what).toBe(2)
          expect(r.stderr, what).toBe(`outreach-lint: -o ${overInput}: is one of the drafts being linted; the report would replace it\n`)
          for (const [path, bytes] of made.before) expect(after.get(path)!.equals(bytes), `${path} changed: ${what}`).toBe(true)
        } else if (!writing && s.command !== 'dry-run') {
          // --fix reports the drafts as they are after it: linting them again gives the same code (and report).
          const again = cli([...targets, '--threads', '0', '-q'], {cwd: dir})
          expect(r.status, `${what}\nagain: ${again.stderr}`).toBe(again.status)
          if (s.command === 'fix-report') expect(readFileSync(report, 'utf8'), what).toBe(again.stdout)
        }
        expect([0, 1, 2], what).toContain(r.status)
      }),
      {numRuns: RUNS, seed: SEED, endOnFailure: true}
    )
  }, 300_000)
})
