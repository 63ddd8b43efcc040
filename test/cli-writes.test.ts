/**
 * What -o and --fix write, end to end on the built binary: never a regular file where a device, a
 * FIFO or a link was, never a temporary file left behind, never a user's change lost.
 */
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {bin, cli, removeTemps, temp} from './cli-harness.js'

afterAll(removeTemps)

const DRAFT = 'Subject: Re: routes\n\nHi Kim,\n\nI hope this email finds you well. Saw your Leeds opening.\n'

/** The temporary files a run left in a folder. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.outreach-lint.tmp'))
}

describe('-o writes into what is there', () => {
  it('-o to a FIFO, a device or a symbolic link writes through it and never replaces it with a regular file', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.txt'), DRAFT)
    const report = cli(['a.txt'], {cwd: dir}).stdout
    expect(report).toContain('a.txt')

    // A FIFO: the report goes to its reader, and the FIFO stays a FIFO.
    spawnSync('mkfifo', [join(dir, 'out.fifo')])
    const reader = spawn('cat', [join(dir, 'out.fifo')])
    let read = ''
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString('utf8')))
    const closed = new Promise((done) => reader.once('close', done))
    const toFifo = cli(['-o', 'out.fifo', 'a.txt'], {cwd: dir})
    // Had the FIFO been replaced, its reader would wait for ever.
    const stop = setTimeout(() => reader.kill(), 10_000)
    await closed
    clearTimeout(stop)
    expect(toFifo.status).toBe(1)
    expect(toFifo.stderr).toBe('')
    expect(read).toBe(report)
    expect(lstatSync(join(dir, 'out.fifo')).isFIFO()).toBe(true)

    // A symbolic link: the link stays, its target holds the report.
    mkdirSync(join(dir, 'reports'))
    writeFileSync(join(dir, 'reports', 'last.txt'), 'old report\n')
    symlinkSync(join('reports', 'last.txt'), join(dir, 'latest.txt'))
    const toLink = cli(['-o', 'latest.txt', 'a.txt'], {cwd: dir})
    expect(toLink.status).toBe(1)
    expect(lstatSync(join(dir, 'latest.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, 'latest.txt'))).toBe(join('reports', 'last.txt'))
    expect(readFileSync(join(dir, 'reports', 'last.txt'), 'utf8')).toBe(report)

    // A character device (a null device of our own; making one needs root): still a device after.
    if (spawnSync('mknod', [join(dir, 'null'), 'c', '1', '3']).status === 0) {
      const toDevice = cli(['-o', 'null', 'a.txt'], {cwd: dir})
      expect(toDevice.status).toBe(1)
      expect(toDevice.stderr).toBe('')
      expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true)
    }
    expect(leftovers(dir)).toEqual([])
    expect(leftovers(join(dir, 'reports'))).toEqual([])
  })

  it('-o naming a folder is refused with one line before anything is written', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.txt'), DRAFT)
    mkdirSync(join(dir, 'out'))
    const r = cli(['-o', 'out', 'a.txt'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('outreach-lint: -o out: is a folder\n')
    expect(readdirSync(join(dir, 'out'))).toEqual([])
    expect(leftovers(dir)).toEqual([])
  })
})

describe('--fix writes into what is there', () => {
  const FIXED = 'Subject: routes\n\nHi Kim,\n\nSaw your Leeds opening.\n'

  it('--fix on a symbolic link fixes its target and keeps the link', () => {
    const dir = temp()
    mkdirSync(join(dir, 'drafts'))
    writeFileSync(join(dir, 'drafts', 'real.txt'), DRAFT)
    symlinkSync(join('drafts', 'real.txt'), join(dir, 'link.txt'))
    const r = cli(['--fix', '-q', 'link.txt'], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, 'link.txt'))).toBe(join('drafts', 'real.txt'))
    expect(readFileSync(join(dir, 'drafts', 'real.txt'), 'utf8')).toBe(FIXED)
    expect(leftovers(dir)).toEqual([])
    expect(leftovers(join(dir, 'drafts'))).toEqual([])
  })

  it('--fix reaching one file under two names (a link and its target) fixes it once, even in two threads', () => {
    // Each name went to its own worker: the second found the file 'changed on disk' (by the first) and the run exited 2.
    for (let run = 0; run < 3; run++) {
      const dir = temp()
      mkdirSync(join(dir, 'd'))
      writeFileSync(join(dir, 'd', 't.txt'), DRAFT)
      symlinkSync(join('d', 't.txt'), join(dir, 'd.txt'))
      const r = cli(['--fix', '--threads', '2', '-f', 'json', '.'], {cwd: dir})
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      expect(JSON.parse(r.stdout).map((e: {filePath: string; messages: unknown[]}) => [e.filePath, e.messages.length])).toEqual([
        ['d.txt', 0],
        ['d/t.txt', 0]
      ])
      expect(readFileSync(join(dir, 'd', 't.txt'), 'utf8')).toBe(FIXED)
      expect(lstatSync(join(dir, 'd.txt')).isSymbolicLink()).toBe(true)
    }
  })

  it('--fix leaves a draft with other hard links as it is, with one line, instead of splitting the links', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.txt'), DRAFT)
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'))
    const r = cli(['--fix', '-q', 'a.txt'], {cwd: dir})
    expect(r.stderr).toBe('outreach-lint: a.txt: has 2 hard links; not fixed (replacing it would split them)\n')
    expect(r.status).toBe(1)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DRAFT)
    expect(statSync(join(dir, 'a.txt')).ino).toBe(statSync(join(dir, 'b.txt')).ino)
    expect(statSync(join(dir, 'a.txt')).nlink).toBe(2)
  })

  it.runIf(process.getuid?.() === 0)('--fix run as root keeps the owner, group and mode of a draft someone else owns', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.txt'), DRAFT)
    chownSync(join(dir, 'a.txt'), 1234, 2345)
    chmodSync(join(dir, 'a.txt'), 0o640)
    const r = cli(['--fix', '-q', 'a.txt'], {cwd: dir})
    expect(r.stderr).toBe('')
    const after = statSync(join(dir, 'a.txt'))
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(FIXED)
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([1234, 2345, 0o640])
  })
})

describe('no temporary file is left behind', () => {
  /** Start the CLI, wait until `ready` holds (polled), send a signal, and give its exit code. */
  async function interrupt(args: string[], dir: string, ready: () => boolean, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
    const child = spawn(process.execPath, [bin, ...args], {cwd: dir, stdio: 'ignore'})
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        if (ready() || child.exitCode !== null) {
          clearInterval(poll)
          done()
        }
      }, 2)
    })
    child.kill(signal)
    return exited
  }

  it('SIGINT while -o is being written leaves neither the temporary report nor a half report', async () => {
    const dir = temp()
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `d${i}.txt`), DRAFT)
    const code = await interrupt(['-o', 'report.txt', '--threads', '0', '.'], dir, () => leftovers(dir).length > 0)
    expect(code).toBe(130)
    expect(leftovers(dir)).toEqual([])
    expect(readdirSync(dir)).not.toContain('report.txt')
  })

  it('SIGTERM in the middle of --fix with worker threads leaves every draft old or fixed and no temporary file', async () => {
    const dir = temp()
    const old = 'Subject: Re: routes\n\nHi Kim,\n\n' + 'I hope this email finds you well. We plan routes for depots like yours.\n\n'.repeat(40)
    const fixed = 'Subject: routes\n\nHi Kim,\n\n' + 'We plan routes for depots like yours.\n\n'.repeat(40)
    const names = Array.from({length: 1000}, (_, i) => `d${String(i).padStart(4, '0')}.txt`)
    for (const name of names) writeFileSync(join(dir, name), old)
    const code = await interrupt(['--fix', '--threads', '2', '.'], dir, () => readFileSync(join(dir, names[0]), 'utf8') !== old, 'SIGTERM')
    expect(code).toBe(143)
    expect(leftovers(dir)).toEqual([])
    const contents = names.map((n) => readFileSync(join(dir, n), 'utf8'))
    expect(contents.every((c) => c === old || c === fixed)).toBe(true)
    expect(contents.filter((c) => c === old).length).toBeGreaterThan(0)
  })
})
