/**
 * Writing a file safely: the new content goes to a temporary file in the same folder (same file
 * system), with the original's mode, owner and group, flushed, then renamed over the original. A
 * rename is atomic, so a reader or a crash sees the old file or the new one, never a mix. Before the
 * rename the original is read again: if it changed since it was linted, nothing is written (see
 * writeAtomic).
 */
import {closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readdirSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {threadId} from 'node:worker_threads'
import {InputError} from './read.js'

let counter = 0
/** This thread's temporary files that are not yet renamed or removed. */
const live = new Set<string>()

/** A temporary file beside `path`, named by the process and the thread (workers write too). */
function tempPath(path: string): string {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${threadId}.${++counter}.outreach-lint.tmp`)
  live.add(temp)
  return temp
}

function removeTemp(temp: string): void {
  live.delete(temp)
  try {
    unlinkSync(temp)
  } catch {
    // already gone
  }
}

/**
 * Remove the temporary files this process left: this thread's, and in `folders` any of this process
 * (a worker thread stopped in the middle of a write leaves its own). Synchronous, so that it can run
 * on 'exit'.
 */
export function removeTemps(folders: Iterable<string> = []): void {
  for (const temp of [...live]) removeTemp(temp)
  const ours = new RegExp(`^\\..+\\.${process.pid}\\.\\d+\\.\\d+\\.outreach-lint\\.tmp$`)
  for (const folder of new Set(folders)) {
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      continue
    }
    for (const name of names) if (ours.test(name)) removeTemp(join(folder, name))
  }
}

/** Write all of `content`: a write to a pipe may take only part of it. */
function writeAll(fd: number, content: Uint8Array | string): void {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  let at = 0
  while (at < data.length) at += writeSync(fd, data, at, data.length - at)
}

/** A file --fix leaves as it is, and why (one line on stderr; not an input error). */
export class NotWritten extends InputError {}

/**
 * Replace `target` (whose stat is `stat`) with `content` through a temporary file with its owner,
 * group and mode, flushed, then renamed over it. `check` runs last before the rename.
 */
function replace(target: string, stat: Stats, content: Uint8Array | string, check?: () => void): void {
  const temp = tempPath(target)
  let fd: number | undefined
  try {
    fd = openSync(temp, 'wx', 0o600)
    const made = fstatSync(fd)
    if (made.uid !== stat.uid || made.gid !== stat.gid) {
      try {
        fchownSync(fd, stat.uid, stat.gid)
      } catch {
        throw new NotWritten(`owned by another user or group (${stat.uid}:${stat.gid}); not fixed (the fixed file could not keep its owner)`)
      }
    }
    // After the owner: a change of owner clears the set-user-ID and set-group-ID bits.
    fchmodSync(fd, stat.mode & 0o7777)
    writeAll(fd, content)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    check?.()
    renameSync(temp, target)
    live.delete(temp)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    removeTemp(temp)
    if (error instanceof InputError) throw error
    throw new InputError(`cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

/** All of a file through a descriptor, from its start (whatever was written into it since it was opened). */
function readHeld(fd: number): Buffer {
  const chunks: Buffer[] = []
  for (let at = 0; ; ) {
    const chunk = Buffer.alloc(Math.max(65_536, fstatSync(fd).size - at + 1))
    const n = readSync(fd, chunk, 0, chunk.length, at)
    if (n === 0) return Buffer.concat(chunks)
    chunks.push(chunk.subarray(0, n))
    at += n
  }
}

const CHANGED = 'changed on disk while it was being linted; not written (run again)'

/**
 * Replace a draft with its fixed content. A symbolic link is followed: its target is replaced and
 * the link stays. A file with other hard links is left alone (a rename would split them), and so is
 * one whose owner and group the new file cannot keep (only root can give a file away).
 *
 * With `expect` (the bytes that were linted), the draft is held open from before the check to after
 * the rename. Just before the rename it must still be the same file with those bytes; and a write
 * that came into it between that check and the rename is still readable through the descriptor after
 * it: the draft is then put back with that write in it, and the fixes are not applied.
 */
export function writeAtomic(path: string, content: Uint8Array | string, options: {expect?: Uint8Array} = {}): void {
  let target: string
  let stat: Stats
  let held: number | undefined
  try {
    target = realpathSync(path)
    stat = statSync(target)
    if (options.expect) held = openSync(target, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(code === 'ENOENT' ? CHANGED : `cannot write the file (${code ?? (error as Error).message})`)
  }
  try {
    if (stat.nlink > 1) throw new NotWritten(`has ${stat.nlink} hard links; not fixed (replacing it would split them)`)
    const expect = options.expect && Buffer.from(options.expect.buffer, options.expect.byteOffset, options.expect.byteLength)
    const unchanged = (): boolean => held === undefined || !expect || readHeld(held).equals(expect)
    replace(target, stat, content, () => {
      let now: Stats | undefined
      try {
        now = statSync(target)
      } catch {
        // gone
      }
      const was = held === undefined ? undefined : fstatSync(held)
      const same = was === undefined || (now !== undefined && now.ino === was.ino && now.dev === was.dev)
      if (!same || !unchanged()) throw new InputError(CHANGED)
    })
    if (!unchanged()) {
      replace(target, stat, readHeld(held!))
      throw new InputError('changed on disk while it was being fixed; the change is kept and the fixes are not (run again)')
    }
  } finally {
    if (held !== undefined) closeSync(held)
  }
}

/**
 * Where a report given with -o goes. Only a regular file (or a path where nothing is yet) is replaced
 * by a temporary file and a rename; a symbolic link is followed, so the link stays and its target is
 * replaced; anything else (/dev/null, a device, a FIFO) is opened and written directly, as a shell's
 * `>` would: renaming over it would put a regular file where the device was (as root, in a CI
 * container, that breaks /dev/null for every later step).
 */
function reportTarget(path: string): {target: string; direct: boolean} {
  let target = path
  let stat: Stats | undefined
  try {
    stat = lstatSync(path)
    if (stat.isSymbolicLink()) {
      target = realpathSync(path)
      stat = statSync(target)
    }
  } catch (error) {
    // Nothing there yet, or a link to nothing: writing through the link creates its target.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return {target, direct: stat?.isSymbolicLink() === true}
  }
  if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), {code: 'EISDIR'})
  return {target, direct: !stat.isFile()}
}

/** A writer for a report file: streamed to a temporary file, renamed into place when complete. */
export class AtomicOutput {
  private fd: number
  private temp?: string
  private target: string
  /** `name`: the path as the user gave it, for messages. */
  constructor(path: string, name = path) {
    try {
      const {target, direct} = reportTarget(path)
      this.target = target
      if (direct) this.fd = openSync(target, 'w')
      else {
        this.temp = tempPath(target)
        this.fd = openSync(this.temp, 'wx', 0o644)
      }
    } catch (error) {
      const e = error as NodeJS.ErrnoException
      throw new InputError(`-o ${name}: ${e.code === 'EISDIR' ? 'is a folder' : `cannot write (${e.code ?? e.message})`}`)
    }
  }
  write(s: string): void {
    if (s) writeAll(this.fd, s)
  }
  close(): void {
    if (this.temp === undefined) {
      closeSync(this.fd)
      return
    }
    fsyncSync(this.fd)
    closeSync(this.fd)
    renameSync(this.temp, this.target)
    live.delete(this.temp)
  }
  abort(): void {
    try {
      closeSync(this.fd)
    } catch {
      // already closed
    }
    if (this.temp !== undefined) removeTemp(this.temp)
  }
}
