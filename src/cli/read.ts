/** Reading a draft's bytes: encodings (UTF-8 with or without BOM, UTF-16 with BOM), binary files, clear errors. */
import {lstatSync, readFileSync, statSync} from 'node:fs'

export type Encoding = 'utf8' | 'utf16le' | 'utf16be'

export interface FileContent {
  bytes: Uint8Array
  text: string
  encoding: Encoding
  bom: boolean
  mode: number
}

/** An input problem with one file: reported as one line, the run goes on with the other files. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++
  return line
}

/** The offset of the first byte that is not valid UTF-8. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]
    let n = 0
    if (c < 0x80) n = 0
    else if (c >= 0xc2 && c <= 0xdf) n = 1
    else if (c >= 0xe0 && c <= 0xef) n = 2
    else if (c >= 0xf0 && c <= 0xf4) n = 3
    else return i
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i
    // The second byte's narrower ranges (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
    const second = b[i + 1]
    if ((c === 0xe0 && second < 0xa0) || (c === 0xed && second > 0x9f) || (c === 0xf0 && second < 0x90) || (c === 0xf4 && second > 0x8f)) return i
    i += n + 1
  }
  return -1
}

/**
 * UTF-16 after its BOM, strictly: a lone surrogate or an odd trailing byte would become U+FFFD, which
 * --fix would then write back outside the fixed text. Named like a UTF-8 error, with its line.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf16le' | 'utf16be'): string {
  const body = bytes.subarray(2)
  const label = encoding === 'utf16le' ? 'utf-16le' : 'utf-16be'
  try {
    return new TextDecoder(label, {fatal: true}).decode(body)
  } catch {
    const unit = (k: number): number => (encoding === 'utf16le' ? body[k] | (body[k + 1] << 8) : (body[k] << 8) | body[k + 1])
    let line = 1
    let k = 0
    for (; k + 1 < body.length; k += 2) {
      const u = unit(k)
      if (u >= 0xd800 && u <= 0xdbff && k + 3 < body.length && unit(k + 2) >= 0xdc00 && unit(k + 2) <= 0xdfff) k += 2
      else if (u >= 0xd800 && u <= 0xdfff) break
      else if (u === 10) line++
    }
    const what = k + 1 < body.length ? `a lone surrogate 0x${unit(k).toString(16)}` : `an odd trailing byte 0x${body[k].toString(16).padStart(2, '0')}`
    throw new InputError(`unknown encoding: ${what} at line ${line} is not UTF-16 (save the file as UTF-8, or UTF-16 with a BOM)`)
  }
}

export function decode(bytes: Uint8Array): Pick<FileContent, 'text' | 'encoding' | 'bom'> {
  // UTF-32 starts like UTF-16 (FF FE 00 00): decoded as UTF-16 it is garbage that would be linted.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new InputError('UTF-32 is not read (save the file as UTF-8, or UTF-16 with a BOM)')
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: decodeUtf16(bytes, 'utf16le'), encoding: 'utf16le', bom: true}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: decodeUtf16(bytes, 'utf16be'), encoding: 'utf16be', bom: true}
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  const probe = body.subarray(0, 8000)
  if (probe.includes(0)) throw new InputError('binary file (contains NUL bytes), not linted')
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(body), encoding: 'utf8', bom}
  } catch {
    const at = firstInvalidUtf8(body)
    const offset = at + (bom ? 3 : 0)
    throw new InputError(
      `unknown encoding: byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at line ${lineAt(bytes, offset)} is not UTF-8 (save the file as UTF-8, or UTF-16 with a BOM)`
    )
  }
}

export function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'utf8') return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')])
  const le = Buffer.from(text, 'utf16le')
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le])
  le.swap16()
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le])
}

function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the file (permission denied)'
    case 'EISDIR':
      return 'is a folder'
    case 'ELOOP':
      return 'symbolic link loop'
    default:
      return `cannot read the file (${error.code ?? error.message})`
  }
}

/** Read and decode one file; `raw` keeps undecodable formats (e-mail) as bytes. */
export function readDraft(path: string, options: {raw?: boolean} = {}): FileContent {
  let mode: number
  try {
    const stat = statSync(path)
    // A FIFO, a device (/dev/zero, /dev/urandom) or a socket would hang or never end: not read.
    if (!stat.isFile()) throw new InputError(stat.isDirectory() ? 'is a folder' : 'not a regular file (a device, FIFO or socket); not read')
    mode = stat.mode
  } catch (error) {
    if (error instanceof InputError) throw error
    const e = error as NodeJS.ErrnoException
    if (e.code === 'ENOENT') {
      let link = false
      try {
        link = lstatSync(path).isSymbolicLink()
      } catch {
        // not there at all
      }
      throw new InputError(link ? 'broken symbolic link' : 'no such file')
    }
    throw new InputError(reason(e))
  }
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new InputError(reason(error as NodeJS.ErrnoException))
  }
  if (options.raw) return {bytes, text: '', encoding: 'utf8', bom: false, mode}
  return {bytes, mode, ...decode(bytes)}
}
