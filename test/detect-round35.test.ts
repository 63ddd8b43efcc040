/**
 * The sender's own work without "we" as the subject (docs/fresh-errors.md, classes ROLE and LIST):
 * what the draft says the sender made, named or pointed back at ("The package is on GitHub"), the
 * offering a sentence defines ("**Kiln** is an open-source tool"), and a list under a heading that
 * points at that offering ("**What it is:**"). Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const rules = (text: string) => new Set(linter.lint({text}).messages.map((m) => m.ruleId))
const productCentric = (text: string) => linter.lint({text}).messages.some((m) => m.category === 'product-centric')

describe("the sender's made thing, released or defined, is their pitch", () => {
  test.each([
    // Released, then said what it does in a clause of its own.
    ['Dear Dr. Okafor,\n\nI have just released **tidewatch**, an open-source R package that flags gaps in tide-gauge records.\n\nYour 2021 paper on gauge drift is one of its main references. Would you tell me where the method falls short?\n\nBest,\nIfe'],
    // Published, the same.
    ['Dear Dr. Okafor,\n\nWe recently published a field guide that walks volunteers through tide-gauge checks.\n\nYour 2021 paper on gauge drift shaped its second chapter. Would a copy be useful to your students?\n\nBest,\nIfe'],
    // A name the draft defines, bold and after a label.
    ['Hi Marta,\n\nQuick intro: **Reedline** is a free app that tells rowers when the river is safe to train on.\n\nWould your club try it this season?\n\nThanks,\nIfe'],
  ])('%#: a product-centric rule reports it', (text) => {
    expect(productCentric(text)).toBe(true)
  })

  test.each([
    // What the reader made stays theirs.
    ['Dear Dr. Okafor,\n\nYou have just released tidewatch, an open-source R package that flags gaps in tide-gauge records. Its gap report found two in our Lagos series. Would you take a pull request that adds a plot?\n\nBest,\nIfe'],
    // "This is a ..." defines nothing of the sender's.
    ['Hi Marta,\n\nThis is a short note after your talk at the rowing forum on Saturday. Your point about river levels stuck with me. Could I send you our flood chart?\n\nThanks,\nIfe'],
  ])('%#: no product-centric rule reports it', (text) => {
    expect(productCentric(text)).toBe(false)
  })

  test('the made thing pointed back at is the sender at work', () => {
    const text =
      'Dear Dr. Okafor,\n\nI have just released tidewatch, an open-source R package that flags gaps in tide-gauge records.\n\nThe package is on CRAN with 80 tests. The package flags gaps in any gauge format. The package runs on R 4.0 and later.\n\nWould you tell me where it falls short?\n\nBest,\nIfe'
    expect(rules(text).has('pitch-heavy-body')).toBe(true)
  })
})

describe("a list under a heading that points at the sender's offering is a feature list", () => {
  test.each([
    // The heading points back with "it" after the sender put their app forward (a line about nobody between).
    ['Hi Marta,\n\nI would like to put Reedline forward for the spring issue.\n\n**In one line:** river alerts for rowing clubs.\n\n**What it is:**\n- A river-level alert for rowing clubs\n- A calendar of safe sessions\n- A log of every outing\n\nLet me know if you need more.\n\nIfe'],
    // A pitch with a generic "you" before the list answers nothing of the reader's.
    ["Hi Marta,\n\nI recently launched **Reedline**, an app for rowing clubs.\n\nReedline warns the coach before you book a session.\n\n**Why it works:**\n- Reads the gauge every ten minutes\n- Warns the coach by text\n- Free for small clubs\n\nCould you share it with your members?"],
  ])('%#: feature-list reports it', (text) => {
    expect(rules(text).has('feature-list')).toBe(true)
  })

  test.each([
    // A prose line before a colon is no heading, whatever it points at.
    ["Hi Marta,\n\nI'm writing with a story idea for your column.\n\nHere's why this story matters this spring:\n- [Timing of the floods]\n- [What changed for clubs]\n- [Why readers care]\n\nWould it fit?"],
    // A heading that speaks to the reader is about them.
    ['Hi Marta,\n\nI would like to put Reedline forward for your newsletter.\n\n**What it means for your club:**\n- Fewer cancelled outings\n- Safer crews\n- A log for the insurer\n\nWorth a look?'],
  ])('%#: feature-list stays quiet', (text) => {
    expect(rules(text).has('feature-list')).toBe(false)
  })
})
