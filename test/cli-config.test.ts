/**
 * Configs and rule packs on the command line, end to end on the built binary: a problem in one is
 * said once, on one line naming the file where it is.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
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

  it('a misspelt signal in a pack file: one line naming the pack file, the rule and the field, exit 2', () => {
    const dir = temp()
    const rule = (id: string, extra: string) =>
      `  - id: ${id}\n    category: spammy\n    severity: error\n    message: Word.\n    why: An example.\n    check: phrase\n    patterns: [frobnicate]\n${extra}    examples:\n      invalid: ["frobnicate"]\n      valid: ["b"]\n`
    writeFileSync(join(dir, 'myrules.yaml'), `rules:\n${rule('first', '')}${rule('second', '    unless: [question-mark, trigger-evnet]\n')}`)
    writeFileSync(join(dir, '.outreachlintrc.yaml'), 'packs:\n  - ./myrules.yaml\n')
    writeFileSync(join(dir, 'a.txt'), 'Hi Kim, saw your Leeds opening.\n')
    const r = cli(['a.txt'], {cwd: dir})
    expect(r.status).toBe(2)
    const [first] = r.stderr.split('\n')
    expect(first).toMatch(/^outreach-lint: myrules\.yaml: rules\.1\.unless: unknown signal "trigger-evnet" \(did you mean "trigger-event"\? known: /)
  })

  it('an option under its old name: the same output, and one warning per file and option on standard error', () => {
    const dir = temp()
    const rule = (id: string, option: string) =>
      `  - id: ${id}\n    category: product-centric\n    severity: error\n    message: Self.\n    why: An example.\n    check: ratio\n    ${option}\n    examples:\n      invalid: ["We built it. Our team and I made it for us."]\n      valid: ["Your team?"]\n`
    const write = (option: string, setting: string) => {
      writeFileSync(join(dir, 'team.yaml'), `rules:\n${rule('me-first', option)}${rule('me-too', option)}`)
      writeFileSync(join(dir, '.outreachlintrc.yaml'), `packs:\n  - ./team.yaml\nrules:\n  no-clear-ask: [warn, {${setting}: 2}]\n`)
    }
    // A second config names the same pack: the pack is warned about once.
    mkdirSync(join(dir, 'b'))
    writeFileSync(join(dir, 'b', '.outreachlintrc.yaml'), 'packs:\n  - ../team.yaml\n')
    writeFileSync(join(dir, 'a.txt'), 'We built it. Our team and I made it for us.\n')
    writeFileSync(join(dir, 'b', 'c.txt'), 'We built it. Our team and I made it for us.\n')
    write('maxRatio: 2', 'minSignals')
    const renamed = cli(['--format', 'json', 'a.txt', 'b'], {cwd: dir})
    const renamedSarif = cli(['--format', 'sarif', 'a.txt', 'b'], {cwd: dir})
    write('max: 2', 'min')
    const old = cli(['--format', 'json', 'a.txt', 'b'], {cwd: dir})
    expect(renamed.stderr).toBe('')
    expect(old.stdout).toBe(renamed.stdout)
    expect([old.status, renamed.status]).toEqual([1, 1])
    expect((JSON.parse(old.stdout) as Array<{messages: Array<{ruleId: string}>}>).flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('me-first')
    expect(old.stderr).toBe(
      'outreach-lint: warning: team.yaml: rules.0 (me-first), rules.1 (me-too): "max" is the old name of "maxRatio" (deprecated): write "maxRatio"\n' +
        'outreach-lint: warning: .outreachlintrc.yaml: rules.no-clear-ask: "min" is the old name of "minSignals" (deprecated): write "minSignals"\n'
    )
    const sarif = cli(['--format', 'sarif', 'a.txt', 'b'], {cwd: dir})
    expect(sarif.stdout).toBe(renamedSarif.stdout)
    expect(sarif.stderr).toBe(old.stderr)
  })

  it('a wrong option in a pack file, under its new or its old name: one line naming the pack file and the field, exit 2', () => {
    const dir = temp()
    const pack = (option: string) =>
      `rules:\n  - id: word\n    category: spammy\n    severity: error\n    message: Word.\n    why: An example.\n    check: phrase\n    patterns: [frobnicate]\n    ${option}\n    examples:\n      invalid: ["frobnicate"]\n      valid: ["b"]\n`
    writeFileSync(join(dir, 'a.txt'), 'Hi Kim, saw your Leeds opening.\n')
    const run = (option: string) => {
      writeFileSync(join(dir, 'team.yaml'), pack(option))
      writeFileSync(join(dir, '.outreachlintrc.yaml'), 'packs:\n  - ./team.yaml\n')
      return cli(['a.txt'], {cwd: dir})
    }
    const wrong = run('where: middle')
    expect(wrong.status).toBe(2)
    expect(wrong.stderr.split('\n')[0]).toBe('outreach-lint: team.yaml: rules.0.where: Invalid option: expected one of "any"|"opening"|"closing"|"preamble"')
    const old = run('scope: middle')
    expect(old.status).toBe(2)
    expect(old.stderr.split('\n')[0]).toBe('outreach-lint: team.yaml: rules.0.scope: Invalid option: expected one of "any"|"opening"|"closing"|"preamble"')
    // The old name with a right value loads and means what it meant: only the opening is read.
    writeFileSync(join(dir, 'a.txt'), 'I frobnicate daily. We frobnicate weekly.\n')
    const loaded = run('scope: opening')
    expect(loaded.status).toBe(1)
    expect(loaded.stdout.match(/\bword\b/g)).toHaveLength(1)
    expect(run('where: opening').stdout).toBe(loaded.stdout)
  })

  it("a subcommand's options are its own: rules, explain and rewrite read -c, and rules takes --format table", () => {
    // The top-level command took them: 'rules -c' listed the built-in rules, 'rewrite -c off.json' ignored it (#22).
    const dir = temp()
    writeFileSync(join(dir, 'off.json'), JSON.stringify({rules: {'generic-opener': 'off', 'company-boast': 'off'}}))
    writeFileSync(join(dir, 'd.txt'), 'Hi Dana,\n\nYour Leeds depot doubled its volume. Our award-winning app cut re-scans at Acme by 40%. Worth a look?\n')
    const listed = (args: string[]) => (JSON.parse(cli(['rules', ...args, '--format', 'json'], {cwd: dir}).stdout) as Array<{id: string}>).map((r) => r.id)
    expect(listed([])).toContain('generic-opener')
    expect(listed(['-c', 'off.json'])).not.toContain('generic-opener')
    const table = cli(['rules', '--format', 'table', '-c', 'off.json'], {cwd: dir})
    expect(table.status).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^rule +category +severity +channels +fixable$/)
    expect(table.stdout).not.toMatch(/^generic-opener /m)
    const explain = cli(['explain', '-c', 'off.json', 'generic-opener'], {cwd: dir})
    expect(explain.status).toBe(2)
    expect(explain.stderr).toBe('outreach-lint: unknown rule "generic-opener" (did you mean generic-audience?); `outreach-lint rules` lists them\n')
    expect(cli(['explain', 'generic-opener'], {cwd: dir}).status).toBe(0)
    // With company-boast off, the boast stays; with it on, the boast goes and the customer's result stays.
    expect(cli(['rewrite', 'd.txt'], {cwd: dir}).stdout).toBe('Hi Dana,\n\nYour Leeds depot doubled its volume. Our app cut re-scans at Acme by 40%. Worth a look?\n')
    expect(cli(['rewrite', '-c', 'off.json', 'd.txt'], {cwd: dir}).stdout).toBe('Hi Dana,\n\nYour Leeds depot doubled its volume. Our award-winning app cut re-scans at Acme by 40%. Worth a look?\n')
  })

  it("explain: a pack's rule with its own examples, a built-in rule with its own under a config that changes it", () => {
    const dir = temp()
    writeFileSync(join(dir, 'house.yaml'), 'rules:\n  - id: house-word\n    category: spammy\n    severity: error\n    message: Word.\n    why: An example.\n    check: phrase\n    patterns: [frobnicate]\n    examples:\n      invalid: ["We frobnicate."]\n      valid: ["We plan."]\n')
    writeFileSync(join(dir, 'team.json'), JSON.stringify({packs: ['./house.yaml'], rules: {'too-long': ['error', {max: {default: 150}}]}}))
    const house = cli(['explain', '-c', 'team.json', 'house-word'], {cwd: dir})
    expect([house.status, house.stderr, house.stdout]).toEqual([0, '', 'house-word  (spammy, error)\n\nMessage: Word.\n\nWhy:\n    An example.\n\nFlagged:\n  ✖ We frobnicate.\n\nFine:\n  ✔ We plan.\n'])
    const changed = cli(['explain', '-c', 'team.json', 'too-long'], {cwd: dir})
    const plain = cli(['explain', 'too-long'], {cwd: dir})
    expect(changed.status).toBe(0)
    expect(changed.stdout.split('\n')[0]).toMatch(/^too-long {2}\(readability, error\b/)
    const examples = (out: string) => out.slice(out.indexOf('Flagged:'))
    expect(examples(plain.stdout)).toMatch(/^Flagged:\n {2}✖ \S/)
    expect(examples(changed.stdout)).toBe(examples(plain.stdout))
  })

  it('a FIFO named as a rule pack is refused before it is read, not a hang', () => {
    const dir = temp()
    spawnSync('mkfifo', [join(dir, 'pack.yaml')])
    writeFileSync(join(dir, '.outreachlintrc.yaml'), 'packs:\n  - ./pack.yaml\n')
    writeFileSync(join(dir, 'a.txt'), 'Hi Dana, saw your Leeds opening.\n')
    const r = cli(['a.txt'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('outreach-lint: pack.yaml: not a regular file; not read\noutreach-lint: a.txt: not linted: its config has an error (said above)\n')
  })

  it('bad JSON in a collection, a bad YAML config and a config that lists itself as a pack: one full line each, with the line', () => {
    const dir = temp()
    writeFileSync(join(dir, 'bad.json'), '[\n  {"id": "a", "body": "Hi Kim, saw your post."},\n  {"id": "b", "body": oops}\n]\n')
    const json = cli(['bad.json'], {cwd: dir})
    expect(json.status).toBe(2)
    expect(json.stderr).toBe("outreach-lint: bad.json: invalid JSON at line 3: Unexpected token 'o'\n")

    const yaml = temp()
    writeFileSync(join(yaml, '.outreachlintrc.yaml'), 'channel: email\nrules: [oops\nnoBuiltin: true\n')
    writeFileSync(join(yaml, 'a.txt'), 'Hi Kim, saw your Leeds opening.\n')
    const badYaml = cli(['a.txt'], {cwd: yaml})
    expect(badYaml.status).toBe(2)
    expect(badYaml.stderr.split('\n')[0]).toBe('outreach-lint: .outreachlintrc.yaml: line 3: Flow sequence in block collection must be sufficiently indented and end with a ]')

    const self = temp()
    writeFileSync(join(self, '.outreachlintrc.json'), JSON.stringify({packs: ['./.outreachlintrc.json']}))
    writeFileSync(join(self, 'a.txt'), 'Hi Kim, saw your Leeds opening.\n')
    const selfListed = cli(['a.txt'], {cwd: self})
    expect(selfListed.status).toBe(2)
    expect(selfListed.stderr.split('\n')[0]).toBe('outreach-lint: .outreachlintrc.json: packs.0: names this config file itself; a rule pack is a file of rules of its own')
  })
})
