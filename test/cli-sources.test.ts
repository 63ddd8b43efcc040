/**
 * How a file's content is read, end to end on the built binary: what is not what its extension says
 * is one line naming the file and the problem, never "no problems".
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cli, removeTemps, root, temp} from './cli-harness.js'

afterAll(removeTemps)

describe('what a file holds', () => {
  it('an .eml file that is not an e-mail (a line of prose, UTF-16, binary) is an input error, not "no problems"', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a-prose.eml'), 'Just one line of text, no headers at all.\n')
    writeFileSync(join(dir, 'b-utf16.eml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Subject: hi\n\nHello\n', 'utf16le')]))
    writeFileSync(join(dir, 'c-binary.eml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))
    writeFileSync(join(dir, 'd-late.eml'), 'Subject: hi\nFrom: ana@example.com\nthis line is prose in the headers\n\nHello\n')
    writeFileSync(join(dir, 'e-body.eml'), Buffer.concat([Buffer.from('Subject: Leeds\nContent-Type: text/plain; charset=utf-8\n\nSaw your '), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(' opening.\n')]))
    writeFileSync(join(dir, 'f-good.eml'), 'From ana@example.com Mon Jan  1 00:00:00 2024\nSubject: Your Leeds depot\nContent-Type: text/plain; charset=utf-8\n\nHi Kim, saw your Leeds opening.\n')
    const r = cli(['-f', 'json', '.'], {cwd: dir})
    expect(r.status).toBe(2)
    const headers = '("Name: value"); an .eml file starts with its headers, then a blank line, then the body'
    expect(r.stderr).toBe(
      [
        `outreach-lint: a-prose.eml: not an e-mail: line 1 is not a header field ${headers}`,
        `outreach-lint: b-utf16.eml: not an e-mail: line 1 is not a header field ${headers}`,
        `outreach-lint: c-binary.eml: not an e-mail: line 1 is not a header field ${headers}`,
        `outreach-lint: d-late.eml: not an e-mail: line 3 is not a header field ${headers}`,
        'outreach-lint: e-body.eml: cannot read e-mail: the body is not text (it has bytes that its charset does not decode)',
        ''
      ].join('\n')
    )
    const good = JSON.parse(r.stdout).find((d: {filePath: string}) => d.filePath === 'f-good.eml')
    expect(good.error).toBeUndefined()
    expect(good.channel).toBe('email')
  })

  it('invalid UTF-16 (a lone surrogate, an odd trailing byte) is an encoding error like invalid UTF-8, and --fix writes nothing', () => {
    const dir = temp()
    const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const lone = Buffer.concat([utf16('Subject: Re: hi\n\nHi Kim,\nI hope this email finds you well. '), Buffer.from([0x00, 0xd8]), Buffer.from('Saw it.\n', 'utf16le')])
    const odd = Buffer.concat([utf16('Subject: Re: hi\n\nI hope this email finds you well.\n'), Buffer.from([0x41])])
    writeFileSync(join(dir, 'lone.txt'), lone)
    writeFileSync(join(dir, 'odd.txt'), odd)
    const r = cli(['--fix', 'lone.txt', 'odd.txt'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(
      'outreach-lint: lone.txt: unknown encoding: a lone surrogate 0xd800 at line 4 is not UTF-16 (save the file as UTF-8, or UTF-16 with a BOM)\n' +
        'outreach-lint: odd.txt: unknown encoding: an odd trailing byte 0x41 at line 4 is not UTF-16 (save the file as UTF-8, or UTF-16 with a BOM)\n'
    )
    expect(readFileSync(join(dir, 'lone.txt'))).toEqual(lone)
    expect(readFileSync(join(dir, 'odd.txt'))).toEqual(odd)
  })

  it('a draft with CR-only line ends is scored, flagged and fixed like its LF copy, and keeps its CR line ends', () => {
    const dir = temp()
    const lf = readFileSync(join(root, 'fixtures', 'samples', 'cold-email-pitch.txt'), 'utf8').replace(/\r\n?/g, '\n')
    writeFileSync(join(dir, 'lf.txt'), lf)
    writeFileSync(join(dir, 'cr.txt'), lf.replace(/\n/g, '\r'))
    const [cr, asLf] = JSON.parse(cli(['-f', 'json', 'cr.txt', 'lf.txt'], {cwd: dir}).stdout) as Array<{filePath: string; messages: Array<{ruleId: string}>}>
    expect(asLf.messages.length).toBeGreaterThan(0)
    expect({...cr, filePath: 'lf.txt'}).toEqual(asLf)
    cli(['--fix', 'cr.txt', 'lf.txt'], {cwd: dir})
    const fixedLf = readFileSync(join(dir, 'lf.txt'), 'utf8')
    expect(fixedLf).not.toBe(lf)
    expect(readFileSync(join(dir, 'cr.txt'), 'utf8')).toBe(fixedLf.replace(/\n/g, '\r'))
  })
})
