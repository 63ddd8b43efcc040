/**
 * Whose slot is it (LABELLING.md section 3, item 3; docs/fresh-errors.md class SLOT): one reading of a
 * template slot, by its name and the words just before it, shared by the relevance signals, the
 * roles, the rewrite and the link count. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {scanPlaceholders} from '../src/parse/placeholders.js'
import {kindOfField, linkSlot, slotKind} from '../src/analyse/slots.js'

const linter = createLinter()
const unspecific = (text: string) => linter.lint({text}).messages.some((m) => m.ruleId === 'no-recipient-specifics')

/** The kind of the one slot of `text` whose raw text is `raw`. */
function kindIn(text: string, raw: string) {
  const p = scanPlaceholders(text).placeholders.find((x) => x.raw === raw)
  if (p === undefined) throw new Error(`no slot ${raw}`)
  return kindOfField(text, p)
}

describe('the kind of a slot', () => {
  test.each([
    // The sender's content, named in the slot.
    ['I would write about [specific angle] for you.', '[specific angle]', 'sender'],
    ['- [Key benefit for readers]', '[Key benefit for readers]', 'sender'],
    ['Here is my piece: [blog post]', '[blog post]', 'sender'],
    // A bare reason or an instruction to the writer.
    ['You would enjoy it because [reason].', '[reason]', 'reason'],
    ['[Mention company details if available]', '[Mention company details if available]', 'reason'],
    // An area of the reader's, named in the slot or by the frame before it.
    ['I found you on [their platform].', '[their platform]', 'area'],
    ['Your background in [specific field] stood out.', '[specific field]', 'area'],
    ["Given [Publication]'s focus on [topic], here is an idea.", '[topic]', 'area'],
    // Either/or: the weakest option.
    ['I came across you through [platform or mutual connection].', '[platform or mutual connection]', 'area'],
    // The reader's own thing, by the frame or by the slot's words.
    ['I enjoyed your talk about [subject].', '[subject]', 'own'],
    ["I saw [Company]'s work on [initiative or product].", '[initiative or product]', 'own'],
    ['I noticed [something about their work/company].', '[something about their work/company]', 'own'],
    // The policy's words say nothing: the caller's own reading stands.
    ['Hi [First Name],', '[First Name]', undefined],
    ['[Similar Company] cut costs by a third.', '[Similar Company]', undefined],
    // "They" after another party's slot is that party.
    ['Heads up: [competitor] just [what they shipped].', '[what they shipped]', undefined]
  ])('%#: %s', (text, raw, kind) => {
    expect(kindIn(text, raw)).toBe(kind)
  })

  test('a slot listing its options reads each option with the same frame', () => {
    expect(slotKind(['issue', 'or', 'job'], 'If you fixed the ')).toBeUndefined()
    expect(slotKind(['angle', 'or', 'post'], 'I loved your piece on ')).toBe('own')
  })
})

describe("the sender's slots and bare reasons are no detail of the reader", () => {
  test.each([
    // A pitch for a guest piece whose slots are the writer's angle and a bare reason.
    ["Hi [Name],\n\nI'd like to write a guest piece on [topic].\n\nMy angle: [specific angle]. Your readers would like it because [reason].\n\nShall I send a draft?\n\nBest,\n[Your Name]"],
    // A follow-up whose slots are the value the sender offers.
    ['Hi [Name],\n\nFollowing up on my note about a guest piece.\n\nWhat it brings:\n- [Key benefit for readers]\n- [Unique angle or insight]\n\nStill interested?'],
    // An either/or slot with an area as one option, and a profile frame.
    ['Dear [Name],\n\nI came across your profile on [platform or mutual connection]. Your background in [specific field] is impressive.\n\nWould you share some advice?'],
    // A beat of the reader's, named through the frame before the slot.
    ["Hi [Editor],\n\nGiven [Publication]'s focus on [topic], I think your readers would like my new study.\n\nCan I send it?"]
  ])('%#: no-recipient-specifics reports it', (text) => {
    expect(unspecific(text)).toBe(true)
  })

  test.each([
    // The topic of a thing of theirs is theirs.
    ['Hi [Name],\n\nI enjoyed your talk about [subject] last week.\n\nWe run study groups on it. Would you like an invite?'],
    // A slot that will hold what was seen of them, with its options split.
    ['Hi [Name],\n\nI noticed [something about their work/company].\n\nWe help teams like yours plan shifts. Worth a look?'],
    // "X's work on [slot]": the thing of theirs is named outside the slot.
    ["Hi [Name],\n\nI've been following [Company]'s work on [initiative or product] and like the approach.\n\nOpen to connecting?"]
  ])('%#: a thing of their own keeps it quiet', (text) => {
    expect(unspecific(text)).toBe(false)
  })
})

describe('link slots count as links', () => {
  const overBudget = (text: string) => linter.lint({text}).messages.some((m) => m.ruleId === 'too-many-links')
  test.each([
    // Three bare "[link]" slots are three links, not one.
    ['Hi Sam,\n\nWe will cover:\n\n- Module [link]\n- Module [link]\n- Module [link]\n\nCould you help on the day?', 1],
    // A bracketed note that asks for a link is a link once filled.
    ['Hi Sam,\n\nPrototype: [put the prototype online and insert the link here]\nNotes: [put the notes online and insert the link here]\nTracker: https://example.org/tracker\n\nThoughts?', 1],
    // The value of a labelled line that names a thing to open.
    ['Hi Sam,\n\nIn case it helps:\n- Walkthrough: [video/screenshot]\n- Benchmarks: [report]\n- Source: https://example.org/src\n\nThanks!', 1],
    // The same named slot twice is one link; a single bare one is within budget.
    ['Hi Sam,\n\nBook here: {{calendar_link}}. Or later: {{calendar_link}}. The deck: [link]\n\nThanks!', 0]
  ])('%#', (text, expected) => {
    expect(overBudget(text)).toBe(expected === 1)
  })

  test('a slot of theirs or a plain word is no link', () => {
    expect(linkSlot('[their website]', 'Site: ')).toBe(false)
    expect(linkSlot('[report]', 'I read the ')).toBe(false)
    expect(linkSlot('[report]', '- Benchmarks: ')).toBe(true)
  })
})
