/**
 * Configs and rule packs on the command line, end to end on the built binary: a problem in one is
 * said once, on one line naming the file where it is.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cli, removeTemps, temp} from './cli-harness.js'

afterAll(removeTemps)

const PATTERN_PACK = `rules:
  - id: bad-regex
    category: spammy
    severity: error
    message: 'Repeated a.'
    why: An example.
    check: pattern
    pattern: '(a+)+$'
    examples:
      invalid: ["aaaa"]
      valid: ["b"]
`

describe('config problems', () => {
  it('an unsafe regex in a pack is reported once, named by the pack, and every draft says it was not linted', () => {
    const dir = temp()
    writeFileSync(join(dir, 'house.yaml'), PATTERN_PACK)
    writeFileSync(join(dir, '.outreachlintrc.yaml'), 'packs:\n  - ./house.yaml\n')
    writeFileSync(join(dir, 'a.txt'), 'Hi Kim, saw your Leeds opening.\n')
    writeFileSync(join(dir, 'b.txt'), 'Hi Sam, saw your Leeds opening.\n')
    const r = cli(['.'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(
      [
        'outreach-lint: house.yaml: rules.0 (bad-regex): pattern: can backtrack catastrophically (nested repetition); rewrite it without nested or overlapping repetition',
        'outreach-lint: a.txt: not linted: its config has an error (said above)',
        'outreach-lint: b.txt: not linted: its config has an error (said above)',
        ''
      ].join('\n')
    )
    expect(r.stdout).toBe('✖ no problems in 0 drafts; 2 input errors (see above)\n')
  })
})
