/**
 * What the judges of the rewrite (fixtures/real/judged-rewrites, round 4) found in common, each as a
 * table of draft -> exact rewrite. The drafts are written here after the pattern, not copied.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

const linter = createLinter()
const rewrite = (text: string, channel?: string) => linter.rewrite(channel ? {text, channel} : {text})

describe('a sentence that leaned on one that went is mended, or goes with it', () => {
  test.each([
    // The connective goes ("That said," joined on to the apology that went), even before "I".
    [
      "Hi Sarah,\n\nI know you're busy with the Series B launch. That said, I put together a guide on scaling rota planning from 10 to 100 depots:\n\nhttps://example.com/rota-guide\n\nBest,\nTom",
      'Hi Sarah,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]]\n\nI put together a guide on scaling rota planning from 10 to 100 depots:\n\nhttps://example.com/rota-guide\n\nWant me to send over the guide?\n\nBest,\nTom',
      'followup'
    ],
    // "We also offer" after the meeting ask went: the list is said on its own, and a list of what is
    // in it for the reader is no feature list to cut ("Free onboarding" is no free slot in a diary).
    [
      "Hi Sam,\n\nYour Leeds depot doubled its volume in May.\n\nI'd love to hop on a quick call to walk you through it. We also offer:\n- Free onboarding for your planners\n- A shift-swap app\n\nWorth a look?\n\nTom",
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May.\n\nWe offer:\n- Free onboarding for your planners\n- A shift-swap app\n\nWorth a look?\n\nTom'
    ],
    // "that updated data" named nothing once the bump went: the sentence goes with it.
    [
      "Hi Sam, I know your inbox is busy, so I just wanted to bump my note about the rota guide I shared last week. No worries if it's not a fit, but I believe your planners would benefit from that updated data.",
      'Hi Sam, [[One new thing for them since your last note: a fact, a resource or a question it did not have.]]',
      'followup'
    ],
    // "Otherwise" after the ask that replaced the meeting: nothing to be the alternative to.
    [
      "Hi Sam,\n\nYour Leeds depot doubled its volume in May.\n\nIf you're interested, let's schedule a call this week. Otherwise, I'll leave you to it.\n\nTom",
      "Hi Sam,\n\nYour Leeds depot doubled its volume in May.\n\nWant me to send over a short overview? I'll leave you to it.\n\nTom"
    ],
    // "these results" pointed at the meeting's demo; the next paragraph's break stays where the
    // deletions meet ("...overview?" never runs into "Best,").
    [
      "Hi Sam,\n\nYour Leeds depot doubled its volume in May. Can we hop on a call next week? I could show you how we achieved these results.\n\nI'm free Thursday at 2pm if you'd like to learn more.\n\nBest,\nTom",
      'Hi Sam,\n\nYour Leeds depot doubled its volume in May. Want me to send over a short overview?\n\nBest,\nTom'
    ],
    // A sentence that points back but carries a fact stays for a person to edit.
    [
      "Hi Sam,\n\nI know you're busy. Those numbers held at 12 depots last year. Worth a look?\n\nTom",
      'Hi Sam,\n\n[[What you noticed about them: one line that would be wrong if sent to anyone else.]] Those numbers held at 12 depots last year. Worth a look?\n\nTom'
    ],
    // A deletion that leaves text before it on its line keeps the break to the next paragraph.
    [
      'Hi Nadia,\n\nYour Instagram story about the 14th revision for a bakery caught my eye.\n\nI made a contract add-on that prices extra rounds automatically. Sorry to bother you.\n\nJust bumping this to the top of your inbox.\n\nFemi',
      'Hi Nadia,\n\nYour Instagram story about the 14th revision for a bakery caught my eye.\n\nI made a contract add-on that prices extra rounds automatically.\n\nFemi'
    ]
  ])('%j', (draft, expected, channel?: string) => {
    const out = rewrite(draft, channel)
    expect(out.text).toBe(expected)
    expect(rewrite(out.text, channel).text).toBe(out.text)
  })
})
