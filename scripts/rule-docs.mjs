// The built-in rule pack read from rules/*.yaml, each rule's documentation url, and its page:
// docs/rules/<id>.md (what it finds, why, category, severity, channels, options, examples, fixes)
// and docs/rules/README.md (the table of rules). Used by scripts/build-rules.mjs and by the test
// that holds the committed pages to what this writes (test/rule-docs.test.ts).
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseDocument} from 'yaml'

export class RuleFileError extends Error {}

/** The comment above each example of a rule file, by kind and index (the first is the list's own comment). */
function exampleComments(doc) {
  const comments = {invalid: [], valid: []}
  for (const kind of ['invalid', 'valid']) {
    const seq = doc.getIn(['examples', kind], true)
    seq?.items?.forEach((item, i) => {
      const text = (i === 0 ? (item.commentBefore ?? seq.commentBefore) : item.commentBefore)?.trim().replace(/\s*\n\s*/g, ' ')
      if (text) comments[kind][i] = text
    })
  }
  return comments
}

/**
 * rules/*.yaml: the rules as `[file, data]` in file-name order, what `_*.yaml` files hold (signals,
 * vocabulary), and by file the comments above the examples (why each example is there).
 */
export function readRules(root) {
  const dir = join(root, 'rules')
  const rules = []
  const comments = new Map()
  let extra = {}
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue
    const doc = parseDocument(readFileSync(join(dir, name), 'utf8'))
    if (doc.errors.length > 0) throw new RuleFileError(`rules/${name}: ${doc.errors[0].message.split('\n')[0]}`)
    const data = doc.toJS()
    if (name.startsWith('_')) extra = {...extra, ...data}
    else {
      if (data?.id && `${data.id}.yaml` !== name) throw new RuleFileError(`rules/${name}: id: "${data.id}" must match the file name`)
      rules.push([`rules/${name}`, data])
      comments.set(`rules/${name}`, exampleComments(doc))
    }
  }
  return {rules, extra, comments}
}

/**
 * Where the rule pages are read, from package.json alone: the GitHub repository's docs/rules at the
 * release tag when package.json names one, else the pages as published inside the npm package
 * (`files` ships docs/rules; unpkg serves every file of every published version). Either way the
 * link is to the pages of the very version whose rules it documents.
 */
export function docsBase(pkg) {
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  const github = repository?.match(/github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?(?:#.*)?$/) ?? repository?.match(/^(?:github:)?([\w.-]+)\/([\w.-]+)$/)
  if (github) return `https://github.com/${github[1]}/${github[2]}/blob/v${pkg.version}/docs/rules/`
  return `https://unpkg.com/${pkg.name}@${pkg.version}/docs/rules/`
}

export function ruleUrl(base, id) {
  return `${base}${id}.md`
}

export function readPackageJson(root) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
}

const SHARED = new Set(['id', 'category', 'severity', 'channels', 'message', 'why', 'url', 'unless', 'onlyIf', 'deferTo', 'suggestions', 'rewriteSubject', 'examples', 'check'])

/** What each check kind reports, in a sentence (the options below say how this rule sets it). */
const KINDS = {
  phrase: 'Phrases of the `patterns` list (the phrase language of the rule pack: stems, alternatives, slots), matched in the words of the draft.',
  pattern: 'Text matching the regular expression `pattern` (checked for catastrophic backtracking when the pack loads).',
  ratio: 'How much the draft talks about the sender (I, we, our) against the reader (you, your): more than `maxRatio` times as much.',
  metric: 'A measure of the draft (`metric`) past its limit (`max`, or under `min`), per channel where the limit says so.',
  'required-signal': 'Drafts that show none (or fewer than `minSignals`) of the `signals` listed: what is missing, not what is there.',
  'recipient-facts': "Facts given about the recipient (`recipient.facts`) that the draft uses none of.",
  placeholder: 'Merge fields ({{first_name}}, [Company], ...) by `mode`: broken, left unfilled, mixed syntaxes, or misspelt.',
  link: 'Links: to the listed `hosts`, or more of them than `max`.',
  list: 'A feature list: `minItems` or more items after a lead-in of the `leadIn` phrases.',
  role: 'Sentences by the role they play in the message (greeting, opener, pitch, proof, ask, chase, ...), as the analysis reads it.',
  categories: 'Drafts with findings in at least `minCategories` of the listed `categories`.'
}

const WHERE = {
  unless: 'Skipped when the draft shows any of these signals',
  onlyIf: 'Runs only when the draft shows at least one of these signals',
  deferTo: 'Not reported where one of these rules reports an overlapping finding'
}

/** The longest run of backticks in `text`. */
function ticks(text) {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
}

function codeBlock(text) {
  const f = '`'.repeat(Math.max(3, ticks(text) + 1))
  return `${f}text\n${text.replace(/\n+$/, '')}\n${f}`
}

/** Inline code, fenced so that backticks inside stay text. */
function inline(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const n = ticks(text)
  return n === 0 ? `\`${text}\`` : `${'`'.repeat(n + 1)} ${text} ${'`'.repeat(n + 1)}`
}

function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

/** The message with its `{match}`, `{value}`, `{limit}` ... slots shown as an ellipsis. */
export function oneLine(rule) {
  return rule.message.replace(/\{\w+\}/g, '…')
}

function example(e) {
  return typeof e === 'string' ? {text: e} : e
}

/** One example as an item of a numbered list: the draft, what the rule finds in it, the rewrite. */
function exampleLines(raw, number, comment) {
  const e = example(raw)
  const notes = []
  if (e.channel) notes.push(`channel: ${e.channel}`)
  if (e.step) notes.push(`step ${e.step} of a sequence`)
  if (e.rendered) notes.push('rendered (merge fields filled in)')
  if (e.recipient) notes.push(`recipient: ${inline(e.recipient)}`)
  const pad = (text) => text.split('\n').map((line) => (line ? `   ${line}` : line)).join('\n')
  const lines = [`${number}. Draft${notes.length ? ` (${notes.join('; ')})` : ''}${comment ? `. ${comment}` : ':'}`, '']
  const text = (e.subject !== undefined && e.subject !== null ? `Subject: ${e.subject}\n\n` : '') + e.text
  lines.push(pad(codeBlock(text)), '')
  if (e.match !== undefined) lines.push(`   Finds ${[e.match].flat().map(inline).join(', ')}.`, '')
  if (e.output !== undefined) lines.push('   After `outreach-lint rewrite`:', '', pad(codeBlock(e.output)), '')
  return lines
}

function fixLines(rule) {
  const suggestions = rule.suggestions ?? []
  if (rule.rewriteSubject && suggestions.length === 0) {
    return [
      `\`outreach-lint rewrite\` replaces a subject this rule flags with one made from what the draft observes about the reader (\`rewriteSubject\`). ${rule.rewriteSubject.why}`,
      '',
      'No fix or suggestion of its own besides; the rewrite also plans the whole draft by the roles of its sentences.'
    ]
  }
  if (suggestions.length === 0) {
    return ['No fix or suggestion of its own. `outreach-lint rewrite` plans the whole draft by the roles of its sentences and may still remove, move or replace what this rule found; the examples above show it where they give the rewrite.']
  }
  const lines = []
  for (const s of suggestions) {
    const what = s.replacement ? `replace ${s.scope === 'sentence' ? 'the sentence' : 'the match'} with ${inline(s.replacement)}` : `delete ${s.scope === 'sentence' ? 'the sentence' : 'the match'}`
    lines.push(`- ${s.message.replace(/\.?$/, '.')} The edit: ${what}. ${s.safe ? '**Safe:** `--fix` applies it.' : 'A suggestion: `outreach-lint rewrite` and the web page propose it; `--fix` leaves it.'}`)
  }
  lines.push('', '`outreach-lint rewrite` also plans the whole draft by the roles of its sentences (remove, move, replace, insert a guide line).')
  return lines
}

export function rulePage(file, rule, comments = {invalid: [], valid: []}) {
  const options = Object.entries(rule).filter(([key]) => !SHARED.has(key))
  const conditions = Object.keys(WHERE).filter((key) => rule[key]?.length)
  const fixable = (rule.suggestions ?? []).some((s) => s.safe) ? '`--fix` applies a safe fix' : rule.suggestions?.length ? '`rewrite` proposes an edit' : 'none of its own'
  const lines = [
    `# ${rule.id}`,
    '',
    `<!-- Generated by scripts/build-rules.mjs from ${file}: edit that file, then npm run build. -->`,
    '',
    `> ${oneLine(rule)}`,
    '',
    '| | |',
    '|---|---|',
    `| Category | \`${rule.category}\` |`,
    `| Severity | ${rule.severity} |`,
    `| Channels | ${rule.channels ? rule.channels.map((c) => `\`${c}\``).join(', ') : 'all'} |`,
    `| Check | [\`${rule.check}\`](../configuration.md#check-kinds) |`,
    `| Fix | ${fixable} |`,
    `| Source | [${file}](../../${file}) |`,
    '',
    '## What it finds',
    '',
    KINDS[rule.check] ?? `The \`${rule.check}\` check.`,
    '',
    `It reports: ${inline(rule.message)}`,
    '',
    '## Why',
    '',
    rule.why.trim(),
    ''
  ]
  lines.push('## Options', '')
  if (options.length === 0 && conditions.length === 0) lines.push(`None besides the shared ones (severity, channels, message).`, '')
  for (const [key, value] of options) {
    if (Array.isArray(value) && value.length > 3) {
      lines.push(`- \`${key}\`:`)
      for (const item of value) lines.push(`  - ${inline(item)}`)
    } else lines.push(`- \`${key}\`: ${inline(value)}`)
  }
  for (const key of conditions) lines.push(`- \`${key}\`: ${WHERE[key]}: ${rule[key].map((n) => `\`${n}\``).join(', ')}.`)
  lines.push(
    '',
    `A config changes any of them for this rule: \`rules: {${rule.id}: [warn, {…}]}\` ([configuration](../configuration.md)).`,
    '',
    '## Examples',
    '',
    'Every example is run by the tests: the flagged ones must trigger this rule (on exactly the text shown as found), the others must not.',
    '',
    '### Flagged',
    ''
  )
  rule.examples.invalid.forEach((e, i) => lines.push(...exampleLines(e, i + 1, comments.invalid[i])))
  lines.push('### Not flagged', '')
  rule.examples.valid.forEach((e, i) => lines.push(...exampleLines(e, i + 1, comments.valid[i])))
  lines.push('## Fixes and rewrite', '', ...fixLines(rule), '')
  return lines.join('\n')
}

export function rulesIndex(rules) {
  const rows = [...rules]
    .sort(([, a], [, b]) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))
    .map(([, r]) => `| [${r.id}](${r.id}.md) | \`${r.category}\` | ${r.severity} | ${cell(oneLine(r))} |`)
  return [
    '# Rules',
    '',
    '<!-- Generated by scripts/build-rules.mjs from rules/*.yaml: edit those files, then npm run build. -->',
    '',
    `The ${rules.length} built-in rules, by category. Each page says what the rule finds and why, its options, the drafts it must and must not flag (run by the tests), and what \`--fix\` and \`outreach-lint rewrite\` do for it. \`outreach-lint rules\` lists them for a config too, and \`outreach-lint explain <rule>\` prints a page in the terminal.`,
    '',
    '| rule | category | severity | finds |',
    '|---|---|---|---|',
    ...rows,
    ''
  ].join('\n')
}

/** Every page of docs/rules, by file name, as the generator writes it from `readRules`. */
export function ruleDocs({rules, comments = new Map()}) {
  const pages = new Map([['README.md', rulesIndex(rules)]])
  for (const [file, rule] of rules) pages.set(`${rule.id}.md`, rulePage(file, rule, comments.get(file)))
  return pages
}
