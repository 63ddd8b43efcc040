/**
 * docs/fresh-errors.md, round 19, classes SPUR and LIST: whose a name is, and lists the linter did
 * not see as the offering's. A name that classifies a bare plural, one the reader is asked whether
 * they use, a word capitalised on a heading line and words quoted as a slot's examples say nothing
 * of the reader; a list under a lead-in that imagines the offering in their hands, and the parts an
 * offering is said to come "with", are the sender's features. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const ruleIds = (text: string) => linter.lint({text}).messages.map((m) => m.ruleId)
const relevanceMissing = (text: string) => ruleIds(text).includes('no-recipient-specifics')
const productCentric = (text: string) => linter.lint({text}).messages.some((m) => m.category === 'product-centric')

describe('a name that classifies a bare plural names a kind, nothing of theirs', () => {
  test.each([
    'Hi [Name],\n\nWould your members like to meet runners from other Bristol clubs? We list club runs across the city for free.\n\nInterested?',
    // The sender's example query: "Kotlin projects" is a kind of project anyone may have.
    'Hi [Name],\n\nWhat if you could search applicants by checked skills?\n\n"Show me applicants with checked Kotlin projects, from [University]"\n\nThat is what Hirelens does. Worth a look?',
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test.each([
    // Owned or fixed to one thing: the name says something of theirs.
    'Hi Sam,\n\nCongrats on opening the Leeds depot last month. We build rota tools for new sites.\n\nWorth a look?',
    'Hi Sam,\n\nSaw your Kotlin projects on the public board won the spring hack. We build code review tools.\n\nWorth a look?',
  ])('%#: a name of theirs still counts', (text) => {
    expect(relevanceMissing(text)).toBe(false)
  })
})

describe('a name in a yes/no question whether they use it is not known of them', () => {
  test.each([
    'Hi [Name],\n\nQuick question: do you use Telegram for booking questions?\n\nI made a bot that answers them at night. Want to try it?',
    'Hi [Name],\n\nAre you using Trellis for your rotas (or thinking about it)?\n\nWe built a plug-in for it. Worth a look?',
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test.each([
    // A question that presupposes what the sender knows, or one about a place of theirs.
    'Hi Sam,\n\nAre you still running the night rota on Trellis? We built a plug-in for it.\n\nWorth a look?',
    'Hi Sam,\n\nIs the Leeds depot still checking pallets by hand? We built a scanner for that.\n\nWorth a look?',
  ])('%#: the name still counts', (text) => {
    expect(relevanceMissing(text)).toBe(false)
  })
})

describe('words capitalised on a heading line are its style', () => {
  test.each([
    'Hi!\n\n{{!-- Short Reminder --}}\nCodeclub runs free coding evenings for beginners.\n\n{{!-- Call To Action --}}\n**Can you provide sponsorship for Codeclub on {{ date }}? We need {{ amount }} for lunch.**\n\nThank you!\nThe Codeclub team',
    'Hi [Name],\n\nWe run free coding evenings for beginners.\n\n### Step 2: Optional Extras (if you have an hour)\nBring a laptop and a friend.\n\nThanks!',
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test.each([
    // A name on a heading that speaks to them is theirs: it is no word of the language.
    'Hi Priya,\n\n**Your second line at Fenwick Dairy**\n\nWe help dairies schedule cleaning between runs. Worth a chat?',
  ])('%#: a name in a heading of theirs still counts', (text) => {
    expect(relevanceMissing(text)).toBe(false)
  })
})

describe('words quoted inside a slot are its examples, not words of theirs', () => {
  test.each([
    'Hi [Name],\n\nWould you like more players at your [EVENT - e.g. "five-a-side nights", "park runs"]?\n\nWe promote club events across the city for free. Interested?',
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test.each([
    'Hi Sam,\n\nYou said on the panel that "rotas are the night shift\'s real boss". We build rota tools for depots.\n\nWorth a look?',
  ])('%#: their own quoted words still count', (text) => {
    expect(relevanceMissing(text)).toBe(false)
  })
})

describe('lists the sender offers', () => {
  test.each([
    // A lead-in that imagines the offering in their hands: its "you" is whoever reads it.
    'Hey [Name]!\n\nWhat if you could:\n- Plan the week\'s rota in a minute\n- Swap shifts by text\n- See overtime before it happens\n\nTry: rotawise.example\n\nThoughts?',
    // Parts the offering is said to come with, run into one sentence.
    'Hi Sam,\n\nWe built Rotawise, a planning tool with a shift board, a swap inbox and overtime alerts, so depots plan in one place.\n\nWorth a look?',
  ])('%#: product-centric', (text) => {
    expect(productCentric(text)).toBe(true)
  })

  test.each([
    // Three things the sender offers to do are prose, not parts of a thing.
    'Hi Sam,\n\nSaw your Leeds depot opened last month. We offer design, build and support. Which of those is the bottleneck for you?',
    // Questions to them under a lead-in that imagines nothing.
    'Hi Sam,\n\nSaw your Leeds depot opened last month.\n\nBefore I send anything, three questions:\n- Who books the vans?\n- How many drivers are out on a Friday?\n- Is it still done on paper?\n\nThanks!',
  ])('%#: no feature list', (text) => {
    expect(ruleIds(text).filter((id) => id === 'feature-list' || id === 'untied-list')).toEqual([])
  })
})

describe('a name in the sender\'s own chase or stated offer is theirs, not the reader\'s', () => {
  test.each([
    'Hi Sam,\n\nWe built a bot that answers booking questions at night.\n\nHappy to send you the Bitbucket repo or set it up for you.',
    'Hi Sam,\n\nWe built a plug-in that checks every rota for clashes.\n\nWould love to discuss how it could fit into Trellis Desktop.',
  ])('%#: still nothing about them', (text) => {
    expect(relevanceMissing(text)).toBe(true)
  })

  test.each([
    // A question put to them about a place of theirs still counts.
    'Hi Sam,\n\nWe built a plug-in that checks every rota for clashes. Is the Leeds depot still planning on paper?',
  ])('%#: a name put to them still counts', (text) => {
    expect(relevanceMissing(text)).toBe(false)
  })
})
