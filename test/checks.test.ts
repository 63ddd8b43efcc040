/** Each check kind and the merge-field syntax, through small packs made for the test. */
import {describe, expect, test} from 'vitest'
import {createLinter, scanPlaceholders, type RuleInput} from '../src/index.js'
import {fieldLabel} from '../src/parse/placeholders.js'
import {builtinRules} from '../src/config.js'
import {parseText} from '../src/parse/processor.js'

const base = {category: 'spammy', severity: 'warning', message: '{match}', why: 'because', examples: {invalid: ['x'], valid: ['y']}} as const

function only(rule: Record<string, unknown>) {
  const {signals, vocabulary} = builtinRules()
  return createLinter({noBuiltin: true, packs: [{rules: [{id: 'r', ...base, ...rule} as RuleInput], signals, vocabulary}]})
}
const actual = (linter: ReturnType<typeof only>, text: string, channel?: 'email' | 'sms') =>
  linter.lint({text, channel}).messages.map((m) => m.actual)

describe('merge fields are syntax', () => {
  test('every CRM syntax is one node, and its words are not prose', () => {
    const text = 'Hi {{first_name}}, {{ contact.company }} {FirstName} [First Name] [Company] %FIRSTNAME% *|FNAME|* {!Contact.FirstName} ok'
    const {placeholders} = scanPlaceholders(text)
    expect(placeholders.map((p) => [p.raw, p.syntax, p.name])).toEqual([
      ['{{first_name}}', 'mustache', 'firstname'],
      ['{{ contact.company }}', 'mustache', 'company'],
      ['{FirstName}', 'brace', 'firstname'],
      ['[First Name]', 'bracket', 'firstname'],
      ['[Company]', 'bracket', 'company'],
      ['%FIRSTNAME%', 'percent', 'firstname'],
      ['*|FNAME|*', 'mailchimp', 'fname'],
      ['{!Contact.FirstName}', 'salesforce', 'firstname']
    ])
    const {tree} = parseText(text)
    const sources: string[] = []
    const words: string[] = []
    const walk = (node: {type: string; value?: string; children?: unknown[]}) => {
      if (node.type === 'SourceNode') sources.push(node.value!)
      if (node.type === 'WordNode') words.push('w')
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child)
    }
    walk(tree as never)
    expect(sources).toEqual(placeholders.map((p) => p.raw))
    expect(words.length).toBe(2) // "Hi" and "ok"
  })

  test('a slot in angle brackets is a field; an HTML tag, an address or a link in them is not', () => {
    const text = "It's <REP> from <PRODUCT>: <their stated problem, their words>. <b>Bold</b><br/> <br> Mail <jo@acme.com> or <https://acme.com>; 3 < 5 > 2."
    const {placeholders, broken} = scanPlaceholders(text)
    expect(placeholders.map((p) => [p.raw, p.syntax, p.name])).toEqual([
      ['<REP>', 'angle', 'rep'],
      ['<PRODUCT>', 'angle', 'product'],
      ['<their stated problem, their words>', 'angle', 'theirstatedproblemtheirwords']
    ])
    expect(broken).toEqual([])
    // "PRODUCT" in a field is no shouting, and the reader's words in a slot are a fact of theirs.
    const linter = createLinter()
    const found = linter.lint({text: "Hi Sam, it's <REP> from <PRODUCT>. Is <their stated problem> still the slow part?", channel: 'followup'}).messages.map((m) => m.ruleId)
    expect(found).not.toContain('shouting')
    expect(found).not.toContain('no-recipient-specifics')
  })

  test('a writer\'s instruction in prose between double braces is closed, over a hard line break but never a blank line', () => {
    const text = 'Hi {{first_name}},\n\n{{One sentence about their situation — show you\ndid research.}}\n\n{{one line\n\nand more}} {{name,}}'
    const {placeholders, broken} = scanPlaceholders(text)
    expect(placeholders.map((p) => p.raw)).toEqual(['{{first_name}}'])
    expect(broken.map((b) => b.raw)).toEqual(['{{one', 'more}}', '{{name', '}}'])
  })

  test('a template filter is part of its field, not a broken one', () => {
    const text = `Hi {{ first_name | default("there") }}, saw {{ company | default('your team') | capitalize }} and {{ x | }`
    const {placeholders, broken} = scanPlaceholders(text)
    expect(placeholders.map((p) => [p.raw, p.name])).toEqual([
      ['{{ first_name | default("there") }}', 'firstname'],
      ["{{ company | default('your team') | capitalize }}", 'company']
    ])
    expect(broken.map((b) => b.raw)).toEqual(['{{'])
  })

  test("a writer's note after the field's name is part of the field", () => {
    const {placeholders, broken} = scanPlaceholders('{{signal, e.g. "your post on cutting on-call toil"}} resonated. {{name,}} and {{x, y')
    expect(placeholders.map((p) => [p.raw, p.name])).toEqual([['{{signal, e.g. "your post on cutting on-call toil"}}', 'signal']])
    expect(broken.map((b) => b.raw)).toEqual(['{{name', '}}', '{{x'])
  })

  test("an automation tool's expression is one field, named by the key it reads", () => {
    const text = `Hi {{ $json["Contact Person"] || "there" }}, we could support {{ $('Read Leads').item.json['Company Name'] }} with {{ $json.offer }}. {{ $json["x"] }`
    const {placeholders, broken} = scanPlaceholders(text)
    expect(placeholders.map((p) => [p.raw, p.name, fieldLabel(p)])).toEqual([
      ['{{ $json["Contact Person"] || "there" }}', 'contactperson', 'Contact Person'],
      ["{{ $('Read Leads').item.json['Company Name'] }}", 'companyname', 'Company Name'],
      ['{{ $json.offer }}', 'offer', 'offer']
    ])
    expect(broken.map((b) => b.raw)).toEqual(['{{'])
  })

  test('broken fields are found, whole ones are not', () => {
    expect(scanPlaceholders('Hi {{first_name}, and first_name}} and *|FNAME| and {{ok}}').broken.map((b) => b.raw)).toEqual([
      '{{first_name}',
      'first_name}}',
      '*|FNAME|'
    ])
  })

  test('an either/or slot in braces is one field, not a broken one', () => {
    const {placeholders, broken} = scanPlaceholders("saw the news about {Company}'s {event/announcement} and {a/b/c}")
    expect(placeholders.map((p) => [p.raw, p.syntax])).toEqual([
      ['{Company}', 'brace'],
      ['{event/announcement}', 'brace'],
      ['{a/b/c}', 'brace']
    ])
    expect(broken).toEqual([])
    // A slash that opens or closes the braces is no slot.
    expect(scanPlaceholders('{/event} {event/}').placeholders).toEqual([])
  })
})

describe('phrase', () => {
  const linter = only({check: 'phrase', patterns: ['(i|we) want to? reach out', 'quick call', '^ my name is', '<num> (min|minutes)'], exceptions: ['reach out to me']})

  test('inflections and contractions are one pattern; two matches in a sentence are two findings, never one over the words between', () => {
    expect(actual(linter, 'I wanted to reach out. We reached out twice. Reaching out now.')).toEqual(['I wanted to reach out'])
    expect(actual(linter, 'Got 15 minutes for a quick call?')).toEqual(['15 minutes', 'quick call'])
  })

  test('a word linted before a linter that names it was built is still matched by that linter', () => {
    // Words are cached with the trie labels known when first seen; a later pack's new words must not be missed.
    const text = 'Our zyxquorp gadget is great.'
    expect(actual(linter, text)).toEqual([])
    expect(actual(only({check: 'phrase', patterns: ['zyxquorp gadget']}), text)).toEqual(['zyxquorp gadget'])
  })

  test('negation in the same clause, quotes, anchors and exceptions stop a match', () => {
    expect(actual(linter, "I won't ask for a quick call.")).toEqual([])
    expect(actual(linter, 'No pressure, but a quick call?')).toEqual(['quick call'])
    expect(actual(linter, 'Your post said "a quick call beats ten emails".')).toEqual([])
    expect(actual(linter, 'Hi Jo, my name is Sam. Yes, my name is on it.')).toEqual(['my name is'])
    expect(actual(linter, 'If anything changes, I want to reach out to me... no.')).toEqual([])
  })
})

describe('pattern', () => {
  test('windows keep a long run linear and find every match once', () => {
    const linter = only({check: 'pattern', pattern: '\\w+@\\w+\\.com'})
    const t = performance.now()
    expect(actual(linter, 'x'.repeat(100_000) + ' write to sam@example.com or jo@example.com')).toEqual(['sam@example.com', 'jo@example.com'])
    expect(performance.now() - t).toBeLessThan(10_000)
    expect(actual(linter, ('contact sam@example.com now. ' + 'y'.repeat(300)).repeat(100)).length).toBe(100)
  })
})

describe('metric', () => {
  test('thresholds per channel, with a default', () => {
    const linter = only({check: 'metric', metric: 'words', max: {default: 5, sms: 3}})
    expect(actual(linter, 'one two three four', 'email')).toEqual([])
    expect(actual(linter, 'one two three four', 'sms')).toEqual(['four'])
  })

  test('sentence length marks each long sentence', () => {
    const linter = only({check: 'metric', metric: 'sentenceWords', max: 3})
    expect(actual(linter, 'Short one. This one is far too long. Fine here.')).toEqual(['This one is far too long.'])
  })
})

describe('ratio, required-signal, recipient-facts, link, list, placeholder', () => {
  test('ratio counts words of the message, not merge fields or quotes', () => {
    const linter = only({check: 'ratio', maxRatio: 2, minSelf: 3})
    expect(actual(linter, 'We built it. Our team and I made it for us.').length).toBe(1)
    expect(actual(linter, 'We built it for you. Your team and I made it. Does your team want it?')).toEqual([])
  })

  test('required-signal wants one of the named signals', () => {
    const linter = only({check: 'required-signal', signals: ['question-mark']})
    expect(actual(linter, 'We sell shoes.')).toEqual(['We sell shoes.'])
    expect(actual(linter, 'Do you need shoes?')).toEqual([])
  })

  test('recipient-facts wants the known company, role or facts mentioned', () => {
    const linter = only({check: 'recipient-facts'})
    const recipient = {name: 'Ana', company: 'Northwind Freight'}
    expect(linter.lint({text: 'Hi Ana, we move boxes.', recipient}).messages.length).toBe(1)
    expect(linter.lint({text: 'Hi Ana, how is Northwind coping with peak?', recipient}).messages.length).toBe(0)
  })

  test('link flags booking hosts and a link budget', () => {
    const linter = only({check: 'link', hosts: ['calendly.com'], max: 1})
    expect(actual(linter, 'See https://example.com/a and https://www.calendly.com/x/15')).toEqual(['https://www.calendly.com/x/15'])
  })

  test('list flags a feature list after a lead-in, not any list', () => {
    const linter = only({check: 'list', minItems: 3, leadIn: ['our platform offers']})
    expect(actual(linter, 'Our platform offers:\n- a\n- b\n- c')).toEqual(['- a\n- b\n- c'])
    expect(actual(linter, 'Reply with a number:\n1. yes\n2. no\n3. later')).toEqual([])
  })

  test('list: with inlineItems, a list run into the lead-in sentence counts, from that many items', () => {
    const rule = {check: 'list', minItems: 3, leadIn: ['our platform offers', 'we offer']}
    const text = 'Our platform offers: notes, forecasts, sequences, and dashboards. Want one?'
    const inline = only({...rule, inlineItems: 4})
    // From the lead-in to the sentence's last item, serial comma or not; the count is the value.
    const counted = only({...rule, inlineItems: 4, message: '{value} items'})
    expect(counted.lint(text).messages.map((m) => [m.actual, m.message])).toEqual([['Our platform offers: notes, forecasts, sequences, and dashboards', '4 items']])
    expect(actual(inline, 'We offer notes, forecasts, sequences and dashboards')).toEqual(['We offer notes, forecasts, sequences and dashboards'])
    // Three items are prose; two commas are needed however many "and"s; other sentences do not count.
    expect(actual(inline, 'We offer design, build and support. Do you need all three?')).toEqual([])
    expect(actual(inline, 'We offer research and development and design and support.')).toEqual([])
    expect(actual(inline, 'We offer audits. Notes, forecasts, sequences and dashboards are yours.')).toEqual([])
    // A bulleted list in the same sentence is reported once, as the bulleted list.
    expect(actual(inline, 'Our platform offers:\n- a, b\n- c, d\n- e')).toEqual(['- a, b\n- c, d\n- e'])
    // Without inlineItems, only bullets count.
    expect(actual(only(rule), text)).toEqual([])
  })

  test('placeholder: mixed syntaxes report the minority syntax', () => {
    const linter = only({check: 'placeholder', mode: 'mixed-syntax', message: '{match} vs {expected}'})
    expect(linter.lint('Hi {{first_name}}, {{company}} and [City]').messages.map((m) => m.message)).toEqual(['[City] vs mustache'])
  })

  test('placeholder: misspelt names the field meant, in the placeholder\'s own style', () => {
    const linter = only({
      check: 'placeholder',
      mode: 'misspelt',
      fields: ['first_name', 'company', 'company_name', 'title'],
      message: '{match} -> {expected}',
      suggestions: [{message: 'use it', replacement: '{expected}'}]
    })
    const found = (text: string) => linter.lint(text).messages.map((m) => [m.message, m.suggestions.map((s) => s.replacement)])
    expect(found('{{frist_name}} {{ contact.frist_name }} {FristName} {!Contact.firstNmae} %FRIST_NAME% *|FRSTNAME|* [Frist name]')).toEqual([
      ['{{frist_name}} -> {{first_name}}', ['{{first_name}}']],
      ['{{ contact.frist_name }} -> {{ contact.first_name }}', ['{{ contact.first_name }}']],
      ['{FristName} -> {FirstName}', ['{FirstName}']],
      ['{!Contact.firstNmae} -> {!Contact.firstName}', ['{!Contact.firstName}']],
      ['%FRIST_NAME% -> %FIRST_NAME%', ['%FIRST_NAME%']],
      ['*|FRSTNAME|* -> *|FIRSTNAME|*', ['*|FIRSTNAME|*']],
      ['[Frist name] -> [First Name]', ['[First Name]']]
    ])
    // One edit (a transposition is one), two from ten letters on; the nearest field wins.
    expect(found('{{compnay}} {{compayn}} {{comapnyname}} {{cmopanynmae}} {{compny_name}}')).toEqual([
      ['{{compnay}} -> {{company}}', ['{{company}}']],
      ['{{compayn}} -> {{company}}', ['{{company}}']],
      ['{{comapnyname}} -> {{companyname}}', ['{{companyname}}']],
      ['{{cmopanynmae}} -> {{companyname}}', ['{{companyname}}']],
      ['{{compny_name}} -> {{company_name}}', ['{{company_name}}']]
    ])
    // Known fields, plurals, two edits from a short name, names far from all and short names
    // (title, titel) are left alone.
    expect(found('{{first_name}} {{FirstName}} {{companys}} {{cmopnay}} {{company_size}} {{titel}} {{employer}}')).toEqual([])
  })

  test('placeholder: the built-in misspelt-merge-field takes a team\'s own fields from its config', () => {
    const ids = (linter: ReturnType<typeof createLinter>) =>
      linter.lint('Hi {{frist_name}}, how is {{compnay_size}} and {{compnay}}?').messages.filter((m) => m.ruleId === 'misspelt-merge-field').map((m) => m.actual)
    expect(ids(createLinter())).toEqual(['{{frist_name}}', '{{compnay}}'])
    const own = createLinter({rules: {'misspelt-merge-field': ['error', {fields: ['first_name', 'compnay']}]}})
    expect(ids(own)).toEqual(['{{frist_name}}'])
  })

  test('placeholder: misspelt needs its list of fields', () => {
    expect(() => only({check: 'placeholder', mode: 'misspelt'})).toThrow("config: packs.0.rules.0.fields: mode \"misspelt\" needs the list of known `fields`")
  })
})

describe('categories: a verdict read from the other rules', () => {
  const text = 'Hi Dana,\n\nWe work with Ocado, Asos and Boots on their delivery software. Is the Leeds depot still scanning parcels by hand?'
  const verdict = (options: Record<string, unknown>) => {
    const linter = createLinter({rules: {'interrupt-then-pitch': ['error', options]}} as never)
    return linter.lint(text).messages.filter((m) => m.ruleId === 'interrupt-then-pitch').map((m) => m.message)
  }
  test('two rules of one category listed in countTwice count as two kinds, and the message says so', () => {
    const linter = createLinter()
    expect(linter.lint(text).messages.filter((m) => m.category === 'product-centric').map((m) => m.ruleId).sort()).toEqual(['logo-drop', 'sender-first-opening'])
    expect(verdict({countTwice: ['product-centric']})).toEqual(['Taken together, it is about you in more than one way: the interrupt-then-pitch message buyers delete.'])
  })
  test('without countTwice, one category is not enough however many rules found something in it', () => {
    expect(verdict({countTwice: []})).toEqual([])
    expect(verdict({countTwice: ['cold-interruption']})).toEqual([])
  })
})

describe('role: several', () => {
  test('a story told in several sentences is one point, in the count the message gives too', () => {
    const text = 'Hi Sam,\n\nSaw your Leeds depot opened. Your careers page lists three night-shift pickers. [Similar Company] was re-scanning every pallet by hand. They cut it to one scan at the dock. We\'ve cut returns by 30% for Harbor Freight. Is the night shift still scanning by hand?'
    const found = createLinter().lint(text).messages.filter((m) => m.ruleId === 'stacked-proof')
    expect(found.map((m) => m.message)).toEqual(['Proof after proof (2 results of yours): one is evidence, a stack is a boast.'])
  })
})
