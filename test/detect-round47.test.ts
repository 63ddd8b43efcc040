/**
 * docs/fresh-errors.md, round 22, class ROLE (the sender's own work not read as pitch, and the reverse):
 * whose sentence it is, read from what it does. A thing of the sender's defined on the spot ("on behalf
 * of [X][site], a charity ...", "Sharing a tool ...: **x.dev** — a checker ...") is their work; a look at
 * the world inside a clause of its own ("... so that skippers can plan a route and find a mooring") is
 * not the sender looking at the reader's; a gerund whose phrase is the subject of the verb after it
 * ("Running a harbour office burns ...") is nobody's work told; a name signed after a dash goes on with
 * no pitch; a clause under an announcer's label ("Big news for ...:") is the sender's news. Drafts in
 * our own words.
 */
import {describe, expect, test} from 'vitest'
import {analyseRoles} from '../src/analyse/roles.js'
import {analyseText} from '../src/analyse/facts.js'
import {tagText} from '../src/analyse/grammar.js'
import {scanPlaceholders} from '../src/parse/placeholders.js'
import {parsePieces} from '../src/parse/processor.js'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const ruleIds = (text: string) => linter.lint({text}).messages.map((m) => m.ruleId)

/** The role of the sentence that holds `phrase`. */
function roleOf(text: string, phrase: string): string {
  const {placeholders, broken} = scanPlaceholders(text)
  const facts = analyseText(parsePieces(text, placeholders), text, placeholders, broken)
  const roles = analyseRoles(facts, tagText(text.slice(0, facts.signatureStart), placeholders), linter.config.vocabulary, undefined, 'email')
  const at = text.indexOf(phrase)
  return roles.sentences.find((x) => x.start <= at && at < x.end)?.role ?? 'none'
}

describe('writing on behalf of a linked name defined on the spot introduces the sender', () => {
  test.each([
    ["Hi,\n\nI'm writing to you on behalf of [Tidewell Trust][site], a charity that repairs tide gauges.\n\nCould we talk to your members?\n\n[site]: https://tidewell.example", "I'm writing"],
    ['Hi,\n\nWe are writing on behalf of [Quaymark](https://quaymark.example) — an open archive of harbour charts.\n\nMay we list your berths?', 'We are writing'],
  ])('%#: self-intro, and the opening is flagged', (text, phrase) => {
    expect(roleOf(text, phrase)).toBe('self-intro')
    expect(ruleIds(text).some((id) => id === 'pitch-opening' || id === 'sender-first-opening')).toBe(true)
  })

  test.each([
    // No definition of the sender's thing: a reason follows the link.
    ["Hi,\n\nI'm writing on behalf of [Tidewell Trust][site] because your post on gauges answered our question.\n\nCould I ask one more?\n\n[site]: https://tidewell.example", "I'm writing"],
  ])('%#: not the sender introduced', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('self-intro')
  })
})

describe('a look inside a clause of its own is not the sender looking at the reader', () => {
  test('what the sender builds, for someone to find things with, is the pitch', () => {
    const text = "Hello,\n\nI'm building Quaymark, an open archive of harbour charts, so that skippers can plan a route and find a safe mooring.\n\nMay I include your berth list?"
    expect(roleOf(text, "I'm building")).toBe('pitch')
    expect(ruleIds(text)).toContain('sender-first-opening')
  })

  test('a relative with no subject of its own before "and noticed" leaves the noticing the sender\'s', () => {
    const text = "Hi Jo,\n\nI've been researching harbours in Yorkshire that are growing quickly and noticed Whitby's new berth planner went live in May.\n\nWorth a chat?"
    expect(roleOf(text, "I've been researching")).toBe('observation')
  })

  test('a second clause of the sender that notices something of theirs stays an observation', () => {
    const text = 'Hi Jo,\n\nWe are attending Harbourfest and noticed Quayside is exhibiting on stand 12 with its new berth planner.\n\nWorth a chat there?'
    expect(roleOf(text, 'We are attending')).toBe('observation')
  })
})

describe('sharing a name defined on the spot is the sender offering their own thing', () => {
  test('a shared tool, named and defined after a colon, opens with the pitch', () => {
    const text = 'Hi [name],\n\nSharing a free, open tool your readers might like: **tidecheck.dev** — a checker for published tide tables.\n\nThanks!'
    expect(roleOf(text, 'Sharing')).toBe('pitch')
    expect(ruleIds(text)).toContain('pitch-opening')
  })

  test.each([
    ['Hi Sam,\n\nSharing a thought: your tide tables load slowly on mobile.\n\nWant the details?', 'Sharing'],
    ['Hi Sam,\n\nSharing the link you asked for: tidecheck.dev/report.\n\nThanks!', 'Sharing'],
  ])('%#: handing over what is no thing of theirs defined is no pitch', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('pitch')
  })
})

describe('a gerund that is the subject of the verb after it is nobody’s work told', () => {
  test('the reader’s cost, put to them', () => {
    const text = 'Hi Sam,\n\nRunning a harbour office burns two days a month on tide tables.\n\nIs that true at Whitby too?'
    expect(roleOf(text, 'Running')).not.toBe('pitch')
    expect(ruleIds(text)).not.toContain('pitch-opening')
  })

  test('the sender’s work with its "I\'m" left out is still the pitch, whatever its clause says', () => {
    expect(roleOf('Hi Sam,\n\nBuilding a tide-table checker that flags errors before print.\n\nWorth a look?', 'Building')).toBe('pitch')
  })
})

describe('a name signed after a dash does not go on with the pitch', () => {
  test('"— Ravi" after an offer', () => {
    const text = 'Hi Sam,\n\nQuick nudge on the note below.\n\nHappy to walk you through any of the 12 harbour charts, or pull together a one-page brief.\n\n— Ravi'
    expect(roleOf(text, '— Ravi')).not.toBe('pitch')
  })
})

describe('a clause under an announcer\'s label is the sender\'s news', () => {
  test('"Big news for ...:" over a product at work', () => {
    const text = 'Hey Sam,\n\nBig news for chart makers: the Quaymark viewer now shows live depths beside every berth.\n\nWant to add it to your app?'
    expect(roleOf(text, 'Big news')).toBe('pitch')
    expect(ruleIds(text)).toContain('pitch-opening')
  })

  test.each([
    ['Hi Sam,\n\nBig news on your side: the Whitby office now opens on Sundays, congratulations!\n\nWorth a chat?', 'Big news'],
    ['Hi Sam,\n\nBig news: did the Whitby office open on Sundays?\n\nThanks!', 'Big news'],
  ])('%#: the reader\'s news, or a question, is no pitch', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('pitch')
  })
})

describe('a fragment saying whom the message is from, by name, introduces the sender', () => {
  test.each([
    ['quick intro from Tidewell (a tide-gauge charity).\n\nWe repair gauges on small harbours.\n\nWorth a chat?', 'quick intro'],
    ['Hi Sam,\n\nquick one from tidecheck (a tide-table checker).\n\nYour Whitby table drew 38 clicks last week.\n\nWant the export?', 'quick one'],
  ])('%#: self-intro', (text, phrase) => {
    expect(roleOf(text, phrase)).toBe('self-intro')
  })

  test.each([
    ['Hi Sam,\n\nQuick note from our call: the berth list is attached.\n\nThanks!', 'Quick note'],
    ['Hi Sam,\n\nQuick one from last week.\n\nDid the berth list arrive?', 'Quick one'],
  ])('%#: not a name after "from"', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('self-intro')
  })
})

describe('a product made, with its "I" left out, is the sender’s work shown', () => {
  test('"Built Quaymark: ..." is the pitch', () => {
    expect(roleOf('Hi Sam,\n\nYour berth planner PR landed yesterday.\n\nBuilt Quaymark: a viewer for harbour charts with live depths.\n\nWorth a look?', 'Built Quaymark')).toBe('pitch')
  })

  test.each([
    ['Hi Sam,\n\nPublished a breakdown of how [peer harbour] cut berth waits.\n\n[Link] if you are curious.', 'Published'],
    ['Hi Sam,\n\nMade me think of Whitby when I read it.\n\nHow are the berths?', 'Made me'],
  ])('%#: a piece handed over, or no maker, is no pitch', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('pitch')
  })
})

describe('sharing a thing of the sender’s, named and defined on the spot, is the pitch', () => {
  test('"I wanted to share Quaymark, a viewer ..."', () => {
    expect(roleOf('Hi Sam,\n\nI wanted to share Quaymark, a viewer for harbour charts I built last year.\n\nWorth a look?', 'I wanted')).toBe('pitch')
  })

  test.each([
    ['Hi Sam,\n\nI wanted to share a thought on your berth list.\n\nWorth a chat?', 'I wanted'],
    ['Hi Sam,\n\nI wanted to share the Whitby numbers you asked for.\n\nThanks!', 'I wanted'],
  ])('%#: handing over anything else stays as it was', (text, phrase) => {
    expect(roleOf(text, phrase)).not.toBe('pitch')
  })
})

describe('a "not" in what a colon sets out negates an item, not the clause', () => {
  test('who the sender is, with a caveat in the list after the colon', () => {
    const text = "Hi Sam,\n\nWe're the tide data layer for small harbours: 40 gauges, live depths, and an honest 'unknown' when a gauge isn't reporting.\n\nWorth a look?"
    expect(roleOf(text, "We're the")).toBe('self-intro')
  })

  test('a "not" before the colon still negates', () => {
    expect(roleOf("Hi Sam,\n\nWe're not the tide data layer: we repair gauges.\n\nWorth a look?", "We're not")).not.toBe('self-intro')
  })
})

describe('the writer named by a single-brace field of theirs', () => {
  test('"{YourName} with {FirmName}."', () => {
    expect(roleOf('{YourName} with {FirmName}.\n\nThought it would be good to connect.', '{YourName}')).toBe('self-intro')
  })
})
