/**
 * The command line, end to end: spawns the built binary (npm test builds first) on fixtures/cli and on
 * temporary copies, and checks outputs, exit codes, fixes, config discovery and bad inputs.
 */
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {bin, cli, exact, removeTemps, root, temp} from './cli-harness.js'
import {defaultThreads} from '../src/cli/threads.js'

afterAll(removeTemps)

describe('fixing', () => {
  it('--fix writes safe fixes: prose only, mode, line endings and BOM kept; collections never rewritten', () => {
    const dir = temp()
    cpSync(exact, dir, {recursive: true})
    chmodSync(join(dir, 'a.txt'), 0o640)
    writeFileSync(join(dir, 'crlf.txt'), '\uFEFFSubject: Re: hi\r\n\r\nHi Kim,\r\n\r\nI hope this email finds you well. Saw your post.\r\n')
    const csvBefore = readFileSync(join(dir, 'd.csv'), 'utf8')
    const r = cli(['--fix', '.'], {cwd: dir})
    expect(r.status).toBe(1) // the boasts remain
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Subject: routes\n\nHi Kim,\n\nWe are industry-leading.\n')
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o640)
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(
      '---\nsubject: "depots"\n---\nHi **Kim**,\n\nSee [our industry-leading tool](https://example.com/x).\n\n<!-- outreach-lint-disable-next-line -->\nWe are industry-leading.\n'
    )
    expect(readFileSync(join(dir, 'crlf.txt'))).toEqual(Buffer.from('\uFEFFSubject: hi\r\n\r\nHi Kim,\r\n\r\nSaw your post.\r\n'))
    expect(readFileSync(join(dir, 'd.csv'), 'utf8')).toBe(csvBefore)
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const before = readFileSync(join(exact, 'a.txt'), 'utf8')
    const r = cli(['--fix-dry-run', '-q', 'a.txt'])
    expect(r.stdout).toContain('--- a/a.txt\n+++ b/a.txt\n@@ -1,5 +1,5 @@\n-Subject: Re: routes\n+Subject: routes\n')
    expect(r.stdout).toContain('-I hope this email finds you well. We are industry-leading.\n+We are industry-leading.\n')
    expect(readFileSync(join(exact, 'a.txt'), 'utf8')).toBe(before)
  })

  it('rewrite prints the revised draft', () => {
    const r = cli(['rewrite', 'b.md'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('subject: "depots"')
    expect(r.stdout).toContain('Hi **Kim**,\n\nSee [our industry-leading tool](https://example.com/x).')
  })

  it('rewrite --format json gives the draft, the rewrite and each change with its reason; --diff a word diff', () => {
    const dir = temp()
    writeFileSync(join(dir, 'd.txt'), 'Hi Dana, I hope this email finds you well. Saw your Leeds opening. Do you have 15 minutes for a quick call?\n\nBest,\nAna\n')
    const json = cli(['rewrite', '--format', 'json', 'd.txt'], {cwd: dir})
    expect(json.status).toBe(0)
    const out = JSON.parse(json.stdout)
    expect(out.text).toBe('Hi Dana, saw your Leeds opening. Worth a look?\n\nBest,\nAna\n')
    expect(out.changes.map((c: {ruleId: string; kind: string}) => `${c.kind} ${c.ruleId}`)).toEqual(['removed generic-opener', 'removed premature-meeting-ask', 'inserted time-ask'])
    const diff = cli(['rewrite', '--diff', 'd.txt'], {cwd: dir})
    expect(diff.stdout).toBe('Hi Dana, [-I-]{+saw+} [-hope this email finds you well. Saw -]your Leeds opening. [-Do-]{+Worth+} [-you have 15 minutes for -]a [-quick call?-]{+look?+}\n\nBest,\nAna\n')
  })

  it('rewrite keeps a markdown draft\'s markup and a greeting after a heading', () => {
    const dir = temp()
    writeFileSync(join(dir, 'd.md'), '# Note\n\nHi Dana, I hope this email finds you well. Saw your **Leeds** opening. Do you have 15 minutes for a quick call?\n')
    const r = cli(['rewrite', 'd.md'], {cwd: dir})
    expect(r.stdout).toBe('# Note\n\nHi Dana, Saw your **Leeds** opening. Worth a look?\n')
  })

  it('rewrite never moves half a Markdown sentence: one whose markup it cannot cut through stays where it is, once', () => {
    // Its deletion (over "**Leeds**") was not written and its copy in front was, on every pass: ten copies.
    const dir = temp()
    writeFileSync(join(dir, 'm.md'), 'Hi Kim,\n\nWe build rota tools for depots. We are the leading platform. Your **Leeds** depot is hiring six pickers.\n\nAna\n')
    const r = cli(['rewrite', 'm.md'], {cwd: dir})
    expect(r.stdout).toBe('Hi Kim,\n\n[[One line on how you help with what you noticed about them.]] We are the leading platform. Your **Leeds** depot is hiring six pickers.\n\nAna\n')
  })

  it('--fix and rewrite never delete a Markdown footnote or its label, nor a reference to one', () => {
    const dir = temp()
    // The opener in the footnote is the footnote's; the one in the body goes, the note stays whole.
    const draft = 'Hi Kim, I hope this email finds you well.\n\nSaw your Leeds opening.[^1] Worth a look?\n\n[^1]: I hope this email finds you well. From your post.\n'
    writeFileSync(join(dir, 'note.md'), draft)
    // An opener with a reference right after it: deleting the sentence would take the reference too.
    const referenced = 'Hi Kim,\n\nI hope this email finds you well.[^1] Saw your Leeds opening.\n\n[^1]: As in your post.\n'
    writeFileSync(join(dir, 'ref.md'), referenced)
    expect(cli(['rewrite', 'note.md'], {cwd: dir}).stdout).toBe('Hi Kim,\n\nSaw your Leeds opening.[^1] Worth a look?\n\n[^1]: I hope this email finds you well. From your post.\n')
    const r = cli(['--fix', '-q', 'note.md', 'ref.md'], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(readFileSync(join(dir, 'note.md'), 'utf8')).toBe('Hi Kim,\n\nSaw your Leeds opening.[^1] Worth a look?\n\n[^1]: I hope this email finds you well. From your post.\n')
    expect(readFileSync(join(dir, 'ref.md'), 'utf8')).toBe(referenced)
  })

  it('-o naming one of the drafts is refused, and the draft is left as it was', () => {
    const dir = temp()
    const draft = 'Hi Dana, I hope this email finds you well. Saw your Leeds opening.\n'
    writeFileSync(join(dir, 'a.txt'), draft)
    const r = cli(['-o', 'a.txt', 'a.txt'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('outreach-lint: -o a.txt: is one of the drafts being linted; the report would replace it\n')
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(draft)
    const withFix = cli(['--fix', '-o', './a.txt', '.'], {cwd: dir})
    expect(withFix.status).toBe(2)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(draft)
  })

  it('an empty path is a usage error, not the whole working folder', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.txt'), 'Hi Dana, I hope this email finds you well. Saw your Leeds opening.\n')
    const r = cli(['--fix', ''], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('an empty path was given')
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toContain('I hope this email finds you well')
  })

  it('--fix leaves a read-only draft, and a draft the fixes would empty, with a line on stderr', () => {
    const dir = temp()
    const ro = 'Subject: Re: hi\n\nHi Sam, I hope this email finds you well. Saw your Leeds opening.\n'
    writeFileSync(join(dir, 'ro.txt'), ro)
    chmodSync(join(dir, 'ro.txt'), 0o444)
    writeFileSync(join(dir, 'only.txt'), 'Hi Sam, I hope this email finds you well.\n')
    const r = cli(['--fix', '-q', 'only.txt', 'ro.txt'], {cwd: dir})
    expect(r.stderr).toBe('outreach-lint: only.txt: the fixes would empty this draft; not written\noutreach-lint: ro.txt: read-only; not fixed (make it writable to fix it)\n')
    expect(readFileSync(join(dir, 'ro.txt'), 'utf8')).toBe(ro)
    expect(readFileSync(join(dir, 'only.txt'), 'utf8')).toBe('Hi Sam, I hope this email finds you well.\n')
  })

  it('--fix deletes an opener on the greeting line without gluing the greeting to the next sentence, and keeps a line break', () => {
    const dir = temp()
    writeFileSync(join(dir, 'same.txt'), 'Hi Kim, I hope this email finds you well. Saw your Leeds opening.\n')
    writeFileSync(join(dir, 'lines.txt'), 'Hi Kim, I hope this email finds you well.\n\nSaw your Leeds opening.\n')
    const r = cli(['--fix', '-q', 'same.txt', 'lines.txt'], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(readFileSync(join(dir, 'same.txt'), 'utf8')).toBe('Hi Kim, Saw your Leeds opening.\n')
    expect(readFileSync(join(dir, 'lines.txt'), 'utf8')).toBe('Hi Kim,\n\nSaw your Leeds opening.\n')
  })

  it('a FIFO or a device given as a draft or a config is refused before reading, not a hang', () => {
    const dir = temp()
    spawnSync('mkfifo', [join(dir, 'pipe.txt')])
    const draft = cli(['pipe.txt'], {cwd: dir})
    expect(draft.status).toBe(2)
    expect(draft.stderr).toContain('pipe.txt: not a regular file (a device, FIFO or socket); not read')
    writeFileSync(join(dir, 'a.txt'), 'Hi Dana, saw your Leeds opening. Worth a look?\n')
    const config = cli(['-c', '/dev/zero', 'a.txt'], {cwd: dir})
    expect(config.status).toBe(2)
    expect(config.stderr).toBe('outreach-lint: /dev/zero: not a regular file; not read\n')
  })

  it('a UTF-32 draft is refused, not linted as UTF-16 garbage', () => {
    const dir = temp()
    writeFileSync(join(dir, 'u32.txt'), Buffer.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0, 0x69, 0, 0, 0]))
    const r = cli(['u32.txt'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('outreach-lint: u32.txt: UTF-32 is not read (save the file as UTF-8, or UTF-16 with a BOM)\n')
    // No check mark when a draft could not be read.
    expect(r.stdout).toBe('✖ no problems in 0 drafts; 1 input error (see above)\n')
  })

  it('an invalid UTF-8 byte is named with its line (a surrogate encoded on line 4)', () => {
    const dir = temp()
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from('line one\nline two\nline three\nbad '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' here\n')]))
    const r = cli(['bad.txt'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('outreach-lint: bad.txt: unknown encoding: byte 0xed at line 4 is not UTF-8 (save the file as UTF-8, or UTF-16 with a BOM)\n')
  })

  it('"potentially fixable with --fix" is not offered for a collection, which --fix never writes', () => {
    const dir = temp()
    writeFileSync(join(dir, 'fx.csv'), 'id,body\n1,Hi Sam I hope this email finds you well. Saw your Leeds depot.\n')
    writeFileSync(join(dir, 'fx.txt'), 'Hi Sam, I hope this email finds you well. Saw your Leeds depot.\n')
    expect(cli(['fx.csv'], {cwd: dir}).stdout).not.toContain('potentially fixable')
    expect(cli(['fx.txt'], {cwd: dir}).stdout).toContain('1 problem potentially fixable with the `--fix` option.')
  })

  it('--version prints the package version', () => {
    const r = cli(['--version'], {cwd: temp()})
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version + '\n')
  })

  it("a subcommand's options are its own: rules --format json", () => {
    const r = cli(['rules', '--format', 'json'], {cwd: temp()})
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).some((rule: {id: string}) => rule.id === 'time-ask')).toBe(true)
  })

  it('a run killed mid-fix leaves every file old or new, never a mix', async () => {
    const dir = temp()
    const old = 'Subject: Re: routes\n\nHi Kim,\n\n' + 'I hope this email finds you well. We plan routes for depots like yours.\n\n'.repeat(40)
    const fixed = 'Subject: routes\n\nHi Kim,\n\n' + 'We plan routes for depots like yours.\n\n'.repeat(40)
    cpSync(join(exact, '.outreachlintrc.yaml'), join(dir, '.outreachlintrc.yaml'))
    cpSync(join(exact, 'pack.yaml'), join(dir, 'pack.yaml'))
    const names = Array.from({length: 120}, (_, i) => `d${String(i).padStart(3, '0')}.txt`)
    for (const n of names) writeFileSync(join(dir, n), old)
    const child = spawn(process.execPath, [bin, '--fix', '--threads', '0', '.'], {cwd: dir, stdio: 'ignore'})
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        const changed = names.filter((n) => readFileSync(join(dir, n), 'utf8') !== old).length
        if (changed >= 3 || child.exitCode !== null) {
          clearInterval(poll)
          child.kill('SIGKILL')
          done()
        }
      }, 5)
    })
    await new Promise((done) => child.once('exit', done))
    const contents = names.map((n) => readFileSync(join(dir, n), 'utf8'))
    expect(contents.every((c) => c === old || c === fixed)).toBe(true)
    expect(contents.filter((c) => c === fixed).length).toBeGreaterThan(0)
    expect(contents.filter((c) => c === old).length).toBeGreaterThan(0)
  })
})

describe('many files', () => {
  it('uses worker threads by default only past the work their warm-up costs (threads.ts)', () => {
    // Short drafts (the default size): about 8,000 on 2 cores, 5,000 on 3, 4,000 on 4 or more.
    expect(defaultThreads(100_000, 1)).toBe(0)
    expect(defaultThreads(1_000, 2)).toBe(0)
    expect(defaultThreads(7_900, 2)).toBe(0)
    expect(defaultThreads(8_000, 2)).toBe(2)
    expect(defaultThreads(4_900, 3)).toBe(0)
    expect(defaultThreads(5_000, 3)).toBe(3)
    expect(defaultThreads(3_900, 4)).toBe(0)
    expect(defaultThreads(4_000, 4)).toBe(4)
    expect(defaultThreads(4_000, 64)).toBe(8)
    // Long templates are more work per file: 1,000 of 30 KB get the pool, 100 do not.
    expect(defaultThreads(1_000, 2, () => 30_000)).toBe(2)
    expect(defaultThreads(100, 2, () => 30_000)).toBe(0)
    // The sizes are read for an even sample of at most 256 files, and not at all when the count decides.
    const read: number[] = []
    expect(defaultThreads(1_000, 2, (i) => (read.push(i), 30_000))).toBe(2)
    expect(read.length).toBe(256)
    expect(read.slice(0, 3)).toEqual([0, 3, 7])
    expect(Math.max(...read)).toBe(996)
    expect(defaultThreads(20_000, 2, () => { throw new Error('not needed') })).toBe(2)
    // One big collection is one file: the pool lints files, so it never gets one file.
    expect(defaultThreads(1, 2, () => 50_000_000)).toBe(0)
  })

  it('--threads 64 on 3 files starts 3 workers, not 64 (about 950 MB)', () => {
    const dir = temp()
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), 'Hi Dana, saw your Leeds opening. Worth a look?\n')
    const log = join(dir, 'workers.log')
    const preload = join(root, 'test', 'worker-log-preload.mjs')
    const r = spawnSync(process.execPath, ['--import', preload, bin, '--threads', '64', '.'], {cwd: dir, encoding: 'utf8', env: {...process.env, OUTREACH_LINT_WORKER_LOG: log}})
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(3)
  })

  it('worker threads give the same output as one thread, in every format', () => {
    const dir = temp()
    cpSync(exact, dir, {recursive: true})
    const drafts = ['a.txt', 'b.md', 'c.html', 'd.csv', 'e.txt']
    for (let i = 0; i < 220; i++) {
      const name = drafts[i % drafts.length]
      cpSync(join(exact, name), join(dir, `n${i}-${name}`))
    }
    // Input errors go through the workers too: one line each on stderr, in order.
    writeFileSync(join(dir, 'n50-empty.txt'), '')
    writeFileSync(join(dir, 'n90-broken.json'), '{"text": ')
    for (const args of [['-f', 'json'], ['-f', 'stylish'], ['-f', 'github'], ['-f', 'sarif'], ['-f', 'markdown'], ['-f', 'stylish', '--quiet']]) {
      const single = cli([...args, '--threads', '0', '.'], {cwd: dir})
      const pooled = cli([...args, '--threads', '2', '.'], {cwd: dir})
      expect(single.status, args.join(' ')).toBe(2)
      expect(pooled.status, args.join(' ')).toBe(2)
      expect(pooled.stderr, args.join(' ')).toBe(single.stderr)
      expect(single.stderr.trim().split('\n'), args.join(' ')).toHaveLength(2)
      expect(pooled.stdout, args.join(' ')).toBe(single.stdout)
      if (args[1] === 'json') expect(JSON.parse(single.stdout).length).toBeGreaterThan(220)
    }
  }, 120_000)
})
