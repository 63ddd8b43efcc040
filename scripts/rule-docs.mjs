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
 * vocabulary), and by file the comments above the examples (why each example is there); `sequence`:
 * the sequence rules, as `readSequenceRules` gives them.
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
  return {rules, extra, comments, sequence: readSequenceRules(root)}
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

/** Each rule of `rules` (`[file, data]`) linked to its page: `url` at the base package.json gives. */
export function linkRules(root, rules) {
  const base = docsBase(readPackageJson(root))
  for (const [, data] of rules) if (data && typeof data === 'object' && typeof data.id === 'string') data.url = ruleUrl(base, data.id)
}

/** What `read()` returns; a rule file it cannot read is one line on standard error and exit code 2 (the build scripts). */
export function readOrExit(read) {
  try {
    return read()
  } catch (error) {
    if (!(error instanceof RuleFileError)) throw error
    console.error(error.message)
    process.exit(2)
  }
}

export function readPackageJson(root) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
}

const SHARED = new Set(['id', 'category', 'severity', 'channels', 'message', 'why', 'url', 'unless', 'onlyIf', 'deferTo', 'anyLanguage', 'suggestions', 'rewriteSubject', 'rewrite', 'examples', 'check'])

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
  role: 'Sentences by the role they play in the message (greeting, opener, pitch, proof, ask, chaser, ...), as the analysis reads it.',
  categories: 'Drafts with findings in at least `minCategories` of the listed `categories`.',
  language: 'Drafts in another language than English: the share of their words that are another language\'s most common small words (`languages`), against English\'s (`english`), or, for a language of another writing system (`scripts`), the share of their letters in it. Where it reports, the rules without `anyLanguage` are skipped and the rewrite leaves the draft as it is.'
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

/** What the rewrite's plan does with a finding of a rule by its `rewrite` flag (src/rules/rewrite-flags.ts). */
const REWRITE_FLAGS = {
  remove: 'removes the sentence a finding is in as a whole, unless it carries a fact (a number, a link, a field for something about the reader)',
  'remove-chase': 'removes the sentence a finding is in as a whole, like `remove`; where nothing of the draft is left, its guide line asks for one new thing since the last note',
  'replace-pitch': 'replaces the first pitch it is found in with a guide line naming what is missing (what you noticed about them, then how you help), keeping the product\'s name and one proof figure; a later pitch without a fact goes',
  opening: 'treats the sentence as a pitch, like `replace-pitch`; an opening with facts only this draft has stays, with the line about them in front of it',
  'replace-list': 'treats the sentence as a pitch, like `replace-pitch`; and a list of the sender\'s points left standing becomes one guide line naming what is missing (the one point that fits them), keeping one proof figure of the list',
  'boast-words': 'treats the sentence as a pitch, like `replace-pitch`; in a sentence that stays, the boasting adjective before a noun goes',
  'replace-time-ask': 'removes the ask for the reader\'s time (and a booking link under it), putting one low-friction question fitted to the draft in its place',
  urgency: 'removes the clause of made-up pressure, or its sentence where nothing else in it stands alone',
  observe: 'puts a guide line for one observation about the reader in front, where the draft has none',
  'add-ask': 'adds one low-friction question after the last sentence, where the draft has no ask left',
  shorten: 'removes the least needed sentence, one per pass, until the draft fits the channel',
  goodbye: 'keeps the goodbye, and puts no guide line for what you noticed in a draft that ends the thread',
  'name-greeting': 'turns a greeting that addresses a segment ("Dear Sir/Madam") into one with a slot for their name ("Dear [name],")'
}

function fixLines(rule) {
  const lines = fixLinesOfSuggestions(rule)
  if (rule.rewrite) lines.push('', `\`rewrite: ${rule.rewrite}\`: the rewrite ${REWRITE_FLAGS[rule.rewrite]}.`)
  return lines
}

function fixLinesOfSuggestions(rule) {
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

/** The top of a rule's page: its title, where it is generated from, its message, its table (`rows` between severity and source), what it finds and why. */
function pageHead(file, rule, rows, finds) {
  return [
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
    ...rows,
    `| Source | [${file}](../../${file}) |`,
    '',
    '## What it finds',
    '',
    finds ?? `The \`${rule.check}\` check.`,
    '',
    `It reports: ${inline(rule.message)}`,
    '',
    '## Why',
    '',
    rule.why.trim(),
    ''
  ]
}

export function rulePage(file, rule, comments = {invalid: [], valid: []}) {
  const options = Object.entries(rule).filter(([key]) => !SHARED.has(key))
  const conditions = Object.keys(WHERE).filter((key) => rule[key]?.length)
  const fixable = (rule.suggestions ?? []).some((s) => s.safe) ? '`--fix` applies a safe fix' : rule.suggestions?.length ? '`rewrite` proposes an edit' : 'none of its own'
  const lines = pageHead(
    file,
    rule,
    [
      `| Channels | ${rule.channels ? rule.channels.map((c) => `\`${c}\``).join(', ') : 'all'} |`,
      `| Check | [\`${rule.check}\`](../configuration.md#check-kinds) |`,
      `| Fix | ${fixable} |`
    ],
    KINDS[rule.check]
  )
  lines.push('## Options', '')
  if (options.length === 0 && conditions.length === 0) lines.push(`None besides the shared ones (severity, channels, message).`, '')
  for (const [key, value] of options) {
    if (Array.isArray(value) && value.length > 3) {
      lines.push(`- \`${key}\`:`)
      for (const item of value) lines.push(`  - ${inline(item)}`)
    } else lines.push(`- \`${key}\`: ${inline(value)}`)
  }
  for (const key of conditions) lines.push(`- \`${key}\`: ${WHERE[key]}: ${rule[key].map((n) => `\`${n}\``).join(', ')}.`)
  if (rule.anyLanguage) lines.push('- `anyLanguage`: runs on a draft in any language: it reads no English words, so it is not skipped where [`not-english`](not-english.md) reports.')
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

export function rulesIndex(rules, sequenceRules = []) {
  const rows = (list) =>
    [...list].sort(([, a], [, b]) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id)).map(([, r]) => `| [${r.id}](${r.id}.md) | \`${r.category}\` | ${r.severity} | ${cell(oneLine(r))} |`)
  const lines = [
    '# Rules',
    '',
    '<!-- Generated by scripts/build-rules.mjs from rules/*.yaml and rules/sequence/*.yaml: edit those files, then npm run build. -->',
    '',
    `The ${rules.length} built-in rules, by category. Each page says what the rule finds and why, its options, the drafts it must and must not flag (run by the tests), and what \`--fix\` and \`outreach-lint rewrite\` do for it. \`outreach-lint rules\` lists them for a config too, and \`outreach-lint explain <rule>\` prints a page in the terminal.`,
    '',
    '| rule | category | severity | finds |',
    '|---|---|---|---|',
    ...rows(rules),
    ''
  ]
  if (sequenceRules.length > 0) {
    lines.push(
      '## Sequence rules',
      '',
      `The ${sequenceRules.length} built-in sequence rules, which read a whole sequence (\`outreach-lint sequence\`, \`lintSequence\`; [sequences](../sequences.md)). Each page says what the rule finds and why, its options and where their values come from, and the sequences it must and must not flag (run by the tests).`,
      '',
      '| rule | category | severity | finds |',
      '|---|---|---|---|',
      ...rows(sequenceRules),
      ''
    )
  }
  return lines.join('\n')
}

/** Every page of docs/rules, by file name, as the generator writes it from `readRules`. */
export function ruleDocs({rules, comments = new Map(), sequence = {rules: [], comments: new Map()}}) {
  const pages = new Map([['README.md', rulesIndex(rules, sequence.rules)]])
  for (const [file, rule] of rules) pages.set(`${rule.id}.md`, rulePage(file, rule, comments.get(file)))
  for (const [file, rule] of sequence.rules) pages.set(`${rule.id}.md`, sequenceRulePage(file, rule, sequence.comments.get(file)))
  return pages
}

// ---- sequence rules (rules/sequence/*.yaml) --------------------------------------------------

/** The comment above each option of a sequence rule file, by option name: what the value means. */
function optionComments(doc) {
  const out = {}
  const map = doc.get('options', true)
  map?.items?.forEach((pair, i) => {
    // The first key's comment is the map's own.
    const text = (i === 0 ? (pair.key?.commentBefore ?? map.commentBefore) : pair.key?.commentBefore)?.trim().replace(/\s*\n\s*/g, ' ')
    if (text) out[pair.key.value] = text
  })
  return out
}

/** rules/sequence/*.yaml: the sequence rules as `[file, data]` in file-name order, and by file the comments above their options. */
export function readSequenceRules(root) {
  const dir = join(root, 'rules', 'sequence')
  const rules = []
  const comments = new Map()
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue
    const doc = parseDocument(readFileSync(join(dir, name), 'utf8'))
    if (doc.errors.length > 0) throw new RuleFileError(`rules/sequence/${name}: ${doc.errors[0].message.split('\n')[0]}`)
    const data = doc.toJS()
    if (data?.id && `${data.id}.yaml` !== name) throw new RuleFileError(`rules/sequence/${name}: id: "${data.id}" must match the file name`)
    rules.push([`rules/sequence/${name}`, data])
    comments.set(`rules/sequence/${name}`, optionComments(doc))
  }
  return {rules, comments}
}

/** What each sequence check kind reports, in a sentence (the options below say how this rule sets it). */
const SEQUENCE_KINDS = {
  'no-new-content':
    'A follow-up none of whose content sentences has `minNewWords` content words (nouns, names, numbers, adjectives, verbs, by the part-of-speech tagger) that no earlier step used, and no new link. Greetings, sign-offs, pleasantries, chases and sentences the step rules of `emptyRules` found count for nothing; with `informativeRoles`, only a sentence of those roles, something concrete about the reader, a question to them or a new figure counts.',
  'repeated-sentence': 'A content sentence (of `roles`, when given) of at least `minWords` content words sharing `minSimilarity` of them (Jaccard) with a sentence of an earlier step.',
  'same-ask': 'Every step with text, at least `minSteps` of them, asking for the same kind of thing (`kinds`: time, interest, offer, by the sentence roles).',
  gap: 'A step sent sooner after the previous one than its channel allows (`minDays` per step channel, or `default`).',
  density: 'More than `steps` steps within fewer than `days` days; reported once, at the step that crosses it.',
  length: 'More steps than `max.total`, or more steps on one channel than `max.<channel>`.',
  escalation: 'The pressure of the steps (how many findings of the step rules in `rules` each has) reaching a new high `minRises` times, ending at `minPressure` or more in one step.',
  'break-up': 'The last step of a sequence of `minSteps` or more steps carrying a finding of one of the step rules in `rules`.',
  'channel-order': 'A step on a channel with no step on another channel at least some days before it (`needs`: `[{channel, after, minDays}]`).',
  'required-line': 'The first step on one of `channels` (every one, with `every: true`) without a line matching one of `patterns`.',
  consent: 'The first step on one of `channels` (every one, with `every: true`) for which neither the sequence (`consent: sms`, the channels the recipient agreed to) nor the step (`consent: true`) says the recipient agreed to that channel.'
}

/** One example sequence as an item of a numbered list: its steps, and the findings it must give. */
function sequenceExampleLines(e, number) {
  const lines = [`${number}. ${e.name ? `${e.name.replace(/^./, (c) => c.toUpperCase())}:` : 'A sequence:'}`, '']
  if (e.consent !== undefined) lines.push(`   The sequence states \`consent: ${[e.consent].flat().join(', ')}\`.`, '')
  e.steps.forEach((step, i) => {
    const notes = [step.channel ?? 'email']
    if (i > 0) notes.push(`after ${step.delay ?? 0}`)
    if (step.consent !== undefined) notes.push(`consent: ${step.consent}`)
    lines.push(`   Step ${i + 1} (${notes.join(', ')}):`, '')
    const text = (step.subject !== undefined && step.subject !== null ? `Subject: ${step.subject}\n\n` : '') + step.text
    lines.push(...codeBlock(text).split('\n').map((line) => (line ? `   ${line}` : line)), '')
  })
  if (e.findings) {
    const found = e.findings.map((f) => `step ${f.step}${f.match !== undefined ? ` (${inline(f.match)})` : ''}`)
    lines.push(`   Finds ${found.length > 1 ? `${found.slice(0, -1).join(', ')} and ${found.at(-1)}` : found[0]}.`, '')
  }
  return lines
}

/** What `--fix` and the rewrite do for a sequence rule. */
function sequenceFixLines(rule) {
  if (rule.check === 'no-new-content') {
    return [
      'Each finding carries a suggestion: the step\'s message proper (between the greeting and the sign-off) replaced by guide lines, `[[...]]`, for what the whole sequence has not given the reader yet (something about them, a result, a resource, a question they can answer in a line; a new angle when nothing is missing). `outreach-lint sequence --fix` writes it into the sequence file or the step file ([sequences](../sequences.md#the-rewrite-of-a-bump-and---fix)).'
    ]
  }
  return ['No fix or suggestion of its own: the finding is about the sequence (its order, pace or steps), which the writer changes.']
}

export function sequenceRulePage(file, rule, optionNotes = {}) {
  const lines = pageHead(
    file,
    rule,
    [
      '| Runs on | whole sequences: `outreach-lint sequence`, `lintSequence` ([sequences](../sequences.md)) |',
      `| Check | [\`${rule.check}\`](../sequences.md#configure) |`,
      `| Fix | ${rule.check === 'no-new-content' ? '`--fix` writes the suggested rewrite' : 'none of its own'} |`
    ],
    SEQUENCE_KINDS[rule.check]
  )
  lines.push('## Options', '')
  const options = Object.entries(rule.options ?? {})
  if (options.length === 0) lines.push('None: the check kind\'s defaults.', '')
  for (const [key, value] of options) {
    const note = optionNotes[key] ? ` ${optionNotes[key]}` : ''
    // A map of plain values (per channel, say) is a list, one value a line.
    const map = value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => v === null || typeof v !== 'object')
    if (map) {
      lines.push(`- \`${key}\`:${note}`)
      for (const [k, v] of Object.entries(value)) lines.push(`  - \`${k}\`: ${inline(v)}`)
    } else lines.push(`- \`${key}\`: ${inline(value)}.${note}`)
  }
  if (rule.deferTo?.length) lines.push(`- \`deferTo\`: not reported where one of these rules reports an overlapping range of the same step: ${rule.deferTo.map((n) => `\`${n}\``).join(', ')}.`)
  lines.push('', `A config changes any of them for this rule: \`rules: {${rule.id}: [warn, {…}]}\` ([sequences](../sequences.md#configure)). An option given replaces the rule's value of it whole.`, '')
  lines.push('### Where the values come from', '', rule.basis?.trim() ?? 'Not said: the team\'s judgement.', '')
  lines.push(
    '## Examples',
    '',
    'Every example is run by the tests: the flagged sequences must give exactly these findings of this rule (by step, and on the text shown), the others none.',
    '',
    '### Flagged',
    ''
  )
  rule.examples.invalid.forEach((e, i) => lines.push(...sequenceExampleLines(e, i + 1)))
  lines.push('### Not flagged', '')
  rule.examples.valid.forEach((e, i) => lines.push(...sequenceExampleLines(e, i + 1)))
  lines.push('## Fixes and rewrite', '', ...sequenceFixLines(rule), '')
  return lines.join('\n')
}
