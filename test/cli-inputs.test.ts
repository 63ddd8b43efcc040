/**
 * The command line, end to end: spawns the built binary (npm test builds first) on fixtures/cli and on
 * temporary copies, and checks outputs, exit codes, fixes, config discovery and bad inputs.
 */
import {cpSync, symlinkSync, writeFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cli, exact, removeTemps, root, temp} from './cli-harness.js'

afterAll(removeTemps)

describe('inputs', () => {
  it('reads standard input with --stdin-filename (format by extension, config by folder)', () => {
    const r = cli(['--stdin-filename', 'x.md', '-'], {input: '---\nsubject: "Re: x"\n---\nI hope this email finds you well.\n'})
    expect(r.stdout).toContain('x.md  score')
    expect(r.stdout).toContain('  2:11  error  Fake reply prefix')
    expect(r.stdout).toContain('  4:1   error  Stock opener')
  })

  it('finds the nearest config walking up from each file; --rule wins', () => {
    const nested = join(root, 'fixtures', 'cli', 'nested')
    const r = cli(['-f', 'json', '.'], {cwd: nested})
    const [entry] = JSON.parse(r.stdout)
    const ids = entry.messages.map((m: {ruleId: string}) => m.ruleId)
    expect(ids).toContain('competitor-name')
    expect(ids).not.toContain('company-boast')
    const off = cli(['-f', 'json', '--rule', 'competitor-name=off', '.'], {cwd: nested})
    expect(JSON.parse(off.stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).not.toContain('competitor-name')
  })

  it('an invalid config names the file and the field; exit 2', () => {
    const dir = temp()
    writeFileSync(join(dir, '.outreachlintrc.json'), JSON.stringify({channel: 'fax'}))
    writeFileSync(join(dir, 'a.txt'), 'Hi Kim, saw your post.\n')
    const r = cli(['a.txt'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr.split('\n')[0]).toMatch(/^outreach-lint: \.outreachlintrc\.json: channel: /)
    writeFileSync(join(dir, '.outreachlintrc.json'), JSON.stringify({rules: {'not-a-rule': 'off'}}))
    expect(cli(['a.txt'], {cwd: dir}).stderr).toContain('.outreachlintrc.json: rules.not-a-rule: unknown rule')
  })

  it('package.json "outreachLint" key, .outreachlintignore, and files of unknown type skipped in folders', () => {
    const dir = temp()
    writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'x', outreachLint: {rules: {'generic-opener': 'off'}}}))
    mkdirSync(join(dir, 'drafts'))
    mkdirSync(join(dir, 'archive'))
    writeFileSync(join(dir, 'drafts', 'a.txt'), 'Hi Kim, I hope this email finds you well. Saw your post on dock scheduling. How is it going?\n')
    writeFileSync(join(dir, 'archive', 'old.txt'), 'I hope this email finds you well.\n')
    writeFileSync(join(dir, 'drafts', 'notes.docx'), 'not a draft')
    writeFileSync(join(dir, '.outreachlintignore'), 'archive/\n')
    const r = cli(['-f', 'json', '.'], {cwd: dir})
    const data = JSON.parse(r.stdout)
    expect(data.map((d: {filePath: string}) => d.filePath)).toEqual(['drafts/a.txt'])
    expect(data[0].messages.map((m: {ruleId: string}) => m.ruleId)).not.toContain('generic-opener')
    expect(JSON.parse(cli(['-f', 'json', '--no-ignore', '.'], {cwd: dir}).stdout)).toHaveLength(2)
  })

  it('globs', () => {
    const r = cli(['-f', 'json', '*.txt'])
    expect(JSON.parse(r.stdout).map((d: {filePath: string}) => d.filePath)).toEqual(['a.txt', 'e.txt'])
  })

  it('bad inputs: one line each naming the file, exit 2, the good file still linted', () => {
    const dir = temp()
    writeFileSync(join(dir, 'good.txt'), 'Hi Kim, saw your post on dock scheduling. How is it going?\n')
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]))
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Hi Kim, caf\xe9 time?\n', 'latin1'))
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('I hope this email finds you well.\n', 'utf16le')]))
    writeFileSync(join(dir, 'empty.md'), '')
    writeFileSync(join(dir, 'none.csv'), 'id,subject,body\n')
    writeFileSync(join(dir, 'broken.json'), '[{"id": "a", "body": "x"},]')
    writeFileSync(join(dir, 'front.md'), '---\nchannel: [oops\n---\nHi.\n')
    writeFileSync(join(dir, 'rows.jsonl'), '{"id": "ok", "body": "Saw your post. How is it going?"}\n{"id": oops}\n')
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'))
    mkdirSync(join(dir, 'loop'))
    symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'again'))
    const r = cli(['-f', 'json', '--config', join(exact, '.outreachlintrc.yaml'), '.'], {cwd: dir})
    expect(r.status).toBe(2)
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines).toEqual([
      'outreach-lint: binary.txt: binary file (contains NUL bytes), not linted',
      expect.stringMatching(/^outreach-lint: broken\.json: invalid JSON/),
      'outreach-lint: dangling.txt: broken symbolic link',
      'outreach-lint: empty.md: empty file, nothing to lint',
      expect.stringMatching(/^outreach-lint: front\.md: front matter line 2: /),
      'outreach-lint: latin1.txt: unknown encoding: byte 0xe9 at line 1 is not UTF-8 (save the file as UTF-8, or UTF-16 with a BOM)',
      'outreach-lint: loop/again: symbolic link loop (a link to a folder that contains it), not followed',
      'outreach-lint: none.csv: no records',
      expect.stringMatching(/^outreach-lint: rows\.jsonl: line 2: invalid JSON: /)
    ])
    const data = JSON.parse(r.stdout) as Array<{filePath: string; id?: string; error?: string; messages?: Array<{ruleId: string}>}>
    expect(data.find((d) => d.filePath === 'good.txt')!.messages).toEqual([])
    expect(data.find((d) => d.filePath === 'rows.jsonl' && d.id === 'ok')!.messages).toEqual([])
    expect(data.find((d) => d.filePath === 'utf16.txt')!.messages!.map((m) => m.ruleId)).toEqual(['stock-opener'])
  })
})

describe('inline disables', () => {
  it('disable-next-line in Markdown, disable/enable in HTML', () => {
    const dir = temp()
    cpSync(exact, dir, {recursive: true})
    writeFileSync(join(dir, 'x.html'), '<!-- outreach-lint-disable stock-opener -->\n<p>I hope this email finds you well.</p>\n<!-- outreach-lint-enable -->\n<p>I hope this email finds you well.</p>\n')
    const data = JSON.parse(cli(['-f', 'json', 'b.md', 'x.html'], {cwd: dir}).stdout)
    expect(data[0].messages.map((m: {line: number}) => m.line)).toEqual([2, 6, 6])
    expect(data[1].messages.map((m: {line: number}) => m.line)).toEqual([4])
  })
})

