/**
 * The hard cases of detection quality, each with the default rules: negation and quotation,
 * generic "you", self-reference that serves the reader, merge fields that point at the reader,
 * paraphrases, and follow-ups that add something versus those that only bump.
 */
import {describe, expect, test} from 'vitest'
import {createLinter, type Category, type LintInput} from '../src/index.js'
import {builtinRules} from '../src/config.js'

const linter = createLinter()
const categories = (input: string | LintInput) => [...new Set(linter.lint(input).messages.map((m) => m.category))].sort()
const rules = (input: string | LintInput) => linter.lint(input).messages.map((m) => m.ruleId)
const THREE: Category[] = ['cold-interruption', 'missing-relevance', 'product-centric']
const noneOfTheThree = (input: string | LintInput) => expect(categories(input).filter((c) => THREE.includes(c))).toEqual([])

describe('negation and quotation', () => {
  test('a negated pattern is not the pattern', () => {
    noneOfTheThree("Hi Pavel, I won't claim we're best-in-class, and I'm not going to ask for a demo. Your blog said the billing rewrite stalled twice. Want the migration checklist?")
  })

  test("the reader's own words quoted back are not our boast", () => {
    noneOfTheThree('Hi Ana, you wrote that "our onboarding is best-in-class except week one". What happens in week one?')
  })

  test('what the message does still counts after a negation elsewhere', () => {
    expect(rules("I won't pitch you, but our award-winning suite is the industry-leading choice. Worth a look?")).toContain('company-boast')
  })
})

describe('who the message is about', () => {
  test('generic "you" does not balance a message about the sender', () => {
    const text = 'You know how it is. I run a studio and we build stores. Our team has shipped 80 stores and we love our work. I think we would be a great fit.'
    expect(rules(text)).toContain('self-centred')
  })

  test('self-reference that serves the reader is not product-centric', () => {
    noneOfTheThree("Hi Sam, I read your post on churn and I agree with your point about onboarding debt. I'd be curious how you measure time-to-value?")
  })
})

describe('lists', () => {
  const items = '\n- AI call notes\n- Pipeline forecasting\n- Email sequencing\n\nWant a demo?'
  test('a list whose lead-in says it is features is reported once, by feature-list', () => {
    const found = rules(`Hello,\n\nOur platform offers:${items}`)
    expect(found).toContain('feature-list')
    expect(found).not.toContain('untied-list')
  })

  test("untied-list stands aside on exactly the evidence no-recipient-specifics looks for", () => {
    const rule = (id: string) => builtinRules().rules.find((r) => r.id === id)!
    const evidence = rule('no-recipient-specifics')
    expect(evidence.check === 'required-signal' && [...evidence.signals].sort()).toEqual([...(rule('untied-list').unless ?? [])].sort())
  })

  test('the same list under any other lead-in, with nothing about the reader, is untied-list', () => {
    const found = rules(`Hello,\n\nQuick version:${items}`)
    expect(found).toContain('untied-list')
    expect(found).not.toContain('feature-list')
  })
})

describe('merge fields', () => {
  test('a field that describes an observation is relevance; a name slot is not', () => {
    expect(categories('Hi {{first_name}}, your take on {{recent_post}} was sharp. How are you handling it this quarter?')).not.toContain('missing-relevance')
    expect(categories('Hi {{first_name}}, I would love to help {{company}} grow. Open to a chat?')).toContain('missing-relevance')
  })
})

describe('paraphrases that are in no phrase list verbatim', () => {
  test.each([
    ['Trust this note finds you thriving. We sell shoes.', 'generic-opener'],
    ['Hoping your week is off to a flying start! Quick one about shoes.', 'generic-opener'],
    ['Circling back on the below.', 'empty-follow-up'],
    ['Can I steal 20 minutes of your time on Thursday?', 'premature-meeting-ask'],
    ['What does your Tuesday look like for a walkthrough?', 'premature-meeting-ask'],
    ['We are the #1 rated platform for dentists.', 'company-boast'],
    ['Gartner recognised us as a leader in procurement software.', 'company-boast'],
    ['Sorry to barge into your inbox like this.', 'apologetic-opener'],
    ['Only 2 places left, so claim yours today.', 'false-urgency']
  ])('%s', (text, rule) => {
    expect(rules({text, channel: rule === 'empty-follow-up' ? 'followup' : 'email'})).toContain(rule)
  })
})

describe('follow-ups', () => {
  test('one that only bumps is flagged', () => {
    expect(rules({text: 'Hi Marco, just circling back on my last note. Any thoughts?', channel: 'followup'})).toContain('empty-follow-up')
  })

  test('one that adds something new is not a bump', () => {
    const input: LintInput = {
      text: 'Hi Marco, one more data point since my note: Doncaster council approved the new distribution park next to your site. Want the planning summary?',
      channel: 'followup'
    }
    noneOfTheThree(input)
  })

  test('chasing a reply is flagged even when something new follows', () => {
    expect(rules({text: 'Did you get a chance to read my last email? Here is the benchmark anyway: your checklist has 11 steps, the median is 6.', channel: 'followup'})).toContain(
      'reply-chasing'
    )
  })
})
