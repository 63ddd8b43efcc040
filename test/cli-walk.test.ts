/**
 * Which files a run reads, end to end on the built binary: a glob reads what a folder walk would.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cli, removeTemps, temp} from './cli-harness.js'

afterAll(removeTemps)

const DRAFT = 'Subject: Re: routes\n\nHi Kim,\n\nI hope this email finds you well. Saw your Leeds opening.\n'

describe('which files a run reads', () => {
  it('a glob obeys the extension filter of a folder walk: --fix "g/*" never rewrites notes.yaml, a glob never lints a .png or package.json', () => {
    const dir = temp()
    mkdirSync(join(dir, 'g'))
    writeFileSync(join(dir, 'g', 'a.txt'), DRAFT)
    const notes = 'todo: I hope this email finds you well\n'
    writeFileSync(join(dir, 'g', 'notes.yaml'), notes)
    writeFileSync(join(dir, 'g', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const pkg = JSON.stringify({name: 'x', description: 'I hope this email finds you well'})
    writeFileSync(join(dir, 'g', 'package.json'), pkg)
    const lint = cli(['-f', 'json', 'g/*'], {cwd: dir})
    expect(lint.stderr).toBe('')
    expect(JSON.parse(lint.stdout).map((d: {filePath: string}) => d.filePath)).toEqual(['g/a.txt'])
    const fix = cli(['--fix', '-q', 'g/*'], {cwd: dir})
    expect(fix.status).toBe(0)
    expect(readFileSync(join(dir, 'g', 'a.txt'), 'utf8')).toBe('Subject: routes\n\nHi Kim,\n\nSaw your Leeds opening.\n')
    expect(readFileSync(join(dir, 'g', 'notes.yaml'), 'utf8')).toBe(notes)
    expect(readFileSync(join(dir, 'g', 'package.json'), 'utf8')).toBe(pkg)
    const none = cli(['g/*.png', 'g/*.yaml'], {cwd: dir})
    expect(none.status).toBe(2)
    expect(none.stderr).toBe('outreach-lint: g/*.png: no drafts match this pattern (one file of other types)\noutreach-lint: g/*.yaml: no drafts match this pattern (one file of other types)\n')
  })
})
