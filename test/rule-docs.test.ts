/**
 * The rule pages: docs/rules/<id>.md and docs/rules/README.md are what scripts/rule-docs.mjs writes
 * from rules/*.yaml and rules/sequence/*.yaml today (npm test does not write them, so a rule changed
 * without `npm run docs` fails here), every built-in rule and sequence rule has a page and a url to
 * it, and the url reaches every place a rule is shown: the library's findings, SARIF, JSON,
 * `explain`, `rules --format json`, and for sequence rules `lintSequence` and `outreach-lint sequence`.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {docsBase, readPackageJson, readRules, ruleDocs, ruleUrl} from '../scripts/rule-docs.mjs'
import {createLinter} from '../src/index.js'
import {builtinSequenceRules, lintSequence} from '../src/sequence.js'
import {cli, root} from './cli-harness.js'

const docs = join(root, 'docs', 'rules')
const base: string = docsBase(readPackageJson(root))

describe('docs/rules', () => {
  test('the committed pages are what the generator writes from rules/*.yaml (else: npm run docs)', () => {
    const pages: Map<string, string> = ruleDocs(readRules(root))
    const stale = [...pages].filter(([name, body]) => {
      try {
        return readFileSync(join(docs, name), 'utf8') !== body
      } catch {
        return true
      }
    })
    expect(stale.map(([name]) => name), 'stale or missing pages: run `npm run docs` (or npm run build) and commit docs/rules').toEqual([])
    const extra = readdirSync(docs).filter((name) => !pages.has(name))
    expect(extra, 'pages of no rule').toEqual([])
  })

  test('every built-in rule has a page, a row in the table and a url to its page', () => {
    const rules = createLinter().rules
    expect(rules.length).toBeGreaterThan(40)
    const table = readFileSync(join(docs, 'README.md'), 'utf8')
    for (const rule of rules) {
      const page = readFileSync(join(docs, `${rule.id}.md`), 'utf8')
      expect(page.startsWith(`# ${rule.id}\n`), rule.id).toBe(true)
      expect(page, rule.id).toContain(rule.why.trim())
      expect(table, rule.id).toContain(`| [${rule.id}](${rule.id}.md) | \`${rule.category}\` | ${rule.severity} |`)
      expect(rule.url, rule.id).toBe(`${base}${rule.id}.md`)
    }
  })

  test('a page holds the rule: category, severity, channels, options, both kinds of example, its fix', () => {
    const page = readFileSync(join(docs, 'generic-opener.md'), 'utf8')
    expect(page).toContain('| Category | `cold-interruption` |')
    expect(page).toContain('| Severity | error |')
    expect(page).toContain('| Channels | all |')
    expect(page).toContain("  - `how have you been`")
    expect(page).toMatch(/### Flagged\n\n1\. Draft:\n\n {3}```text\n {3}I was really impressed by what you've built at Hartley\./)
    expect(page).toContain("   Finds `impressed by what you've built`.")
    // The comment above an example in the rule file says why it is there.
    expect(page).toContain('2. Draft. Fake familiarity: a meeting that never happened.\n')
    expect(page).toContain('   After `outreach-lint rewrite`:\n\n   ```text\n   Hi Dana,\n\n   Saw your team just opened a Leeds office.')
    expect(page).toMatch(/### Not flagged\n\n1\. Draft:\n\n {3}```text\n {3}I was impressed by your work on the Leeds depot rota\./)
    expect(page).toContain('**Safe:** `--fix` applies it.')
    const sms = readFileSync(join(docs, 'channel-character-limit.md'), 'utf8')
    expect(sms).toMatch(/\| Channels \| (`[a-z-]+`, )*`sms`/)
  })
})

describe('docs/rules: the sequence rules', () => {
  test('every built-in sequence rule has a page, a row in the table\'s sequence section and a url to its page', () => {
    const rules = builtinSequenceRules()
    expect(rules.length).toBe(12)
    const table = readFileSync(join(docs, 'README.md'), 'utf8')
    const section = table.slice(table.indexOf('\n## Sequence rules\n'))
    for (const rule of rules) {
      const page = readFileSync(join(docs, `${rule.id}.md`), 'utf8')
      expect(page.startsWith(`# ${rule.id}\n`), rule.id).toBe(true)
      expect(page, rule.id).toContain(rule.why.replace(/\s+/g, ' '))
      expect(page, rule.id).toContain(rule.basis!.replace(/\s+/g, ' '))
      expect(section, rule.id).toContain(`| [${rule.id}](${rule.id}.md) | \`${rule.category}\` | ${rule.severity} |`)
      expect(rule.url, rule.id).toBe(`${base}${rule.id}.md`)
    }
  })

  test('a page holds the rule: its options each with what it means, where the values come from, the example sequences step by step', () => {
    const page = readFileSync(join(docs, 'sequence-gap-too-short.md'), 'utf8')
    expect(page).toContain('| Category | `spammy` |\n| Severity | warning |\n| Runs on | whole sequences: `outreach-lint sequence`, `lintSequence`')
    expect(page).toContain('- `minDays`: The least wait before a step on this channel, in days (0.5 is 12 hours).\n  - `email`: `2`\n')
    expect(page).toContain('  - `linkedin-inmail`: `3`\n')
    expect(page).toContain('### Where the values come from\n\nPer channel, each figure with where it comes from (sources read 2026-12-05).')
    expect(page).toContain(
      '### Flagged\n\n1. An e-mail the next day and an SMS two days later:\n\n   Step 1 (email):\n\n   ```text\n   Hi Sam,\n\n   Saw the Leeds depot doubled its night shift in May.'
    )
    expect(page).toContain('   Step 3 (sms, after 2d):\n')
    expect(page).toContain('   Finds step 2 and step 3.\n')
    const bump = readFileSync(join(docs, 'sequence-no-new-content.md'), 'utf8')
    expect(bump).toContain('   Finds step 2 (`Just bumping this to the top of your inbox. Any thoughts?`).\n')
    expect(bump).toContain('- `minNewWords`: `2`. A content sentence (not the greeting')
    expect(bump).toContain('`outreach-lint sequence --fix` writes it')
  })

  test('the url of a sequence rule: lintSequence\'s findings, JSON, SARIF, explain', () => {
    const file = join(root, 'fixtures', 'sequences', 'team', 'bump-sequence.yaml')
    const {messages} = lintSequence({steps: [{text: 'Hi Sam, saw the Leeds depot doubled its night shift. How is the rota?'}, {delay: '3d', text: 'Hi Sam, just bumping this. Any thoughts?'}]})
    expect(messages.map((m) => [m.ruleId, m.url])).toEqual([['sequence-no-new-content', `${base}sequence-no-new-content.md`]])
    const [seq] = JSON.parse(cli(['sequence', '-f', 'json', file], {cwd: root}).stdout) as Array<{messages: Array<{ruleId: string; url?: string}>; steps: Array<{messages: Array<{ruleId: string; url?: string}>}>}>
    const all = [...seq.messages, ...seq.steps.flatMap((s) => s.messages)]
    expect(seq.messages.length).toBeGreaterThan(0)
    for (const m of all) expect(m.url, m.ruleId).toBe(`${base}${m.ruleId}.md`)
    const run = JSON.parse(cli(['sequence', '-f', 'sarif', file], {cwd: root}).stdout).runs[0]
    const rules = run.tool.driver.rules as Array<{id: string; helpUri?: string}>
    const ids = rules.map((r) => r.id)
    for (const rule of builtinSequenceRules()) expect(ids, rule.id).toContain(rule.id)
    for (const rule of rules) if (rule.id !== 'input-too-large') expect(rule.helpUri, rule.id).toBe(`${base}${rule.id}.md`)
    expect(run.results.length).toBe(all.length)
    for (const result of run.results) expect(rules[result.ruleIndex].id).toBe(result.ruleId)
    expect(cli(['explain', 'sequence-too-dense'], {cwd: root}).stdout).toContain(`\nMore: ${base}sequence-too-dense.md\n`)
  })
})

describe('the docs base url, from package.json alone', () => {
  test('a GitHub repository: its docs/rules at the release tag', () => {
    expect(docsBase({name: 'outreach-lint', version: '1.2.3', repository: {type: 'git', url: 'git+https://github.com/acme/outreach-lint.git'}})).toBe(
      'https://github.com/acme/outreach-lint/blob/v1.2.3/docs/rules/'
    )
    expect(docsBase({name: 'outreach-lint', version: '1.2.3', repository: 'acme/outreach-lint'})).toBe('https://github.com/acme/outreach-lint/blob/v1.2.3/docs/rules/')
  })

  test('none: the pages inside the published package of this version', () => {
    expect(docsBase({name: 'outreach-lint', version: '0.1.0'})).toBe('https://unpkg.com/outreach-lint@0.1.0/docs/rules/')
    expect(ruleUrl('https://unpkg.com/outreach-lint@0.1.0/docs/rules/', 'too-long')).toBe('https://unpkg.com/outreach-lint@0.1.0/docs/rules/too-long.md')
    // The package ships the pages it links to.
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).files).toContain('docs/rules')
  })
})

describe('the url wherever a rule is shown', () => {
  const draft = join(root, 'fixtures', 'samples', 'cold-email-pitch.txt')

  test('findings of the library and the JSON output', () => {
    const [message] = createLinter().lint({text: 'Hi Dana, I hope this email finds you well.', channel: 'email'}).messages.filter((m) => m.ruleId === 'generic-opener')
    expect(message.url).toBe(`${base}generic-opener.md`)
    const r = cli(['-f', 'json', draft], {cwd: root})
    const [entry] = JSON.parse(r.stdout) as Array<{messages: Array<{ruleId: string; url?: string}>}>
    expect(entry.messages.length).toBeGreaterThan(0)
    for (const m of entry.messages) expect(m.url, m.ruleId).toBe(`${base}${m.ruleId}.md`)
  })

  test('SARIF: every rule descriptor has its helpUri', () => {
    const r = cli(['-f', 'sarif', draft], {cwd: root})
    const run = JSON.parse(r.stdout).runs[0]
    const rules = run.tool.driver.rules as Array<{id: string; helpUri?: string}>
    // Besides the pack's rules, the CLI lists input-too-large: an input limit, not a rule of the pack (no page).
    expect(rules.map((r) => r.id).filter((id) => id !== 'input-too-large')).toEqual(createLinter().rules.map((r) => r.id).sort())
    for (const rule of rules) if (rule.id !== 'input-too-large') expect(rule.helpUri, rule.id).toBe(`${base}${rule.id}.md`)
    expect(run.results.length).toBeGreaterThan(0)
    for (const result of run.results) expect(rules[result.ruleIndex].id).toBe(result.ruleId)
  })

  test('explain and rules --format json', () => {
    expect(cli(['explain', 'too-long'], {cwd: root}).stdout).toContain(`\nMore: ${base}too-long.md\n`)
    const listed = JSON.parse(cli(['rules', '--format', 'json'], {cwd: root}).stdout) as Array<{id: string; url: string}>
    for (const rule of listed) expect(rule.url, rule.id).toBe(`${base}${rule.id}.md`)
  })
})
