/**
 * docs/fresh-errors.md, rounds 20-22, class ROLE (missing relevance): "you/your" in the sender's own
 * sentences read as the reader's problem or observation. Each reader word is read in its clause: an
 * instruction, the sender's plan or offer, a condition on what the sender offers, a purpose ("so you
 * can"), the offering doing something for them, thanks for their consideration, or the reader's part of
 * the sender's terms says nothing seen of them. Sentences in our own words.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {modifierView, tagText} from '../src/analyse/grammar.js'
import {readerOnlyInSendersWords} from '../src/analyse/reader-clauses.js'

const senders = (text: string): boolean => {
  const tokens = modifierView(tagText(text, []))
  return readerOnlyInSendersWords(tokens, 0, tokens.length)
}

describe('the reader named only in the sender\'s words', () => {
  test.each([
    // the sender's plan or offer
    'For your depot, I would focus on shift swaps and weekend planning first.',
    'Can I take one of your webinars and send back a clip pack?',
    'If any of your depots need a night planner, we would love to help.',
    'If you are ever looking for a new contractor for your sites, we would love the chance.',
    'If you agree to a trial, we kindly ask you to use the attached form for your review notes.',
    "If you are open to it, I'd appreciate 15–20 minutes to ask a few questions about your team's work.",
    // a condition on a leave to ignore, or open with nothing said after it
    'If night rotas are not on your plan this year, feel free to ignore this.',
    'But if you are ever stuck on weekend rotas:',
    // an instruction
    'Leave a comment with a genuine question or share your feedback.',
    // a purpose, the offering doing something for them
    'No fee, just a sample run so you can decide if it is worth it.',
    'The tracer keeps the parent span, so a job that passes on the fifth try still shows you what failed.',
    // thanks for what they give the request
    'I truly appreciate your consideration.',
    // whatever they have or do
    'Anything you flag in the first month gets fixed within two days.',
    'It runs on tablets and laptops (whichever your planners use).',
    // the reader's part of the sender's terms, what a thing of theirs could do with the offering
    'You send the recordings, we return: captioned clips and a summary.',
    'Your planners can join with one click and it is free for a month.',
    // the sender's judgement that it suits them, with them only as whom it suits
    'Might be useful for your planners since most rota tools skip night shifts.',
    'Could be interesting to your dev team.',
  ])('%s', (text) => {
    expect(senders(text)).toBe(true)
  })
  test.each([
    // the reader's world in a clause of theirs
    'If your pickers re-scan every pallet before the early run, you lose an hour a night.',
    'Your depot added a night shift last month, so your planners now rebuild the rota by hand.',
    'I noticed your depot now runs a second night shift.',
    // what is asked or wondered is no condition
    'Curious whether your planners still rebuild the night rota by hand.',
    // what might have been, said of what is there
    'I could have pulled the depot list off your careers page.',
    // what they do, and what they cannot do
    'You run forty depots across the north.',
    "Your planners can't see which pallets left the dock.",
    // a question put to them, and no reader word at all
    'Are you open to a short call next week?',
    // a thing of theirs named after the judgement of fit
    'Thought the figure might be handy for your next carrier review.',
    'We build rota software for depots.',
  ])('%s stays theirs', (text) => {
    expect(senders(text)).toBe(false)
  })
})

describe('relevance is not raised by the sender\'s own "you"', () => {
  const linter = createLinter()
  const relevance = (text: string) => linter.lint({text}).messages.some((m) => m.ruleId === 'no-recipient-specifics')
  test.each([
    'Hi Sam,\n\nWe cut long webinars into clips. Can I take one of your webinars and send back a clip pack?\n\nTom',
    'Hi Sam,\n\nWe build rota software for depots. If night-shift rotas are not on your 2027 plan, feel free to ignore this.\n\nTom',
    'Hi Sam,\n\nWe build rota software for depots. I truly appreciate your consideration.\n\nTom',
  ])('%s', (text) => {
    expect(relevance(text)).toBe(true)
  })
  test('the reader\'s part between two of the sender\'s is a term', () => {
    const tokens = modifierView(tagText('You provide the night rota and two planners.', []))
    expect(readerOnlyInSendersWords(tokens, 0, tokens.length, true)).toBe(true)
    expect(readerOnlyInSendersWords(tokens, 0, tokens.length, false)).toBe(false)
  })
  test('an instruction slot is what to write, not read here', () => {
    expect(senders('{{One line about their depot, show you did research}}')).toBe(false)
  })
})

test('what the reader did, said as done under the sender\'s wish, is still known of them (rewrite round 7)', async () => {
  const {createLinter} = await import('../src/index.js')
  const ids = createLinter().lint({text: 'Hi Sam,\n\nI would like to hear how you moved from audit into logistics at Rotaly.\n\nWould you share a few lines by e-mail?', channel: 'email'}).messages.map((m) => m.ruleId)
  expect(ids).not.toContain('no-recipient-specifics')
})
