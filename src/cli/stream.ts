/**
 * JSONL and CSV exports read as streams: decoded and parsed record by record, so that the memory a
 * run takes does not grow with the size of one export. Two passes over the file: the first checks
 * what would stop the whole file before any record is reported (its encoding, a file with no text, a
 * CSV that cannot be parsed) and finds what the linting needs to know of the whole file (line ends of
 * a CR alone); the second yields the records. A file that fails the first pass is read whole instead,
 * which says its problem exactly as before. A JSON array is always read whole (see docs/report.md).
 */
import {createReadStream, statSync} from 'node:fs'
import {Readable} from 'node:stream'
import {TextDecoder} from 'node:util'
import {parse as parseCsv, type Options as CsvOptions} from 'csv-parse'
import {csvOptions, csvRecord, JsonLines, type CollectionRecord} from '../sources/collection.js'
import {SourceError, type FieldNames} from '../sources/index.js'

/** Bytes read at a time, and the first bytes looked at before decoding (the BOM, NUL bytes of a binary file). */
const CHUNK = 1 << 16
const HEAD = 8003

/** The file cannot be streamed as it is: read it whole, which names the problem. */
class ReadWhole extends Error {}

/**
 * The decoder a file's first bytes call for, and how many of them are a BOM; the same choices as
 * read.ts's `decode`, with every refusal left to it.
 */
function decoderFor(head: Uint8Array): {decoder: TextDecoder; skip: number} {
  if ((head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) || (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff)) throw new ReadWhole()
  if (head[0] === 0xff && head[1] === 0xfe) return {decoder: new TextDecoder('utf-16le', {fatal: true}), skip: 2}
  if (head[0] === 0xfe && head[1] === 0xff) return {decoder: new TextDecoder('utf-16be', {fatal: true}), skip: 2}
  const skip = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  if (head.subarray(skip, skip + 8000).includes(0)) throw new ReadWhole()
  return {decoder: new TextDecoder('utf-8', {fatal: true}), skip}
}

/** The file's text in pieces, decoded as it is read; throws ReadWhole where `decode` would refuse it. */
async function* decoded(path: string): AsyncGenerator<string> {
  let head: Buffer[] = []
  let headLength = 0
  let decoder: TextDecoder | undefined
  const start = (bytes: Buffer): string => {
    const chosen = decoderFor(bytes)
    decoder = chosen.decoder
    return decoder.decode(bytes.subarray(chosen.skip), {stream: true})
  }
  try {
    for await (const chunk of createReadStream(path, {highWaterMark: CHUNK}) as AsyncIterable<Buffer>) {
      if (decoder) {
        yield decoder.decode(chunk, {stream: true})
        continue
      }
      head.push(chunk)
      headLength += chunk.length
      if (headLength < HEAD) continue
      const first = Buffer.concat(head)
      head = []
      yield start(first)
    }
    if (!decoder) yield start(Buffer.concat(head))
    yield decoder!.decode()
  } catch (error) {
    if (error instanceof ReadWhole) throw error
    // Not UTF-8 (or UTF-16) after all, or the file could not be read: as a whole file, that is said exactly.
    throw new ReadWhole()
  }
}

/** The rows of a CSV text coming in pieces, through csv-parse's stream; an error of the text or of the parse ends it. */
async function* csvRows(text: AsyncIterable<string>, options: CsvOptions): AsyncGenerator<unknown> {
  let failure: unknown
  const guarded = async function* (): AsyncGenerator<string> {
    try {
      yield* text
    } catch (error) {
      failure = error
    }
  }
  for await (const row of Readable.from(guarded()).pipe(parseCsv(options))) {
    if (failure !== undefined) break
    yield row
  }
  if (failure !== undefined) throw failure
}

async function* csvRecords(text: AsyncIterable<string>, fields: FieldNames): AsyncGenerator<CollectionRecord> {
  let width = 0
  let index = 0
  for await (const row of csvRows(text, csvOptions((names) => (width = names.length)))) {
    yield csvRecord(row as {record: Record<string, unknown>; info: {lines: number}}, index++, width, fields)
  }
}

async function* jsonLineRecords(text: AsyncIterable<string>, fields: FieldNames): AsyncGenerator<CollectionRecord> {
  const lines = new JsonLines(fields)
  for await (const piece of text) yield* lines.chunk(piece)
  yield* lines.chunk('', true)
}

/** What the first pass finds: whether any line ends in a CR alone (the linter reads those as LF, file-wide). */
interface Checked {
  cr: boolean
}

/** The first pass: undefined when the file is to be read whole. */
async function check(path: string, format: 'jsonl' | 'csv'): Promise<Checked | undefined> {
  let text = false
  let cr = false
  let endsInCr = false
  async function* watched(): AsyncGenerator<string> {
    for await (const piece of decoded(path)) {
      if (piece === '') continue
      if (!text && piece.trim() !== '') text = true
      if (!cr) cr = (endsInCr && piece[0] !== '\n') || /\r(?!\n)/.test(piece.endsWith('\r') ? piece.slice(0, -1) : piece)
      endsInCr = piece.endsWith('\r')
      yield piece
    }
  }
  try {
    // Parsed to find what would stop it, kept nowhere; without csv-parse's `info`, which takes half the time.
    if (format === 'csv') for await (const _ of csvRows(watched(), {...csvOptions(() => undefined), info: false})) void _
    else for await (const _ of watched()) void _
  } catch {
    return undefined
  }
  if (endsInCr) cr = true
  // A file with no text says so as a whole file.
  return text ? {cr} : undefined
}

export interface StreamedCollection extends Checked {
  records: AsyncIterable<CollectionRecord>
}

/**
 * A JSONL or CSV export as a stream of records, once the first pass has found nothing that stops the
 * whole file; undefined: read it whole. Like the whole-file readers, a file with no record at all
 * ends with SourceError('no records').
 */
export async function streamCollection(path: string, format: 'jsonl' | 'csv', fields: FieldNames = {}): Promise<StreamedCollection | undefined> {
  try {
    // A FIFO or a device would never end (or block): the whole-file reader refuses them.
    if (!statSync(path).isFile()) return undefined
  } catch {
    return undefined
  }
  const checked = await check(path, format)
  if (!checked) return undefined
  async function* records(): AsyncGenerator<CollectionRecord> {
    const text = (async function* (): AsyncGenerator<string> {
      try {
        yield* decoded(path)
      } catch {
        throw new SourceError('the file changed while it was read; lint it again')
      }
    })()
    let any = false
    for await (const r of format === 'csv' ? csvRecords(text, fields) : jsonLineRecords(text, fields)) {
      any = true
      yield r
    }
    if (!any) throw new SourceError('no records')
  }
  return {...checked, records: records()}
}
