/**
 * JSONL and CSV exports read as streams (src/cli/stream.ts): the same records and problems as the
 * whole-file readers, in the same order, the same CLI output, and memory that does not grow with the
 * export's size.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {streamCollection} from '../src/cli/stream.js'
import {JsonLines, readCsv, readJsonLines, type CollectionRecord} from '../src/sources/collection.js'
import type {SourceResult} from '../src/sources/types.js'
import {cli, removeTemps, root, temp} from './cli-harness.js'

afterAll(removeTemps)

const BODIES = [
  'Hi Sam,\n\nSaw your post on pipeline hygiene at Acme. Would a two-line summary of how Beta cut no-shows be useful?',
  'Just checking in! Did you get a chance to look at my last email?',
  'Hi Kim, congrats on the Series B 🎉 - is onboarding the bottleneck now? ünïcödé',
  'We are a leading provider of sales tools. Can we book 30 minutes?'
]

function jsonl(count: number, eol = '\n'): string {
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {id: `r${i}`, subject: `Note ${i % 7}`, body: BODIES[i % BODIES.length]}
    if (i % 3 === 0) row.channel = ['email', 'sms', 'followup'][(i % 9) / 3]
    if (i % 5 === 0) row.recipient = {name: 'Sam', company: 'Acme', facts: ['raised a Series B']}
    lines.push(JSON.stringify(row))
  }
  return lines.join(eol) + eol
}

function csv(count: number): string {
  const rows = ['id,subject,body,channel,recipient_name']
  for (let i = 0; i < count; i++) rows.push(`t${i},Note ${i % 5},"${BODIES[i % BODIES.length].replace(/"/g, '""')}",${i % 2 ? 'email' : ''},${i % 4 ? '' : 'Jo'}`)
  return rows.join('\n') + '\n'
}

/** The stream's records as a whole-file reader's result: documents, and problems, each in order. */
async function streamed(path: string, format: 'jsonl' | 'csv', fields = {}): Promise<(SourceResult & {cr: boolean}) | undefined> {
  const collection = await streamCollection(path, format, fields)
  if (!collection) return undefined
  const out = {documents: [], errors: [], cr: collection.cr} as SourceResult & {cr: boolean}
  for await (const r of collection.records) {
    if (typeof r === 'string') out.errors.push(r)
    else out.documents.push(r)
  }
  return out
}

function file(name: string, content: string | Buffer): string {
  const path = join(temp(), name)
  writeFileSync(path, content)
  return path
}

describe('streamed collections', () => {
  it('give the records and problems of the whole-file readers, across many chunks', async () => {
    const bad = jsonl(3000).split('\n')
    bad.splice(2900, 0, '{"id": "x", "body": "cut', '[1, 2]', '', '{"id": "c", "body": "Hi", "channel": "fax"}')
    const text = bad.join('\r\n')
    const got = await streamed(file('a.jsonl', text), 'jsonl')
    expect(got).toEqual({...readJsonLines(text), cr: false})
    expect(got!.documents.length).toBe(3000)
    const table = csv(3000).replace('t2500,', 't2500,short\nt2500b,')
    const fromCsv = await streamed(file('a.csv', table), 'csv', {id: 'id'})
    expect(fromCsv).toEqual({...readCsv(table, {id: 'id'}), cr: false})
  })

  it('a bad record after many good ones still names its line', async () => {
    const good = jsonl(5000)
    const got = await streamed(file('late.jsonl', good + 'not json\n' + '{"id": "y"}\n'), 'jsonl')
    expect(got!.documents.length).toBe(5000)
    expect(got!.errors).toEqual([
      "line 5001: invalid JSON: Unexpected token 'o'",
      'record 5002 (line 5002) (id y): no "body" or "text" field'
    ])
    // Every fourth body has two line breaks in it: 7,501 lines before the short row.
    const table = csv(5000) + 't-short,only two\n'
    const rows = await streamed(file('late.csv', table), 'csv')
    expect(rows!.documents.length).toBe(5000)
    expect(rows!.errors).toEqual(['line 7502: 2 fields where the header has 5; this record was not linted'])
    expect(rows!.errors).toEqual(readCsv(table).errors)
  })

  it('cut anywhere, a JSON Lines text splits into the lines text.split would give', () => {
    const text = '{"id":1,"body":"a"}\r\n\n  \n{"id":2,"body":"b\\r"}\r\r\n{"id":3,"body":"é🎉"}\rnope\n{"id":4,"body":"last"}'
    const whole = readJsonLines(text)
    const flat = (records: CollectionRecord[]): SourceResult => ({
      documents: records.filter((r) => typeof r !== 'string'),
      errors: records.filter((r): r is string => typeof r === 'string')
    })
    for (let cut = 0; cut <= text.length; cut++) {
      for (const step of [1, 3, 7]) {
        const lines = new JsonLines()
        const records = [...lines.chunk(text.slice(0, cut))]
        for (let at = cut; at < text.length; at += step) records.push(...lines.chunk(text.slice(at, at + step)))
        records.push(...lines.chunk('', true))
        expect(flat(records)).toEqual(whole)
      }
    }
  })

  it('find a CR alone anywhere in the file, the multi-byte characters and BOMs as the whole read decodes them', async () => {
    const long = jsonl(2000)
    expect((await streamed(file('cr.jsonl', long + '{"id": "cr", "body": "one\\rtwo"}\r \n'), 'jsonl'))!.cr).toBe(true)
    expect((await streamed(file('crlf.jsonl', jsonl(2000, '\r\n')), 'jsonl'))!.cr).toBe(false)
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(long, 'utf16le')])
    expect((await streamed(file('u16.jsonl', utf16), 'jsonl'))!.documents).toEqual(readJsonLines(long).documents)
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(50))])
    expect((await streamed(file('bom.csv', bom), 'csv'))!.documents).toEqual(readCsv(csv(50)).documents)
  })

  it('leave to the whole-file read what stops the whole file, however late it comes', async () => {
    const late = Buffer.concat([Buffer.from(jsonl(3000)), Buffer.from('{"id": "q", "body": "'), Buffer.from([0xff]), Buffer.from('"}\n')])
    expect(await streamCollection(file('bytes.jsonl', late), 'jsonl')).toBeUndefined()
    expect(await streamCollection(file('quote.csv', csv(3000) + 't-q,"an open quote\n'), 'csv')).toBeUndefined()
    expect(await streamCollection(file('twice.csv', 'id,body,body\n1,Hi,there\n'), 'csv')).toBeUndefined()
    expect(await streamCollection(file('blank.jsonl', ' \n\n'), 'jsonl')).toBeUndefined()
    expect(await streamCollection(file('nul.jsonl', '{"id": "a", "body": "x\u0000"}\n'), 'jsonl')).toBeUndefined()
    expect(await streamCollection(join(temp(), 'absent.jsonl'), 'jsonl')).toBeUndefined()
    await expect(streamed(file('header.csv', 'id,body\n'), 'csv')).rejects.toThrow('no records')
  })

  it('the CLI reports a streamed export exactly as the same export read whole from standard input', () => {
    const dir = temp()
    const text = jsonl(200).replace('{"id":"r150"', 'not json\n{"id":"r150"') + '{"id": "z", "body": "Hi", "step": 0}\n'
    writeFileSync(join(dir, 'export.jsonl'), text)
    writeFileSync(join(dir, 'export.csv'), csv(150) + 'short\n')
    for (const name of ['export.jsonl', 'export.csv']) {
      for (const format of ['json', 'stylish', 'sarif']) {
        const fromFile = cli(['--no-color', '-f', format, name], {cwd: dir})
        const whole = cli(['--no-color', '-f', format, '-', '--stdin-filename', name], {cwd: dir, input: readFileSync(join(dir, name))})
        expect(fromFile.stderr).toBe(whole.stderr)
        expect(fromFile.status).toBe(2)
        expect(fromFile.stdout).toBe(whole.stdout)
      }
    }
  }, 300_000)

  it('with worker threads, a large export is linted in the main thread and reported the same', () => {
    const dir = temp()
    const rows: string[] = []
    // Long bodies: over 1 MB in a few hundred records.
    for (let i = 0; i < 500; i++) rows.push(JSON.stringify({id: `l${i}`, body: `${BODIES[i % BODIES.length]}\n\n${'Saw your post on hiring for the revenue team. '.repeat(50)}`}))
    writeFileSync(join(dir, 'big.jsonl'), rows.join('\n') + '\n')
    expect(statSync(join(dir, 'big.jsonl')).size).toBeGreaterThan(1 << 20)
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `d${i}.txt`), BODIES[i % BODIES.length])
    const report = (threads: string): {status: number | null; json: string} => {
      const out = join(temp(), 'report.json')
      const run = cli(['--no-color', '-f', 'json', '--threads', threads, '-o', out, '.'], {cwd: dir})
      return {status: run.status, json: readFileSync(out, 'utf8')}
    }
    const one = report('0')
    const two = report('2')
    expect(JSON.parse(one.json)).toHaveLength(506)
    expect(two.json).toBe(one.json)
    expect(two.status).toBe(one.status)
  }, 300_000)
})

describe('memory', () => {
  it('reading a streamed export takes the same heap at 200,000 records as at 20,000', () => {
    // A process of its own, with the collector callable: the heap after a collection every 10,000
    // records, at its highest. Read whole, 180,000 more records of about 330 bytes would be tens of MB.
    const script = `
      import {writeFileSync} from 'node:fs'
      import {streamCollection} from ${JSON.stringify(join(root, 'dist', 'cli', 'stream.js'))}
      const [path, count] = [process.argv.at(-2), Number(process.argv.at(-1))]
      const body = ${JSON.stringify(BODIES.join(' '))}
      const lines = []
      for (let i = 0; i < count; i++) lines.push(JSON.stringify({id: 'r' + i, subject: 'Note', body}))
      writeFileSync(path, lines.join('\\n') + '\\n')
      lines.length = 0
      globalThis.gc()
      const collection = await streamCollection(path, 'jsonl')
      let n = 0
      let peak = 0
      for await (const r of collection.records) {
        if (typeof r === 'string') throw new Error(r)
        if (++n % 10000 === 0) {
          globalThis.gc()
          peak = Math.max(peak, process.memoryUsage().heapUsed)
        }
      }
      process.stdout.write(JSON.stringify({n, peak}))
    `
    const heap = (count: number): {n: number; peak: number} => {
      const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script, join(temp(), 'export.jsonl'), String(count)], {encoding: 'utf8', timeout: 120_000})
      expect(run.stderr).toBe('')
      return JSON.parse(run.stdout) as {n: number; peak: number}
    }
    const small = heap(20_000)
    const large = heap(200_000)
    expect([small.n, large.n]).toEqual([20_000, 200_000])
    expect(large.peak - small.peak).toBeLessThan(8 * 1024 * 1024)
  })
})
