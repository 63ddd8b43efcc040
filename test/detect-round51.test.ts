/**
 * docs/fresh-errors.md, round 24, classes PHR, SLOT, SPUR and LAB on the cold-interruption and spammy
 * sides: asks read by what they do (a question that leaves only the two of them to talk, a slot kept for
 * the reader), a follow-up opened by "quick follow-up on X", and the spammy mechanisms (an exception takes whole
 * words, a product's domain in running text is a name, a named link slot on each list item is a link
 * each, a template's bare slot in capitals is no shouting). Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
type Channel = 'email' | 'followup' | 'sms' | 'linkedin-inmail'
const fired = (text: string, channel: Channel = 'email') =>
  linter
    .lint({text, channel})
    .messages.map((m) => `${m.ruleId}: ${text.slice(m.start, m.end)}`)
    .filter((f) => /^(?:time-ask|premature-meeting-ask|apologetic-opener|empty-follow-up|spam-trigger-words|too-many-links|shouting):/.test(f))

describe('asks for their time with no meeting noun', () => {
  test.each([
    // A question naming no one else, its verb the two of them talking.
    ['Hi Priya, your Derby depot added a night shift. We cut re-scans for two depots like it. Chat?', 'sms', ['time-ask: Chat?']],
    ['Hi Priya, your Derby depot added a night shift. Keen on talking it through?', 'email', ['time-ask: Keen on talking it through?']],
    // A slot with its day and hour said to be kept for them.
    ['Hi Priya, your Derby depot added a night shift. 20 minutes on Friday at 3pm are reserved for you.', 'email', ['time-ask: 20 minutes on Friday at 3pm are reserved for you.']],
    // Someone else to talk to, a talk a reply can do, a noun the tagger may call a verb: no slot of theirs.
    ['Hi Priya, your Derby depot added a night shift. Who should I talk to about routing there?', 'email', []],
    ['Hi Priya, your Derby depot added a night shift. Would you be interested in discussing it?', 'email', []],
    ['Hi Priya, your Derby depot added a night shift. Are the drivers making enough customer calls?', 'email', []]
  ] as const)('%#: %s', (text, channel, expected) => {
    expect(fired(text, channel)).toEqual(expected)
  })
})

describe('a follow-up opened by the follow-up as a noun', () => {
  test.each([
    // "One" has the stem of "on": no bump is read into "quick follow-up — one idea".
    ['Hi Priya, quick follow-up — one idea from the Derby rota: split the night shift. Curious if it fits.', []],
    ['Hi Priya, a gentle follow-up on Rotaline. No rush at all!', ['empty-follow-up: a gentle follow-up on']],
    // A lead-in to what the follow-up brings is no bump.
    ['Hi Priya, quick follow-up with the numbers: Derby cut re-scans from 40 to 12 a night.', []]
  ] as const)('%#: %s', (text, expected) => {
    expect(fired(text, 'followup')).toEqual(expected)
  })
})

describe('spammy mechanisms', () => {
  test.each([
    // An exception's word is not the start of a longer one: "free market" does not take "Free marketing".
    ['What partners get:\n- Free marketing in our newsletter\n- Early access', 'email', ['spam-trigger-words: Free']],
    ['Rotas are a free market in our region: depots swap shifts openly.', 'email', []],
    // A product's domain in running text is a name; pointed at, on its own line or after a label, it is a link.
    ["I'm building rotaline.io, a rota planner. Code: https://example.org/rota", 'linkedin-inmail', []],
    ['A quick follow-up on rotaline.io: night shifts are in. Code: https://example.org/rota', 'linkedin-inmail', ['empty-follow-up: A quick follow-up on']],
    ['It is live at rotaline.io for any depot. Code: https://example.org/rota', 'linkedin-inmail', ['too-many-links: https://example.org/rota']],
    ['At rotaline.io, we plan rotas. Code: https://example.org/rota', 'linkedin-inmail', []],
    // A named link slot on each item of a list stands for each item's link; twice in one line, for one.
    ['Work:\n- Rota planner [Link to Repo]\n- Pallet scanner [Link to Repo]\n- Shift notes [Link to Repo]', 'email', ['too-many-links: [Link to Repo]']],
    ['Book at [calendar link] or reply; the same [calendar link] works for Friday. Deck: https://example.org/d', 'email', []],
    // Bare template slots in capitals are not shouting; a selling word in capitals still is.
    ['I teach at the SCHOOL faculty of FACULTY in CITY and would like the dataset.', 'email', []],
    ['Grow your rota with our NEW planner.', 'email', ['shouting: NEW']]
  ] as const)('%#: %s', (text, channel, expected) => {
    expect(fired(text, channel)).toEqual(expected)
  })
})
