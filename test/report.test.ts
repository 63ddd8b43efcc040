/** Formatters are pure functions from entries to text. */
import {describe, expect, it} from 'vitest'
import {format} from '../src/report/index.js'
import type {ReportEntry} from '../src/report/types.js'

const entry: ReportEntry = {
  filePath: 'dir/a b.txt',
  score: 85,
  mapped: true,
  messages: [
    {
      ruleId: 'x-rule', category: 'spammy', severity: 'warning', message: 'Too, much: 100%', why: 'Because.', field: 'body',
      line: 2, column: 3, endLine: 2, endColumn: 7, start: 10, end: 14, actual: 'much', suggestions: []
    }
  ]
}

describe('report', () => {
  it('github escapes data and properties', async () => {
    expect(await format('github', [entry])).toBe('::warning file=dir/a b.txt,line=2,col=3,endLine=2,endColumn=7,title=x-rule::Too, much: 100%25\n')
  })
  it('stylish summary counts and no colour by default', async () => {
    const out = await format('stylish', [entry, {filePath: 'b.txt', mapped: true, messages: [], score: 100}])
    expect(out).toBe('dir/a b.txt  score 85/100\n  2:3  warning  Too, much: 100%  x-rule\n\n✖ 1 problem (0 errors, 1 warning) in 2 drafts\n')
  })
  it('sarif lists rules and results', async () => {
    const log = JSON.parse(await format('sarif', [entry], {rules: [{id: 'x-rule', category: 'spammy', severity: 'warning', message: 'm', why: 'Because.', fixable: false}]}))
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results[0]).toMatchObject({ruleId: 'x-rule', ruleIndex: 0, level: 'warning'})
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('dir/a%20b.txt')
  })
  it('json keeps the library shape', async () => {
    const [e] = JSON.parse(await format('json', [entry]))
    expect(e).toMatchObject({filePath: 'dir/a b.txt', score: 85, messages: [{ruleId: 'x-rule', line: 2}]})
  })
})
