/**
 * docs/fresh-errors.md, round 21, the cold-interruption misses (det-42). C1 read as a frame, not a
 * list: a first-touch opening in which the sender announces their own act of writing (flag, share,
 * pass along, write or e-mail on behalf of, a quick intro from) before anything about the reader.
 * In a follow-up the same "wanted to share" delivers something, and after an observation about the
 * reader the line carries what the message is for. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import type {Channel} from '../src/types.js'

const linter = createLinter()
const ruleIds = (text: string, channel: Channel = 'email') => linter.lint({text, channel}).messages.map((m) => m.ruleId)

describe('C1: the sender announcing their own message opens it', () => {
  test.each([
    ['Hi Maya,\n\nI wanted to flag a new scheduler for clinic rotas. It books nurses by skill.'],
    ['Hi Maya, I’d like to share something we’ve been building for clinic rotas.'],
    ['Just wanted to share a note on rota software; it books nurses by skill.'],
    ['Writing to ask whether {{company}} still schedules nurses by hand.'],
    ["Dear Dr Okafor,\n\nI'm emailing on behalf of [Sender Company], which builds rota tools for small clinics."],
    ['We are writing from Tidewell Labs (Bristol), a two-person studio.'],
    ['quick intro from Tidewell (Bristol). We build rota tools.'],
    ['Hi {{first_name}} — I wanted to share [resource name] with a few clinic managers.'],
    ['Hope your week is going well. I wanted to pass along a short guide to rota audits.'],
    ["Hi Maya, we'd love to share how two clinics cut overtime by 18%."],
    ['Hi Maya, I write to you on behalf of the Bristol Nurses Guild.']
  ])('%#', (text) => {
    expect(ruleIds(text)).toContain('announcing-opener')
  })

  test('on a LinkedIn note too', () => {
    expect(ruleIds('Hi Maya — quick intro from Tidewell (Bristol). We build rota tools.', 'linkedin-inmail')).toContain('announcing-opener')
  })
})

describe('not C1: the line carries what the message is for, or is no announcement', () => {
  test.each([
    // After an observation about the reader.
    ['Hi Maya,\n\nYour post about rota gaps on night shifts was sharp. I wanted to flag Tidewell in case you revisit the topic.'],
    // Writing as authoring.
    ["Hi Maya, I'm writing a report on clinic rotas and your unit came up twice."],
    // Their own thing passed on.
    ["Hi Maya, I wanted to share your post on night shifts with our nurses' forum. Would you mind?"],
    ['Hi Maya, I shared your post with my team yesterday.'],
    // Not the opening.
    ['Hi Maya, your unit moved to 12-hour shifts in May. Our rota tool plans those. I wanted to share how Ward 7 did it.']
  ])('%#', (text) => {
    expect(ruleIds(text)).not.toContain('announcing-opener')
  })

  test('a follow-up that shares something new delivers it', () => {
    expect(ruleIds('Hi Maya, I wanted to share the audit I mentioned: overtime fell 18% at two clinics.', 'followup')).not.toContain('announcing-opener')
  })
})

/**
 * Asks and promises that book no synchronous slot and set no deadline (LABELLING.md C3: a demo sent
 * books no time; the guest row: work done alone is no slot; C6: a turnaround the sender promises is
 * no pressure on the reader).
 */
describe('no meeting and no deadline: what the reader takes in alone, what the sender promises', () => {
  const ids = (text: string, channel: Channel = 'email') => ruleIds(text, channel).filter((id) => id === 'premature-meeting-ask' || id === 'false-urgency')
  test.each([
    ['Hi Maya, looking for three wards to try the planner. Takes 2 minutes to set up from your rota sheet.', 'email'],
    ['Hi Maya, the checklist takes about 4 mins to fill in and flags the gaps itself.', 'email'],
    ['Hi Maya, I listed your ward in the directory. Anything you mark as wrong gets corrected within 48 hours.', 'email'],
    ['Hi Maya, tell me what is out of date and it gets fixed within two days.', 'email']
  ] as const)('%#', (text, channel) => {
    expect(ids(text, channel)).toEqual([])
  })

  test.each([
    // A call is still a slot, and a deadline on the reader is still pressure.
    ['Hi Maya, saw your unit moved to 12-hour shifts. Could we hop on a quick call Thursday?'],
    ['Hi Maya, saw your unit moved to 12-hour shifts. Reply within 48 hours to lock the pilot price.'],
    ['Hi Maya, saw your unit moved to 12-hour shifts. Can you take 15 minutes to walk me through it?']
  ])('%#: still reported', (text) => {
    expect(ids(text).length).toBeGreaterThan(0)
  })
})
