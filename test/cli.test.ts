/**
 * The command line, end to end: spawns the built binary (npm test builds first) on fixtures/cli and on
 * temporary copies, and checks outputs, exit codes, fixes, config discovery and bad inputs.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join, resolve} from 'node:path'
import Ajv from 'ajv'
import {afterAll, describe, expect, it} from 'vitest'
import {cli, exact, removeTemps, root, temp} from './cli-harness.js'

afterAll(removeTemps)

describe('formats', () => {
  it('stylish: files, line:column, severity, message, rule id, summary', () => {
    const r = cli(['.'])
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(
      [
        'a.txt  score 64/100',
        '  1:10  error    Fake reply prefix "Re: ".                          reply-prefix',
        '  5:1   error    Stock opener: "I hope this email finds you well".  stock-opener',
        '  5:42  warning  Boast: "industry-leading".                         boast-word',
        '',
        'b.md  score 64/100',
        '  2:11  error    Fake reply prefix "Re: ".                          reply-prefix',
        '  6:1   error    Stock opener: "I hope this email finds you well".  stock-opener',
        '  6:44  warning  Boast: "industry-leading".                         boast-word',
        '',
        'c.html  score 79/100',
        '  2:24  error    Stock opener: "I hope this email finds you well".  stock-opener',
        '  2:70  warning  Boast: "industry-leading".                         boast-word',
        '',
        'd.csv#one  score 64/100',
        '  subject:1:1  error    Fake reply prefix "Re: ".                          reply-prefix',
        '  1:1          error    Stock opener: "I hope this email finds you well".  stock-opener',
        '  1:42         warning  Boast: "industry-leading".                         boast-word',
        '',
        '✖ 11 problems (7 errors, 4 warnings) in 6 drafts',
        '  4 problems potentially fixable with the `--fix` option.',
        ''
      ].join('\n')
    )
  })

  it('json: one entry per document, positions into the file', () => {
    const r = cli(['-f', 'json', '.'])
    expect(r.status).toBe(1)
    const data = JSON.parse(r.stdout) as Array<{filePath: string; id?: string; score: number; indicators: object; messages: Array<{ruleId: string; line: number; column: number; start: number; end: number; actual: string}>}>
    expect(data.map((d) => (d.id ? `${d.filePath}#${d.id}` : d.filePath))).toEqual(['a.txt', 'b.md', 'c.html', 'd.csv#one', 'd.csv#two', 'e.txt'])
    const file = (name: string) => readFileSync(join(exact, name), 'utf8')
    for (const name of ['a.txt', 'b.md']) {
      for (const m of data.find((d) => d.filePath === name)!.messages) expect(file(name).slice(m.start, m.end)).toBe(m.actual)
    }
    const html = data.find((d) => d.filePath === 'c.html')!.messages
    // The entity &rsquo; is one character linted, seven in the file: the column is the file's.
    expect(file('c.html').slice(html[1].start, html[1].end)).toBe('industry-leading')
    expect(data.find((d) => d.id === 'two')!.score).toBe(100)
    expect(data[0].indicators).toHaveProperty('wordCount')
  })

  it('github: workflow commands', () => {
    const r = cli(['-f', 'github', 'a.txt', 'd.csv'])
    expect(r.stdout).toBe(
      [
        '::error file=a.txt,line=1,col=10,endLine=1,endColumn=14,title=reply-prefix::Fake reply prefix "Re: ".',
        '::error file=a.txt,line=5,col=1,endLine=5,endColumn=33,title=stock-opener::Stock opener: "I hope this email finds you well".',
        '::warning file=a.txt,line=5,col=42,endLine=5,endColumn=58,title=boast-word::Boast: "industry-leading".',
        '::error file=d.csv,line=2,title=reply-prefix::[one] Fake reply prefix "Re: ".',
        '::error file=d.csv,line=2,title=stock-opener::[one] Stock opener: "I hope this email finds you well".',
        '::warning file=d.csv,line=2,title=boast-word::[one] Boast: "industry-leading".',
        ''
      ].join('\n')
    )
  })

  it('markdown: a summary table', () => {
    const r = cli(['-f', 'markdown', 'a.txt', 'e.txt'])
    expect(r.stdout).toContain('| draft | score | errors | warnings | rules |')
    expect(r.stdout).toContain('| `a.txt` | 64 | 2 | 1 | `reply-prefix`, `stock-opener`, `boast-word` |')
    expect(r.stdout).toContain('| `e.txt` | 100 | 0 | 0 |  |')
  })

  it('sarif: valid against the SARIF 2.1.0 schema, with rule metadata from the pack', () => {
    const dir = temp()
    const out = join(dir, 'report.sarif')
    const r = cli(['-f', 'sarif', '-o', out, '.'])
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    const log = JSON.parse(readFileSync(out, 'utf8'))
    // The schema as shipped by @microsoft/jest-sarif (draft-04); ajv 8 reads it once `id` is `$id`.
    const require = createRequire(import.meta.url)
    const schemaPath = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json')
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
    schema.$id = schema.id
    delete schema.id
    delete schema.$schema
    const ajv = new Ajv({strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false})
    const validate = ajv.compile(schema)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    const run = log.runs[0]
    const rule = run.tool.driver.rules.find((x: {id: string}) => x.id === 'stock-opener')
    expect(rule.fullDescription.text).toBe('The first line decides whether the rest is read.')
    expect(rule.defaultConfiguration.level).toBe('error')
    const first = run.results[0]
    expect(first.ruleId).toBe('reply-prefix')
    expect(first.locations[0].physicalLocation.region).toEqual({startLine: 1, startColumn: 10, endLine: 1, endColumn: 14})
    expect(readdirSync(dir)).toEqual(['report.sarif'])
  })

  it('colour only when asked or on a TTY, never with NO_COLOR', () => {
    expect(cli(['a.txt']).stdout).not.toContain('\u001b[')
    expect(cli(['--color', 'a.txt']).stdout).toContain('\u001b[')
  })
})

describe('exit codes', () => {
  it('0 when clean, 1 on errors, warnings past --max-warnings, scores under --min-score', () => {
    expect(cli(['e.txt']).status).toBe(0)
    expect(cli(['e.txt']).stdout).toBe('✔ no problems in 1 draft\n')
    expect(cli(['--rule', 'stock-opener=off', '--rule', 'reply-prefix=off', 'a.txt']).status).toBe(0)
    const warn = cli(['--rule', 'stock-opener=off,reply-prefix=off', '--max-warnings', '0', 'a.txt'])
    expect(warn.status).toBe(1)
    expect(warn.stderr).toContain('1 warning, more than --max-warnings 0')
    const score = cli(['--min-score', '90', 'e.txt', 'c.html', '--rule', 'stock-opener=warn'])
    expect(score.status).toBe(1)
    expect(score.stderr).toContain('below --min-score 90: c.html (')
  })

  it('--quiet reports errors only', () => {
    const r = cli(['-q', 'a.txt'])
    expect(r.stdout).not.toContain('warning  ')
    expect(r.stdout).toContain('(2 errors, 0 warnings)')
  })

  it('2 for usage errors, with one line on stderr', () => {
    const r = cli(['--format', 'xml', 'a.txt'])
    expect(r.status).toBe(2)
    const unknown = cli(['--rule', 'no-such-rule=off', 'a.txt'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('--rule: rules.no-such-rule: unknown rule "no-such-rule"')
  })

  it('2 for a missing file, the other files still linted and reported', () => {
    const r = cli(['missing.txt', 'a.txt'])
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('outreach-lint: missing.txt: no such file or folder\n')
    expect(r.stdout).toContain('a.txt  score 64/100')
  })
})

describe('subcommands', () => {
  it('rules, explain, init', () => {
    const rules = cli(['rules'], {cwd: root})
    expect(rules.status).toBe(0)
    expect(rules.stdout.split('\n')[0]).toMatch(/^rule\s+category\s+severity\s+channels\s+fixable$/)
    expect(rules.stdout).toMatch(/generic-opener\s+cold-interruption\s+error\s+all\s+(fix|suggest)/)
    const explain = cli(['explain', 'generic-opener'], {cwd: root})
    expect(explain.stdout).toContain('Why:')
    expect(explain.stdout).toContain('Flagged:')
    // A multi-line example sits under one mark, its lines aligned after it.
    expect(explain.stdout).toContain('  ✖ Hi Dana,\n\n    I hope this email finds you well.')
    expect(cli(['explain', 'nope'], {cwd: root}).status).toBe(2)
    const dir = temp()
    expect(cli(['init'], {cwd: dir}).status).toBe(0)
    const written = readFileSync(join(dir, '.outreachlintrc.yaml'), 'utf8')
    writeFileSync(join(dir, 'a.txt'), 'Hi Kim, saw your post on dock scheduling. How is it going?\n')
    const linted = cli(['a.txt'], {cwd: dir}) // the starter config is valid (0 or 1 by the built-in rules, never 2)
    expect(linted.stderr).toBe('')
    expect([0, 1]).toContain(linted.status)
    const again = cli(['init'], {cwd: dir})
    expect(again.status).toBe(2)
    expect(again.stderr).toBe('outreach-lint: .outreachlintrc.yaml already exists; not overwritten\n')
    expect(readFileSync(join(dir, '.outreachlintrc.yaml'), 'utf8')).toBe(written)
    expect(existsSync(join(dir, '.outreachlintrc.yaml'))).toBe(true)
  })
})
