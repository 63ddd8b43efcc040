/**
 * Which files a run reads, end to end on the built binary: a glob reads what a folder walk would, and
 * neither reads a config or a rule pack as a draft.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {createRequire} from 'node:module'
import {afterAll, describe, expect, it} from 'vitest'
import {cli, exact, removeTemps, temp} from './cli-harness.js'

afterAll(removeTemps)
const require = createRequire(import.meta.url)

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

  it('a JSON rule pack and a JSON config in the linted folder are data the config names, not drafts', () => {
    const dir = temp()
    // The exact fixtures' pack as JSON, beside the config that names it, and a second config given with -c.
    const pack = JSON.parse(JSON.stringify((require('yaml') as typeof import('yaml')).parse(readFileSync(join(exact, 'pack.yaml'), 'utf8'))))
    writeFileSync(join(dir, 'house-rules.json'), JSON.stringify(pack, null, 2))
    writeFileSync(join(dir, '.outreachlintrc.json'), JSON.stringify({noBuiltin: true, packs: ['./house-rules.json']}))
    writeFileSync(join(dir, 'a.txt'), 'Hi Kim, saw your Leeds opening.\n')
    const walked = cli(['-f', 'json', '.'], {cwd: dir})
    expect(walked.stderr).toBe('')
    expect(walked.status).toBe(0)
    expect(JSON.parse(walked.stdout).map((d: {filePath: string}) => d.filePath)).toEqual(['a.txt'])
    mkdirSync(join(dir, 'team'))
    writeFileSync(join(dir, 'team', 'strict.json'), JSON.stringify({noBuiltin: true, packs: ['../house-rules.json'], rules: {'boast-word': 'error'}}))
    const withConfig = cli(['-f', 'json', '-c', 'team/strict.json', '.', '*.json'], {cwd: dir})
    expect(withConfig.stderr).toBe('')
    expect(JSON.parse(withConfig.stdout).map((d: {filePath: string}) => d.filePath)).toEqual(['a.txt'])
    // Named by itself, a pack is linted as asked (and is no collection of drafts).
    const named = cli(['house-rules.json'], {cwd: dir})
    expect(named.status).toBe(2)
    expect(named.stderr).toMatch(/^outreach-lint: house-rules\.json: /)
  })
})
