/**
 * docs/fresh-errors.md, round 21, class SPUR (spammy false positives): forms read as spam signals
 * they are not. A file's name is no address, though ".md" and ".py" are top-level domains; the same
 * address in angle brackets in the body and the signature is one link; a percentage measured ("100% on
 * 50 bugs", one of several figures) is no absolute claim; the labels of a box drawing or a table row are
 * no shouting. Class SPUR (relevance): a label in quotes inside the sender's noun phrase ('a "quiet
 * hours" filter') is no words of the reader's. Class SLOT (LABELLING.md 3.3): "your recent [x]" is a
 * thing of the reader's own, whatever the slot's words; another party's slot told of with "they"
 * ("[competitor]'s site and what they do well is [specific thing]") is theirs, not the reader's.
 * Drafts in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {fileName} from '../src/analyse/file-name.js'
import {measuredFigure} from '../src/analyse/measured.js'
import {slotKind} from '../src/analyse/slots.js'

const linter = createLinter()
const found = (text: string, rule: string) => linter.lint({text}).messages.filter((m) => m.ruleId === rule).map((m) => m.actual)

describe('a file name is no address', () => {
  test.each([
    ['README.md', 'See README.md first.'],
    ['THREAT_MODEL.md', 'The risks are in THREAT_MODEL.md.'],
    ['notes.md', 'My notes.md has the list.'],
    ['setup.py', 'Run setup.py once.'],
    ['deploy.sh', 'Then run `deploy.sh` from the root.'],
    ['CHANGES.txt', 'Read CHANGES.txt.'],
  ])('%s', (value, text) => {
    expect(fileName(value, text, text.indexOf(value))).toBe(true)
  })
  test.each([
    ['docs.rs', 'The API is on docs.rs today.'],
    ['GetKitchens.in', 'Our shop GetKitchens.in is open.'],
    ['bun.sh', 'It runs on bun.sh as well.'],
    ['example.com', 'Visit example.com.'],
  ])('%s stays an address', (value, text) => {
    expect(fileName(value, text, text.indexOf(value))).toBe(false)
  })
  test('repository files beside two links keep the draft within its budget', () => {
    const text = 'Hi Ana,\n\nThe code is at https://example.org/kit and the data at https://example.org/data. Method in METHOD.md, figures in results.md, caveats in `LIMITS.md`.\n\nWould you check the method?'
    expect(found(text, 'too-many-links')).toEqual([])
    // A third real address still counts.
    expect(found(text.replace('METHOD.md', 'https://example.net/method'), 'too-many-links')).toEqual(['https://example.net/method'])
  })
  test('an address in angle brackets, repeated in the signature, is one link', () => {
    const text = 'Dear team,\n\nWe run Fieldnote (<https://fieldnote.example.org>), and our policy is at <https://fieldnote.example.org/policy>. May we be listed?\n\nThanks,\nKim · maintainer · <https://fieldnote.example.org>'
    expect(found(text, 'too-many-links')).toEqual([])
  })
})

/** Whether the first `figure` in the one-sentence `text` reads as measured. */
function measuredIn(text: string, figure: string): boolean {
  const start = text.indexOf(figure)
  return measuredFigure(text, 0, text.length, start, start + figure.length)
}

describe('a measured percentage is no absolute claim', () => {
  test.each([
    ['100% on 40 clean cases, 81% on 230 messy ones', '100%'],
    ['Scores: 100% across 12 suites.', '100%'],
    ['It kept 100% recall with 62% less memory.', '100%'],
    ['Top-1 accuracy 98.5%, top-5 100 percent.', '100 percent'],
  ])('%s', (text, figure) => {
    expect(measuredIn(text, figure)).toBe(true)
    expect(found(text, 'hundred-percent-claim')).toEqual([])
  })
  test.each([
    ['It is 100% guaranteed.', '100%'],
    ['Get 20% off, and 100% satisfaction.', '100%'],
    ['We keep 100% of the fees, 100% of the time.', '100%'],
    ['- 100% accuracy\n- 40% faster', '100%'],
  ])('%s stays a claim', (text, figure) => {
    expect(measuredIn(text, figure)).toBe(false)
  })
})

describe('a drawing or a table is no prose', () => {
  test.each([
    'Layout:\n\n+------+\n|BANNER |\n+------+\n|SIDEBAR|\n+------+\n\nDoes this fit?',
    'Plan:\n\n| PHASE | OWNER |\n|---|---|\n| Build | Ana |\n\nDoes this fit?',
    '│ HEADER  │\n│ CONTENT │\nDoes this fit?',
    'Run:\n\n```\nSTART SERVER NOW\n```\n\nDoes this fit?',
  ])('%#', (text) => {
    expect(found(text, 'shouting')).toEqual([])
  })
  test('words in capitals in prose beside a drawing still shout', () => {
    expect(found('This is FREE for a week.\n\n| PHASE | OWNER |\n\nReply to claim it.', 'shouting')).toEqual(['FREE'])
  })
})

const personalisation = (text: string) => linter.lint({text}).indicators.personalisation
const quotedWords = (text: string) => personalisation(text).filter((p) => p.startsWith('quoted-words'))

describe('a label in quotes is no words of the reader', () => {
  test.each([
    'Hi Jo,\n\nI built Nightdesk for people like your readers. Its best-liked parts are a "quiet hours" filter and a "first reply" timer. Want a look?',
    'Hi Jo,\n\nWe see teams drop the "ship small, review later" habit first, and yours may too. Worth a chat?',
    'Hi Jo,\n\nOur "one inbox" view and a "snooze all" button ship today. Want a look?',
  ])('%#', (text) => {
    expect(quotedWords(text)).toEqual([])
  })
  test.each([
    // Speech quoted, and a label in a clause about the reader (the title of their own video).
    'Hi Jo,\n\nYou wrote that "support is a product", and it stuck with me. Want a look?',
    'Hi Jo,\n\nSaw you made the "Inbox Zero in a Week" video series last month. Want a look?',
    'Hi Jo,\n\nYour post called it "the quiet tax" of support. Want a look?',
    // (A label in a clause about the reader counts: it may be theirs.)
    'Hi Jo,\n\nIs there a "recommended for teams" wording you would like us to use? Want a look?',
  ])('%# stays quoted words', (text) => {
    expect(quotedWords(text)).not.toEqual([])
  })
})

describe('whose slot', () => {
  test.each([
    ['Loved your recent ', ['video', 'or', 'topic']],
    ['Congrats on your latest ', ['milestone']],
    ['Saw your most recent ', ['thing']],
  ])('"%s[...]" is their own thing', (before, words) => {
    expect(slotKind(words, before)).toBe('own')
  })
  test.each([
    ["I looked at [competitor]'s site and what they're doing well is ", ['specific', 'thing']],
    ['[Similar studio] cut their wait by ', ['metric']],
    ['We helped [Customer] with this. They saw ', ['result']],
  ])('"%s[...]" is another party\'s', (before, words) => {
    expect(slotKind(words, before)).toBe('other')
  })
  test('a slot after a peer\'s slot but about the reader stays theirs to read', () => {
    expect(slotKind(['specific', 'thing'], '[Similar studio] did this, and your site shows ')).not.toBe('other')
  })
  test('another party\'s observed thing raises no placeholder of the reader', () => {
    const text = "Hi [first name],\n\nI looked at [competitor in town]'s site and what they do best on their homepage is [specific thing]. Want the notes?"
    expect(personalisation(text).filter((p) => p.startsWith('recipient-placeholder'))).toEqual([])
  })
})
