/** File formats -> Documents: prose views keep positions in the file; collections report per record. */
import {describe, expect, it} from 'vitest'
import {readCsv, readJson, readJsonLines} from '../src/sources/collection.js'
import {readHtml} from '../src/sources/html.js'
import {readMarkdown} from '../src/sources/markdown.js'
import {toFile, isContiguous} from '../src/sources/position.js'
import {readText} from '../src/sources/text.js'
import {isDisabled} from '../src/sources/directives.js'

describe('sources', () => {
  it('.txt: a first line "Subject:" is the subject, mapped into the file', () => {
    const {documents: [doc]} = readText('Subject: Re: hi\n\nHello Kim.\n')
    expect(doc.input).toEqual({text: 'Hello Kim.\n', subject: 'Re: hi'})
    expect(toFile(doc.subject!, 0, 3)).toEqual([9, 12])
    expect(toFile(doc.body!, 0, 5)).toEqual([17, 22])
  })

  it('.md: the prose view blanks markup and front matter, same offsets as the file', () => {
    const text = '---\nchannel: sms\nsubject: Hello there\n---\n# Hi **Kim**\n\nSee `code` and [the post](https://x.io/p).\n\n- one\n- two\n'
    const {documents: [doc]} = readMarkdown(text)
    expect(doc.input.channel).toBe('sms')
    expect(doc.input.subject).toBe('Hello there')
    const body = doc.body!.base
    expect(body + doc.input.text.length).toBe(text.length)
    expect(doc.input.text).toContain('  Hi   Kim  ')
    expect(doc.input.text).toContain('See        and  the post  https://x.io/p ')
    expect(doc.input.text).toContain('- one\n- two')
    const at = doc.input.text.indexOf('the post')
    expect(text.slice(body + at, body + at + 8)).toBe('the post')
    expect(toFile(doc.subject!, 0, 5)).toEqual([text.indexOf('Hello'), text.indexOf('Hello') + 5])
  })

  it('.md: a footnote (GitHub\'s "[^1]" and "[^1]: text") is markup, like a link definition: blanked, so no fix reaches into it', () => {
    const text = 'Saw your Leeds opening.[^1] Worth a look?\n\n[^1]: I hope this email finds you well.\n    Still the note.\n'
    const {documents: [doc]} = readMarkdown(text)
    expect(doc.input.text).toBe('Saw your Leeds opening.     Worth a look?\n\n' + ' '.repeat(39) + '\n' + ' '.repeat(19) + '\n')
    // "[^2]" with no definition is no footnote: text, as GitHub shows it.
    expect(readMarkdown('See [^2] here.\n').documents[0].input.text).toBe('See [^2] here.\n')
  })

  it('.md: bad front matter names the line', () => {
    expect(() => readMarkdown('---\nchannel: fax\n---\nHi.\n')).toThrow('front matter line 2: channel: unknown channel "fax"')
  })

  it('.html: entities and hidden preheaders, positions honest', () => {
    const html = '<div style="display:none">hidden text</div><p>We&rsquo;re   here.</p><script>x()</script><p>Next</p>'
    const {documents: [doc]} = readHtml(html)
    expect(doc.input.text).toBe('We’re here.\n\nNext')
    const [s, e] = toFile(doc.body!, 2, 3)
    expect(html.slice(s, e)).toBe('&rsquo;')
    expect(isContiguous(doc.body!, 0, 11)).toBe(true)
    expect(isContiguous(doc.body!, 0, 15)).toBe(false)
  })

  it('collections: ids, field names, errors per record, no records', () => {
    const csv = readCsv('key,copy,channel\nw-1,"Hi, Kim",email\nw-2,Hello,fax\n', {id: 'key', body: 'copy'})
    expect(csv.documents.map((d) => [d.id, d.input.text])).toEqual([['w-1', 'Hi, Kim']])
    expect(csv.errors).toEqual(['record 2 (line 3) (id w-2): channel: unknown channel "fax"'])
    expect(readJson('[{"id": 1, "text": "Hi"}]').documents[0]).toMatchObject({id: '1', input: {text: 'Hi'}})
    expect(readJsonLines('{"id": "a", "body": "x"}\nnot json\n').errors[0]).toMatch(/^line 2: invalid JSON/)
    expect(() => readCsv('id,body\n')).toThrow('no records')
  })

  it('CSV: a column named twice is an error; a short row is one error and the other records are linted', () => {
    expect(() => readCsv('id,body,body\n1,Hi,there\n')).toThrow('the header names the column "body" twice')
    const csv = readCsv('id,body\n1,Hi Sam\n2\n3,Hi Jo\n')
    expect(csv.documents.map((d) => d.input.text)).toEqual(['Hi Sam', 'Hi Jo'])
    expect(csv.errors).toEqual(['line 3: 1 field where the header has 2; this record was not linted'])
  })

  it('inline directives', () => {
    const d = [
      {kind: 'disable' as const, rules: ['a'], offset: 0, end: 10},
      {kind: 'enable' as const, rules: [], offset: 50, end: 60},
      {kind: 'disable-next-line' as const, rules: [], offset: 70, end: 80}
    ]
    const lineOf = (o: number) => Math.floor(o / 20) + 1
    expect(isDisabled(d, 'a', 20, 2, lineOf)).toBe(true)
    expect(isDisabled(d, 'b', 20, 2, lineOf)).toBe(false)
    expect(isDisabled(d, 'a', 55, 3, lineOf)).toBe(false)
    expect(isDisabled(d, 'b', 105, 6, lineOf)).toBe(true)
  })
})
