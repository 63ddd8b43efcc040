/**
 * Writing a file safely: the new content goes to a temporary file in the same folder (same file
 * system), with the original's mode, flushed, then renamed over the original. A rename is atomic, so a
 * reader or a crash sees the old file or the new one, never a mix. Before the rename the original is
 * read again: if it changed since it was linted, nothing is written.
 */
import {closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, chmodSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {InputError} from './read.js'

let counter = 0

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.outreach-lint.tmp`)
}

export function writeAtomic(path: string, content: Uint8Array | string, options: {mode?: number; expect?: Uint8Array} = {}): void {
  const temp = tempPath(path)
  let fd: number | undefined
  try {
    fd = openSync(temp, 'wx', options.mode !== undefined ? options.mode & 0o7777 : 0o644)
    if (options.mode !== undefined) chmodSync(temp, options.mode & 0o7777)
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    let at = 0
    while (at < data.length) at += writeSync(fd, data, at, data.length - at)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    if (options.expect) {
      let now: Uint8Array | undefined
      try {
        now = readFileSync(path)
      } catch {
        now = undefined
      }
      if (!now || Buffer.compare(Buffer.from(now), Buffer.from(options.expect)) !== 0) {
        throw new InputError('changed on disk while it was being linted; not written (run again)')
      }
    }
    renameSync(temp, path)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    try {
      unlinkSync(temp)
    } catch {
      // already gone
    }
    if (error instanceof InputError) throw error
    throw new InputError(`cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

/** A writer for a report file: streamed to a temporary file, renamed into place when complete. */
export class AtomicOutput {
  private fd: number
  private temp: string
  constructor(private path: string) {
    this.temp = tempPath(path)
    try {
      this.fd = openSync(this.temp, 'wx', 0o644)
    } catch (error) {
      throw new InputError(`-o ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  }
  write(s: string): void {
    if (s) writeSync(this.fd, s)
  }
  close(): void {
    fsyncSync(this.fd)
    closeSync(this.fd)
    renameSync(this.temp, this.path)
  }
  abort(): void {
    try {
      closeSync(this.fd)
      unlinkSync(this.temp)
    } catch {
      // nothing to clean
    }
  }
}
