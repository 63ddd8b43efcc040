/**
 * Whose name is it (docs/fresh-errors.md on anat-20, class SPUR): a name the draft itself shows is the
 * sender's (a heading, the subject a sentence defines, a name the roles already give the sender) is
 * never a detail of the reader's, wherever else in the draft it stands. Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const unspecific = (text: string) => linter.lint({text}).messages.some((m) => m.ruleId === 'no-recipient-specifics')

describe("the sender's names are not the reader's details", () => {
  test.each([
    // A bold heading over the sender's results.
    ["Dear [Name],\n\nI'm writing to share a resource for your department.\n\n**Early Feedback from Pilot Classrooms:**\n- 80% of pupils finished every level\n- Teachers saved an hour a week\n\nCould I present it at your next staff meeting?\n\nKind regards,\n[Your Name]"],
    // A Markdown heading names the product, which then acts in a line of its own.
    ['Hi [Name],\n\n### What is Orchardly?\n\nA planner that books greenhouse shifts for volunteers.\n\nOrchardly sends reminders the day before.\n\nWould a free trial be useful?'],
    // A bold product name alone on its line.
    ['Hi [Name],\n\nI made a free tool your pupils might enjoy:\n\n**Rivermark Spelling Quest**\n- 40 word games\n- Works on any tablet\n\nWould a short demo help?\n\nBest,\n[Your Name]'],
    // The subject a sentence defines, linked or not, and the same word later.
    ['Hi [Name],\n\n[The Floodmap Guild](https://example.org/about) is a non-profit that trains volunteers to map flood risk. I am a certified Guild Mentor.\n\nIt would be great to have more Mentors at our May session. Could you join?'],
    ['Hi [Name],\n\nQuick intro: Study Lantern is a free app that works out when pupils should revise for each exam.\n\nWould you try it with your class this term?\n\nThanks,\n[Your Name]'],
  ])('%#: no-recipient-specifics reports it', (text) => {
    expect(unspecific(text)).toBe(true)
  })

  test.each([
    // What was seen of the reader's company stays theirs.
    ['Hi Priya,\n\nI saw Fenwick Dairy opened a second bottling line in Leeds last month. We help dairies schedule cleaning between runs. Worth a chat about the new line?'],
    // A heading that speaks to the reader is about them.
    ['Hi Priya,\n\n**Your second line at Fenwick Dairy**\n\nCongrats on opening the Leeds bottling line last month. We help dairies schedule cleaning between runs. Worth a chat?'],
    // The reader's own name in a defining sentence is not taken for the sender's.
    ['Hi Fenwick team,\n\nFenwick is a dairy that has just doubled its bottling in Leeds. We help dairies schedule cleaning between runs. Worth a chat?'],
  ])('%#: a detail of the reader keeps it quiet', (text) => {
    expect(unspecific(text)).toBe(false)
  })
})

describe('links are addresses, each place once', () => {
  const links = (text: string) => linter.lint({text}).messages.filter((m) => m.ruleId === 'too-many-links').length
  test.each([
    // Library names with a dot are no links.
    ['Built with Next.js, Three.js and Node.js. The code: https://example.org/app. Worth a look?', 0],
    // "B.Tech" is a degree, not a host.
    ['I hold a B.Tech and an M.Tech in robotics. My thesis: https://example.org/thesis. Open to a chat?', 0],
    // The product written as its domain beside a page of that site, and one more link: two places.
    ["Tidemark.ca is a free digest of flood warnings. This week's issue: https://tidemark.ca/digest. Sign up at https://example.org/join.", 0],
    // Three real addresses still count, bare ones too.
    ['See example.com, example.net/docs and example.io/demo for more.', 1],
  ])('%#: %s', (text, expected) => {
    expect(links(text)).toBe(expected)
  })
})
