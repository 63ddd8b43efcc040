/**
 * The grammatical layer: the tagger's accuracy on the hand-tagged outreach sample (a floor, so a
 * change of model or of its corrections cannot make it worse unnoticed), and who-does-what in the
 * failure classes found on real messages.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {modifierView, tagText, type Token} from '../src/analyse/grammar.js'
import {analyseRoles, type Roles} from '../src/analyse/roles.js'
import {analyseText} from '../src/analyse/facts.js'
import {scanPlaceholders} from '../src/parse/placeholders.js'
import {parsePieces} from '../src/parse/processor.js'
import {createLinter, type Channel} from '../src/index.js'
import {posAccuracy, readGold} from '../scripts/pos-accuracy.mjs'

const linter = createLinter()

/** The share of the hand-tagged sample's words (punctuation, symbols and URLs left out) a tagger tags right. */
function goldAccuracy(tag: typeof tagText): {right: number; total: number} {
  return posAccuracy(readGold(), (text: string) => tag(text, scanPlaceholders(text).placeholders))
}

// The tagger (src/analyse/tagger.ts) is trained on other text, never on this sample: docs/taggers.md.
// A hyphenated word the sample keeps whole ("industry-leading" ADJ) is scored by the whole word's
// reading (scripts/pos-accuracy.mjs); 92.89% when set at 92.8%, 92.87% with the model trained on a
// to e, 92.92% with the model trained on the frozen silver text (set at 92.9%), 93.06% with f and the
// silver text refreshed to r1040 (set at 93.0%, issue 16's target); 92.82% once the sentences and
// texts of the messages withdrawn for their licence (214 hand sentences, 63 silver texts) left the
// training data and g came in, 92.85% with three repairs after the model (set back at 92.8%: issue
// 16's 93% is not met; docs/taggers.md).
test('the tagger tags the hand-tagged outreach sample at 92.8% or better (UPOS, words only)', () => {
  const {right, total} = goldAccuracy(tagText)
  expect(total).toBeGreaterThan(4000)
  expect(right / total).toBeGreaterThanOrEqual(0.928)
})

test('sentence roles agree with a hand-labelled sample of real-dev sentences at 63% or better (role and ask kind)', () => {
  const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const gold = read('../fixtures/roles/real-dev-sample.jsonl') as Array<{message: string; sentence: string; role: string; ask?: string}>
  const messages = new Map((read('../fixtures/real/messages.jsonl') as Array<{id: string; text: string; channel: Channel; split: string}>).map((m) => [m.id, m]))
  const linterRead = new Map<string, string>()
  for (const id of new Set(gold.map((g) => g.message))) {
    const m = messages.get(id)!
    expect(m.split).toBe('dev')
    for (const s of roles(m.text, m.channel).sentences) linterRead.set(`${id}\n${m.text.slice(s.start, s.end)}`, `${s.role}${s.ask ? ':' + s.ask : ''}`)
  }
  const same = gold.filter((g) => linterRead.get(`${g.message}\n${g.sentence}`) === `${g.role}${g.ask ? ':' + g.ask : ''}`).length
  expect(gold.length).toBe(568)
  expect(same / gold.length).toBeGreaterThanOrEqual(0.63)
})

test("a text's guide lines are found once, in its facts: where sentences end, the opening and a sequence step read them", () => {
  const facts = (text: string) => analyseText(parsePieces(text, scanPlaceholders(text).placeholders), text, scanPlaceholders(text).placeholders, [])
  const text = 'Hi Dana,\n\n[[What you noticed about them]] Our lockers cut handling. [[A result of yours]]\n\nBest,\nAna'
  const read = facts(text)
  expect(read.guides.map((g) => text.slice(g.start, g.end))).toEqual(['[[What you noticed about them]]', '[[A result of yours]]'])
  // A guide line's "]]" ends a sentence.
  expect(read.sentences.map((s) => text.slice(s.start, s.end).trim())).toContain('[[What you noticed about them]]')
  expect(facts('Hi Dana, [not a guide line] and [[one\nbroken]] either.').guides).toEqual([])
})

function roles(text: string, channel: Channel = 'email'): Roles {
  const {placeholders, broken} = scanPlaceholders(text)
  const facts = analyseText(parsePieces(text, placeholders), text, placeholders, broken)
  return analyseRoles(facts, tagText(text, placeholders), linter.config.vocabulary, undefined, channel)
}

/** [role, ask kind or '', subject] of each sentence. */
function table(text: string, channel?: Channel): string[] {
  return roles(text, channel).sentences.map((s) => `${s.role}${s.ask ? ':' + s.ask : ''} ${s.subject}`)
}

// The tagger tags each part of a hyphenated compound as Universal Dependencies does ("30" NUM, "minute"
// NOUN: that is what is scored), marks the run `compound`, and the roles read it through
// modifierView as one adjective before its noun (docs/taggers.md). Each row: the text, a phrase of
// it, the phrase's tags from the tagger (* marks a compound), as the roles read them, and the
// sentence's role and subject (with the tagger's own tags the roles would read "call", "lead", "sell"
// as the main verb of the first three). "leading" NOUN is wrong (VERB or ADJ), an error of the model
// trained on the frozen silver text, whose rule examples held many "industry-leading" (docs/taggers.md);
// the roles read the compound as one modifier all the same.
describe('hyphenated compounds: each part its own tag, one modifier to the roles', () => {
  const show = (text: string, phrase: string, tokens: Token[]) => {
    const from = text.indexOf(phrase)
    return tokens
      .filter((t) => t.start >= from && t.end <= from + phrase.length)
      .map((t) => `${text.slice(t.start, t.end)}/${t.pos}${t.compound ? '*' : ''}`)
      .join(' ')
  }
  test.each([
    ['Are you free for a 30-minute call on Thursday?', 'a 30-minute call', 'a/DET 30/NUM* -/PUNCT minute/NOUN* call/NOUN', 'a/DET 30/ADJ* -/PUNCT minute/ADJ* call/NOUN', ['ask:time recipient']],
    ['Our industry-leading platform helps clinics fill cancelled slots.', 'Our industry-leading platform', 'Our/PRON industry/NOUN* -/PUNCT leading/VERB* platform/NOUN', 'Our/PRON industry/ADJ* -/PUNCT leading/ADJ* platform/NOUN', ['pitch sender']],
    ['Our best-selling course has 200 five-star reviews.', 'best-selling course has 200 five-star reviews', 'best/ADJ* -/PUNCT selling/VERB* course/NOUN has/VERB 200/NUM five/NUM* -/PUNCT star/NOUN* reviews/NOUN', 'best/ADJ* -/PUNCT selling/ADJ* course/NOUN has/VERB 200/NUM five/ADJ* -/PUNCT star/ADJ* reviews/NOUN', ['pitch sender']],
    ['We are a 200-person team.', 'a 200-person team', 'a/DET 200/NUM* -/PUNCT person/NOUN* team/NOUN', 'a/DET 200/ADJ* -/PUNCT person/ADJ* team/NOUN', ['self-intro sender']],
    ['We offer AI-powered routing.', 'AI-powered routing', 'AI/NOUN* -/PUNCT powered/VERB* routing/NOUN', 'AI/ADJ* -/PUNCT powered/ADJ* routing/NOUN', ['pitch sender']],
    // A prefix makes one word ("re-scan", tokens.ts): a verb, no compound.
    ['Your pickers re-scan every pallet by hand.', 'pickers re-scan every pallet', 'pickers/NOUN re-scan/VERB every/DET pallet/NOUN', 'pickers/NOUN re-scan/VERB every/DET pallet/NOUN', ['observation recipient']],
    // Hyphenated words before no noun are no compound: each keeps its tag for the roles too.
    ['Our team is well-funded.', 'well-funded', 'well/ADV -/PUNCT funded/VERB', 'well/ADV -/PUNCT funded/VERB', ['pitch sender']]
  ])('%s', (text, phrase, tags, view, read) => {
    const tokens = tagText(text, [])
    expect(show(text, phrase, tokens)).toBe(tags)
    expect(show(text, phrase, modifierView(tokens))).toBe(view)
    expect(table(text)).toEqual(read)
  })
})

describe('sentence roles', () => {
  test.each([
    ['Hi Dana, our smart lockers cut parcel handling to zero.', ['pitch sender']],
    ['Our AI analyst drafts the memo for you.', ['pitch sender']],
    // A name the sender says they made is their offering when it acts later; one the reader made is not.
    ['I have been working on Tallyroute for a year. Tallyroute plans depot rotas in seconds.', ['self-intro sender', 'pitch sender']],
    ['I saw that you launched Pallora last week. Pallora reads every label at the dock.', ['observation sender', 'observation third']],
    ['At [Our Company], we help firms like yours close faster.', ['pitch sender']],
    ["We're running a founders' dinner next month where CFOs compare notes.", ['pitch sender']],
    ["I'm Raj from Veltrix.", ['self-intro sender']],
    ['My name is Dana and I lead partnerships at Floxly.', ['self-intro sender']],
    // Typographic apostrophes, as a word processor or a phone types them, read as typed ones.
    ["My name's Dana.", ['self-intro sender']],
    ['My name’s Dana.', ['self-intro sender']],
    ['I’m reaching out because we help clinics fill cancelled slots.', ['pitch sender']],
    ['Noticed {{Company}} opened nine support roles this month.', ['observation sender']],
    ['Your night-shift pickers re-scan every pallet by hand before it leaves.', ['observation recipient']],
    ['[Company Name] keeps coming up as a leader in [field].', ['observation recipient']],
    ['I came across your profile and was impressed.', ['opener sender']],
    // An opinion or a reason for writing frames a clause; the clause says what the sentence does.
    ['I think we could help your team close the books faster.', ['pitch sender']],
    ["I'm reaching out because we help clinics fill cancelled slots.", ['pitch sender']],
    ['I think your Leeds team just doubled its night shift.', ['observation recipient']],
    ['I think so.', ['other sender']],
    // A question about the reader's own practice is no time ask, whatever slots and calls it names.
    ['How does your front desk fill a slot today?', ['ask:interest none']],
    ['Does your front desk call the list by hand?', ['ask:interest recipient']],
    ['Does your team have 15 minutes on Thursday?', ['ask:time recipient']],
    ['Would your team be open to a call?', ['ask:time recipient']],
    ['Could your ops manager call me on Thursday?', ['ask:time recipient']],
    // What the sender made is the offering when a clause says what it does now; what they made for
    // the reader, or did once, is not.
    ["I'm reaching out because we've built something that helps companies like yours cut returns.", ['pitch sender']],
    ['We developed an app which flags late loads before the driver leaves.', ['pitch sender']],
    ['I built a demo for your salon last week.', ['other sender']],
    ['We built the rota you asked about.', ['other sender']],
    // Many things made take the plain present, as one takes the -s form.
    ["We've built sorting robots that read parcel labels at night.", ['pitch sender']],
    ['I created scripts that rename supplier invoices.', ['pitch sender']],
    // A verb of producing in the simple present with no reader in the clause is the sender's trade;
    // the same verb once, ahead, or for the reader hands one thing over.
    ['We provide night cover for veterinary practices.', ['pitch sender']],
    ['I make label printers for craft breweries.', ['pitch sender']],
    ['We made a cover plan for your practice.', ['other sender']],
    ["I'll make a cover plan for your practice.", ['other sender']],
    ['We provide {{company}} with a cover plan.', ['other sender']],
    ['We send a weekly digest to vets.', ['other sender']],
    // A template's product field is the sender's product.
    ['[Product Name] helps finance teams close in four days.', ['pitch sender']],
    ['Just bumping this to the top of your inbox.', ['chaser sender']],
    ["I'll stop emailing after this one.", ['other sender']],
    ['Wanted to make sure you saw my email about the rota.', ['chaser sender']],
    ["I still haven't heard back from you.", ['chaser sender']],
    // Counting one's own tries chases; someone's campaign with its responses does not.
    ["I've emailed you three times without a reply.", ['chaser sender']],
    ["I've reached out a few times with no response.", ['chaser sender']],
    ['Here is what one depot did last month:\n- Sent 143 emails to drivers\n- Got 24 responses (17% response rate)', ['other none']],
    ['Did you get my last note?', ['chaser recipient']],
    ["Brightwell cut month-end from nine days to four with our tool. Their controller saved 30 hours a month.", ['proof third', 'proof third']],
    ["Hi Tom, it's Mo from the garage.", ['self-intro sender']],
    ['I just applied for the Senior PM role at Airbnb.', ['self-intro sender']],
    ["I've been a webmaster for eight years.", ['self-intro sender']],
    ['Acme started using our scheduling tool in March. They now close the month in four days.', ['proof third', 'proof third']],
    // A lower-case "saw" read as a noun by the model is still the sender looking.
    ['saw ur hiring 3 devops ppl at kinetica - we do devops contracting.', ['observation sender']],
    // A feeling about what the sender read is a perception; a bare "I'm around" or a wish to connect sells nothing.
    ['I was sorry to read in the Gazette about the fire at Ridgeway Farm Shop.', ['observation sender']],
    ["If it's ever useful, I'm around.", ['other sender']],
    ['I want to connect with you for business purpose.', ['other sender']],
    // A follow-up's label before its news: the news is the sentence.
    ['Adding one thing to my earlier note: the HSE has started its dental waste audit programme.', ['observation third']],
    ['One more thing: we cut picking errors at two depots like yours.', ['pitch sender']],
    // The sender's own work with "I'm" left out; not a chase, and not a gerund that is the subject.
    ['building a voice AI for Salesforce.', ['pitch sender']],
    // A hyphen inside a word is no lead-in dash ("Speaking of launches - ...").
    ['Building AI-native development workflows at Northwind.', ['pitch sender']],
    ['Following up on the rota idea.', ['chaser sender']],
    ['Running a salon means your hands are full most of the day.', ['other sender']],
    // A wish to connect that goes on to present the service is a pitch.
    ["I'd love to connect and tell you about our lead gen service.", ['pitch sender']],
    // The sender's diary is not who they are; customers named to vouch, and a result of their own, are proof.
    ["I'm available Tuesday at 3pm or Thursday morning.", ['other sender']],
    ["We've been working with companies like Acme and Brightwell to cut month-end.", ['proof sender']],
    ['I built a scheduling app, which now has 100,000 active users.', ['proof sender']],
    // A greeting is its word and a name or a few words before a mark; a run-on sentence is body.
    ['hey saw ur hiring 3 devops ppl at kinetica - we do devops contracting.', ['observation sender']],
    ['Hi Sam I saw your post on the Leeds depot rota.', ['observation sender']],
    // A customer story told before its result: the setup is the sender's proof, not the reader's
    // world; a claim about a kind ("Schools that switch ...") sets up no story.
    ['Last year, Sarah was getting crushed on volume by a bigger rival. They adopted our prospecting tool.', ['proof third', 'proof third']],
    // (The claim itself is about a kind, "Schools" a common noun: other, generic. It read as a third
    // party's proof while the tagger called "Schools" a name.)
    ['Leeds Trust saw its energy bill double. Schools that switch usually find 10% in out-of-hours use.', ['observation third', 'other generic']],
    ['Your Leeds site saw its energy bill double. They adopted our metering.', ['observation recipient', 'other recipient']],
    // A field for one of the sender's customers is their reference, never the reader.
    ['[Similar Company] had the same challenge with month-end.', ['proof third']],
    ['[Competitor] just launched same-day delivery in Leeds.', ['observation third']],
    // Results of taking up the sender's product, its taker unsaid.
    ['After implementing our sales system: cycles went from 9 months to 4.', ['proof none']],
    // The sender's own news is their offering grown; a kind of reader the sender meets is no customer story.
    ["Since I last reached out, we've added a Xero connector and a new dashboard.", ['pitch sender']],
    ["Since we spoke, we've:\n- [Recent achievement]\n- [New feature]", ['pitch sender']],
    ["I've read your post on night-shift re-scans twice.", ['observation sender']],
    ['Most finance teams we talk to lose a week to month-end.', ['other generic']],
    // The sender's years in a trade are who they are (LABELLING.md P2, P4), whatever verb follows.
    ["I've spent the last decade helping SaaS teams fix onboarding.", ['self-intro sender']],
    ['I have 12 years of experience in payroll for restaurants.', ['self-intro sender']],
    ['With 10+ years in logistics software, I know rota planning well.', ['self-intro sender']],
    ['As a former depot manager, I know how late rota changes land.', ['self-intro sender']],
    ['My background in growth maps closely to what your team needs.', ['self-intro sender']],
    // Time spent on the reader, or how the sender stands to them, introduces nobody.
    ["I've spent the last two weeks reading your posts.", ['other sender']],
    ["As a longtime reader of your newsletter, I'd love to share a tip.", ['other sender']]
  ])('%s', (text, expected) => {
    expect(table(text)).toEqual(expected)
  })

  test.each([
    // An offer or a wish stated, with or without its "I": the message's ask.
    ['I can send the creative brief and two examples.', 'ask:offer sender'],
    ['Happy to share the breakdown if useful.', 'ask:offer sender'],
    ['Happy to run one for {{company}} if it sounds useful.', 'ask:offer sender'],
    ['Happy to walk through it on a quick call.', 'ask:time sender'],
    ['Would love to chat about how we could support your content.', 'ask:time sender'],
    ['Keen to connect.', 'other sender'],
    // The time the work takes is no slot of theirs.
    ['I can get you quotes within 48 hours.', 'pitch sender'],
    // Someone else's result with the sender's hand in it.
    ['We helped TechCorp cut their sales cycle from 90 to 62 days.', 'proof sender'],
    ['We helped {{similar_company}} {{specific_result}} in {{timeframe}}.', 'proof sender'],
    ['We helped you last year with the audit.', 'other sender'],
    // What it would take, when the writer would appreciate it, is the ask.
    ["If you have 15 minutes for a short call, I'd really appreciate your advice.", 'ask:time sender'],
    // A rank given as praise says nothing of theirs; with its figure it does.
    ["I noticed you're one of the top-rated insurance agents in [City].", 'opener sender'],
    ["I noticed you're one of the top 3 agents in Leeds by 2025 sales volume.", 'observation sender'],
    // What the offer gives them, before its list, is the pitch.
    ['What you get:\n- Full source code\n- A live demo\n- Priority support', 'pitch recipient'],
    // A question about a meeting that happened asks for no time; a booking still wanted does.
    ['How did that conversation with your CFO go?', 'ask:interest none'],
    ['Were you able to find a time on my calendar?', 'ask:time recipient'],
    // Minutes they spend alone, a plan of their work and a deadline book no slot; a take of their minutes does.
    ['Takes you 5 minutes to skim.', 'other generic'],
    ['Worth 5 minutes to skim?', 'ask:interest generic'],
    ['Would you take 10 minutes for a call?', 'ask:time recipient'],
    ['Does this fit your editorial calendar?', 'ask:interest generic'],
    ['Does this fit your calendar next week?', 'ask:time generic'],
    ['Are we still on track to finalize by [DATE]?', 'ask:interest sender'],
    ['Are you free on [DATE]?', 'ask:time recipient'],
    // An opinion of the sender's is no look at the reader's world; a figure of mutual connections is anyone's.
    ['I find this very unprofessional.', 'other sender'],
    ['I notice we share a mutual connection or two.', 'opener sender'],
    ['I notice we share 12 mutual connections.', 'opener sender'],
    ['I noticed {company} covers the whole {city} area.', 'opener sender'],
    ['I noticed {{company}} might find this helpful.', 'opener sender'],
    // A name that helps a kind of business is an offering; a customer's result is not.
    ['Kestrel helps engineering teams at companies like Loom move data reliably.', 'pitch third'],
    ['Harbor cut mis-picks by 30% last year.', 'observation third'],
    // The sender's own outcome, "seen", is told, not observed of the reader.
    ['Seeing great results with groups like {{company_name}}.', 'proof sender'],
    ['I built AIP (Agent Identity Protocol), a free API that gives agents their own identities.', 'pitch sender'],
    ['I built MnemoPay — open-source agent commerce infrastructure.', 'pitch sender'],
    ['I built a shed last summer.', 'other sender'],
    ['Saw your Leeds depot doubled its volume.', 'observation sender'],
    ['I noticed {company} serves 14 care homes in the {city} area.', 'observation sender'],
    // A customer's title set off by dashes is an aside; the story's teller is not its subject.
    ['Last year, Sarah — VP Sales at a startup — had 5 SDRs against a rival with 20.', 'observation third']
  ])('%s is %s', (text, expected) => {
    expect(table(text)).toEqual([expected])
  })

  test.each([
    // Pushing the earlier message up their inbox chases a reply (LABELLING.md C5); following up frames (C4).
    ['Wanted to bump this up in your inbox.', 'reply'],
    ['Bumping this: one example, the Reno depot cut overtime 12%.', 'reply'],
    ['Resurfacing my note from last week.', 'reply'],
    ['Quick follow-up.', 'bump'],
    ["I'll close this loop for now.", undefined],
    ['Just circling back on this.', 'bump'],
    ["Since I haven't heard back, I'll keep it short.", 'reply'],
    // Tries counted frame a break-up (C4); a reply said to be missed chases it (C5).
    ["I know I've reached out a few times, so this is my last note.", 'bump'],
    ["I've written a few times with no luck.", 'reply'],
    ["I've reached out a few times without hearing back.", 'reply'],
    ["Buyers want a peer conversation, not a call with someone who can't answer questions.", undefined],
    ['Wanted to make sure you got the audit I sent last week.', 'reply'],
    ['Wanted to make sure you saw our quote for the roof.', 'reply'],
    ['Make sure you see the new rota before Friday.', undefined],
    ['Following up on our call, here are the notes.', undefined],
    ["I'll follow up next week with the numbers.", undefined],
    ['Following up with the case study I promised: Acme cut agency spend by 22%.', undefined],
    ['Following the note above, {{firstName}}.', 'bump'],
    ['Quick follow-up, {{first_name}}.', 'bump'],
    ['Following your work on rota planning for a while now.', undefined]
  ])('%s chases: %s', (text, kind) => {
    const [s] = roles(text, 'followup').sentences
    expect(s.role === 'chaser' ? s.chase : undefined).toBe(kind)
  })

  test.each([
    ['Happy to jump on a quick call to walk through it.', true],
    ['If it sounds useful, we could set up a call.', true],
    ['We could hop on a short call if it is useful.', true],
    ['If any of your sites need cover, we would love to chat.', true],
    ['Happy to send the demo link or jump on a short call.', true],
    // A wish with no condition, a condition on their time, minutes of theirs wanted or a day named: asked.
    ["We'd love to chat.", false],
    ["If you have 15 minutes, I'd love to hop on a call.", false],
    ["If you're open to it, I'd appreciate 15 minutes to hear how you plan routes.", false],
    ['Happy to jump on a call Thursday to walk through it.', false]
  ])('a meeting stated in "%s" is only offered: %s', (text, passive) => {
    const [s] = roles(`Hi Sam, saw the Leeds depot. ${text}`).sentences.filter((x) => x.role === 'ask')
    expect([s.ask, s.stated, s.passive === true]).toEqual(['time', true, passive])
  })

  test('a last line signed after a dash is the sign-off, and its names are the sender\'s', () => {
    expect(table('Ledgerly provides the full payroll stack for cafes.\n\n— Jo Marsh, Founder, Ledgerly | ledgerly.io')).toEqual(['pitch sender', 'sign-off none'])
  })

  test("a list's items negate nothing of the line that leads into them; a negated lead-in stays negated", () => {
    expect(table('We cut rota errors for depots by:\n- Flagging clashes (not after the shift)\n- Swapping shifts by text\n- Logging overtime')).toEqual(['pitch sender'])
    expect(table('We don\'t cut rota errors for depots by:\n- Flagging clashes\n- Swapping shifts by text\n- Logging overtime')).toEqual(['other sender'])
  })

  test('people the writer talks to are the subject, not the writer: "Agencies we talk to keep ..."', () => {
    expect(table('Agencies we talk to usually keep a folder of curl scripts for client APIs.')).toEqual(['other generic'])
    expect(table('We talk to agencies that keep a folder of curl scripts for client APIs.')).toEqual(['pitch sender'])
  })

  test('a pitch goes on in the lines of its paragraph that have no doer of their own', () => {
    expect(table('Our app books the delivery slot for you. Takes about 90 minutes to set up. Always on.\n\nThanks for reading.')).toEqual(['pitch sender', 'pitch generic', 'pitch none', 'other none'])
  })

  test('a heading of the sender\'s own on a line of its own, over a list, is the pitch', () => {
    expect(table('## Our services\n\n- Weekly rotas\n- Shift swaps by text')[0]).toBe('pitch sender')
    expect(table('**What we do**\n\n- Build weekly rotas\n- Swap shifts by text')[0]).toBe('pitch sender')
    expect(table('How we help:\n\n- Weekly rotas\n- Shift swaps by text')[0]).toBe('pitch sender')
    // A heading of theirs, or one with no list under it, is not.
    expect(table('## Your depots\n\n- Leeds\n- York')[0]).not.toBe('pitch sender')
  })

  test('a list under a heading of the sender\'s own is the pitch; a labelled result is proof, and a "Result:" after a proof goes on with it', () => {
    expect(table('Hi Sam,\n\nMy approach for your project:\n- schema review first\n- API contracts next\n\nPast result: refactored a legacy API for a retailer, 60% faster.')).toEqual(['greeting none', 'pitch sender', 'proof sender'])
    expect(table('Our services:\n- audits\n- fixes')).toEqual(['pitch sender'])
    const story = roles('Target used our platform to spot turnover risk early. Result: 31% less turnover.').sentences
    expect(story.map((s) => [s.role, s.continues ?? false])).toEqual([['proof', false], ['proof', true]])
  })

  test('"That\'s what we do" points at the sender\'s offering, and the scene it points at is the pitch\'s set-up', () => {
    expect(table('Imagine leads arriving daily on autopilot. That\'s what our platform does. Worth a look?').map((r) => r.split(' ')[0])).toEqual(['pitch', 'pitch', 'ask:interest'])
    expect(table('What if you had 100 prospects researched for you? That\'s exactly what we do.')).toEqual(['pitch recipient', 'pitch sender'])
    expect(table('Your team said onboarding is slow. That\'s where we come in.')).toEqual(['observation recipient', 'pitch sender'])
    // Not an offering: denied, asked, or the sender's curiosity.
    expect(table('That\'s not what we do.').map((r) => r.split(' ')[0])).not.toContain('pitch')
    expect(table('Is that what you need?')[0]).toMatch(/^ask/)
    expect(table('That\'s what I\'m curious about.')[0]).not.toMatch(/^pitch/)
  })

  test('a second clause that notices something specific of theirs makes the sender\'s sentence an observation', () => {
    expect(table('We are attending {Event Name} and noticed {Company} is exhibiting.')).toEqual(['observation sender'])
    // Not a gerund that goes on with what the sender does, nor a look at nothing of theirs.
    expect(table("We're a group of students building robots and learning engineering.")[0]).not.toMatch(/^observation/)
    expect(table('We build routing software and saw great results.')[0]).not.toMatch(/^observation/)
  })

  test('the roles the retrained tagger\'s truer tags needed', () => {
    // A past result with its figure at a named customer is proof, "cut" after a singular noun being past.
    expect(table('Our award-winning, cutting-edge app cut re-scans at Acme by 40%.')).toEqual(['proof sender'])
    expect(table('Our app reduced re-scans at Acme by 40%.')).toEqual(['proof sender'])
    // A named piece of their own work said back with a view on it is an observation.
    expect(table('Your piece on night-shift picking in Logistics Weekly was sharp.')).toEqual(['observation recipient'])
    // Pleased to present is a feeling and a doing, not who the sender is.
    expect(table('I am pleased to present a lucrative business proposal.')[0]).not.toMatch(/^self-intro/)
    // A launch's results under their heading are the sender's proof.
    expect(table('Launch Results:\n- #3 Product of the Day\n- 400 installs on day one')).toEqual(['proof sender'])
    // With no verb after it, the -s word after an opening name is its verb.
    expect(table('Hi Sam,\n\nLumen builds onboarding flows.\n\nAna\nLumen')[1]).toBe('pitch sender')
  })

  test('a guess about the reader ("Looks like you are ...") does not carry the pitch on', () => {
    expect(table('We build onboarding flows. Looks like you are hiring three designers.')).toEqual(['pitch sender', 'other generic'])
  })

  test.each([
    ['Worth 20 minutes to compare notes?', 'time'],
    ['Worth 20 min?', 'time'],
    ['Got 10 minutes Thursday?', 'time'],
    ['Grab a short intro session with me here.', 'time'],
    ['Can we hop on Zoom Tuesday?', 'time'],
    ['Are you free Tuesday for a short chat?', 'time'],
    ['Want the two-page summary?', 'offer'],
    ['Shall I send the checklist?', 'offer'],
    ['Worth a look?', 'interest'],
    ['Who owns routing on your side?', 'interest'],
    ['Want me to make the intro?', 'offer'],
    ['Happy to send it even if we never speak - want it?', 'offer'],
    ['Is Pat still leading the migration, or should I speak to someone else?', 'interest'],
    ['Would it help if I sent two candidate profiles this week?', 'offer'],
    ['Would our interview rubric template be useful?', 'interest'],
    ['Could we book an interview with your CEO?', 'time'],
    // A demo the reader runs alone is no slot of their time; one shown to them is.
    ['Or try the live demo: https://example.com/demo', 'interest'],
    ['Could I show you a quick live demo?', 'time']
  ])('ask %s is %s', (text, kind) => {
    const asks = roles(text).sentences.filter((s) => s.role === 'ask')
    expect(asks.map((s) => s.ask)).toEqual([kind])
  })

  test('on SMS a bare identification is etiquette, not a self-introduction', () => {
    expect(table("Hi Tom, it's Mo from the garage.", 'sms')).toEqual(['other sender'])
  })

  test('on SMS the clause after an identification and a dash is the sentence', () => {
    expect(table("it's Laura from Little Acorns nursery - you asked at Saturday's open morning about places from January.", 'sms')).toEqual(['observation recipient'])
    // The same sentence by e-mail opens with who the sender is (LABELLING.md P2).
    expect(table("it's Laura from Little Acorns nursery - you asked at Saturday's open morning about places from January.")).toEqual(['self-intro sender'])
  })

  test('the greeting is its own role and the sign-off is not body', () => {
    expect(table('Hi Sam,\n\nWorth a look?\n\nBest,\nAna')).toEqual(['greeting none', 'ask:interest none', 'sign-off none'])
  })
})

describe('merge-field roles', () => {
  test.each([
    ['{{first_name}}', 'recipient-name'],
    ['[First Name]', 'recipient-name'],
    ['{{company}}', 'recipient-detail'],
    ['{{recent_post}}', 'recipient-detail'],
    ['[Our Company]', 'sender'],
    ['{{my_company_name}}', 'sender'],
    ['[Your Name]', 'sender'],
    ['[Similar Company]', 'third-party'],
    ['[Product Name]', 'sender'],
    ['[their product]', 'free-slot'],
    // A slot said to hold something of theirs is read as filled (ADJUDICATION.md round 1 precedent 4);
    // a bare topic is the sender's.
    ['[their challenge]', 'recipient-detail'],
    ['[challenge]', 'free-slot'],
    ['[specific problem]', 'free-slot'],
    ['{{case_study}}', 'third-party'],
    ['[specific observation about their team]', 'recipient-detail'],
    ['[insert something nice here]', 'free-slot'],
    // Someone else's story, however it is worded.
    ['[new value/insight/case study]', 'third-party'],
    ['[reference customer]', 'third-party'],
    // An instruction to refer to something of theirs.
    ['[reference their last episode]', 'recipient-detail'],
    // One of several companies, lettered or numbered: the sender's examples, not the reader's "[Company]".
    ['[Company A]', 'third-party'],
    ['{{company_2}}', 'third-party'],
    ['[Brand X]', 'third-party'],
    ['[Company Name]', 'recipient-detail']
  ])('%s is %s', (field, role) => {
    expect(roles(`Hi, see ${field} here.`).fields.map((f) => f.role)).toEqual([role])
  })

  // A sentence is an observation when what was seen says something about them: a field naming a
  // detail counts as the filled-in text would; a name, a skill or a label said back does not (M3).
  test.each([
    ['Noticed [specific observation about their team] last week.', 'observation'],
    ['Noticed {{recent_post}} last week.', 'observation'],
    ['I noticed {{company_name}} on LinkedIn.', 'opener'],
    ['I noticed [their company] on LinkedIn.', 'opener'],
    ['Your background in [SKILL_1], [SKILL_2], and [SKILL_3] makes you an ideal candidate.', 'other'],
    ['I came across your profile and was impressed by your experience in software engineering.', 'opener'],
    // What was seen ends where the sender's own next clause starts.
    ['I noticed your profile & would love to add you to my network of professionals.', 'opener'],
    ['I noticed your Leeds depot doubled its pick rate and would love to compare notes.', 'observation']
  ])('%s', (text, role) => {
    expect(roles(text).sentences.map((s) => s.role)).toEqual([role])
  })
})
