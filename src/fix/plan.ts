/**
 * The whole-draft rewrite: a plan over sentence roles, applied as non-overlapping edits on the text.
 *
 * - the greeting, the sign-off, a P.S., links and merge fields are left as written;
 * - stock openers, apologies, chasing and self-introductions go as whole sentences (a sentence that
 *   also carries a fact, a number, a name or a link, stays for a person to edit);
 * - what is about the reader (observations) moves to the front;
 * - a pitch that boasts becomes a guide line naming what is missing, keeping the product's name;
 *   a draft with nothing about the reader gets a guide line for that at the front;
 * - at most one ask: time asks go, and one low-friction question fitted to the draft takes their place.
 *
 * Guide lines are `[[...]]`: the rule unfilled-guide-line reports them, so a draft that still holds
 * one fails the lint until a person fills it in.
 */
import type {TextFacts} from '../analyse/facts.js'
import {SELF_INTRO_RE, observedField, type Roles, type SentenceRole} from '../analyse/roles.js'
import type {Token} from '../analyse/grammar.js'
import type {LintMessage} from '../types.js'
import type {Edit} from './apply.js'
import {MEETING_TALK, replacementAsk, shownThing, withoutCarried, type Shown} from './ask.js'

export interface Change {
  ruleId: string
  kind: 'removed' | 'moved' | 'replaced' | 'inserted'
  before: string
  after: string
  why: string
}

export interface Plan {
  edits: Edit[]
  changes: Change[]
}

/** Findings whose sentence goes as a whole: it carries nothing for the reader. */
const REMOVE = new Set(['generic-opener', 'apologetic-opener', 'reaching-out-opener', 'self-introduction-opener', 'empty-follow-up', 'reply-chasing', 'guilt-trip-follow-up', 'chase'])
/** Findings that make a pitch sentence a boast to be rewritten by a person. */
const BOAST = new Set(['company-boast', 'product-pitch', 'logo-drop', 'hundred-percent-claim', 'sender-first-opening', 'pitch-opening', 'feature-list'])
/** The rules about where the draft starts (LABELLING.md P2), not what it claims. */
const OPENING = new Set(['sender-first-opening', 'pitch-opening'])
const TIME_ASK = new Set(['premature-meeting-ask', 'time-ask', 'calendar-link'])
/** A line that tells the reader how to stop the messages. */
const OPT_OUT = /\b(?:reply|text|send)\s+(?:\w+\s+or\s+)?"?stop\b|\bopt[- ]?out\b|\bunsubscribe\b|\b(?:prefer|rather|want|wish) not to (?:receive|hear|get)\b|\b(?:remove|take) you (?:off|from)\b/i
/** A draft that says it asks for nothing. */
const NO_ASK = /\bno (?:ask|asks|pitch|pressure to (?:reply|respond)|need to (?:reply|respond))\b|\b(?:don't|do not) (?:need|have) to (?:reply|respond)\b/i

/** The one ask, fitted to the words around it: no "right now" twice ("help right now? ... not interested right now"). */
function fitted(ask: string, around: string): string {
  return /\bright now\b/i.test(around) ? ask.replace(/ right now(?=\?$)/, '') : ask
}

/** Signs of real contact before this message: a meeting, a call, their reply, a referral. */
const MET =
  /\b(?:(?:we|you and I) (?:met|spoke|talked|chatted)|(?:great|good|nice|lovely) (?:meeting|speaking|talking|chatting|to meet|to speak|to chat)\b|(?:since|after|following|from|about|on|re) our (?:recent |last |brief |quick |earlier )?(?:call|chat|conversation|meeting|discussion|talk)|as (?:we|you) (?:discussed|agreed|mentioned)|you (?:mentioned|said|asked|told me|suggested)|thanks? (?:you )?for (?:your|the) (?:reply|response|note|message|call|intro|introduction)|(?:referred|introduced|pointed|sent) me (?:to you|your way)|suggested (?:that )?I (?:reach|contact|get in touch|email|write)|(?:re:?\s*)?(?:your|the) (?:reply|response) to my)\b/i
/** A question asked for effect, not for an answer. */
const RHETORICAL = /\b(?:what if|imagine|ever wonder(?:ed)?|did you know|(?:you )?know (?:the|that) feeling|ever (?:feel|felt) like)\b|^\W*(?:and |so )?(?:the|what's the|here's the) (?:\w+ ){0,2}\w+\?\s*$/i
/** Two or more lines of lettered or numbered options. */
/** How to answer an SMS's question: "Reply YES", "Text 1 for more info". */
const REPLY_KEYWORD = /^\W*(?:[Rr]eply|[Tt]ext|[Rr]espond)(?:\s+with)?\s+["'“]?(?:[A-Z]{1,5}|\d)["'”]?(?:\s+(?:for|to)\s+[^.!?\n]{1,30})?\W*$/
const MENU = /(?:^|\n)[ \t]*(?:[a-d][.)]|\d[.)])[ \t]+\S[^\n]*\n[ \t]*(?:[a-d][.)]|\d[.)])[ \t]+\S/i
/** What the sender offers to hand over: such a sentence is an ask of its own ("I can send you the deck"). */
const OFFER_VERBS = new Set(['send', 'share', 'forward'])

/** Three or more list items in a row. */
const LIST_RUN = /(?:^|\n)[ \t]*(?:[-*•–✓✔]|\d{1,2}[.)])[ \t]+\S[^\n]*\n[ \t]*(?:[-*•–✓✔]|\d{1,2}[.)])[ \t]+\S[^\n]*\n[ \t]*(?:[-*•–✓✔]|\d{1,2}[.)])[ \t]+\S/

/** Things every reader has: a subject of one of them says nothing about this reader. */
const EVERYONE_HAS = new Set(['inbox', 'website', 'site', 'email', 'e-mail', 'business', 'company', 'team', 'time', 'day', 'week', 'profile', 'page', 'work', 'role', 'job', 'customers', 'clients', 'product', 'brand', 'message', 'calendar', 'thoughts', 'feedback', 'opinion'])

/** A line that books the meeting: a scheduling link or a call with its link. */
const BOOKING_LINE = /\b(?:calendly|cal\.com|chilipiper|savvycal|hubspot\.com\/meetings|calendar|booking|book a (?:time|slot|call)|schedule)|\b(?:\d+[ -]?min(?:ute)?s?[ -]?)?(?:call|meeting|demo|chat)\s*[:\-–—]/i

/** The guide-line syntax: a rewrite's instruction to the person, never sent as it is. */
const GUIDE_LINE_RE = /\[\[[^[\]\n]{1,300}\]\]/

/** A boast that is an adjective before a noun ("award-winning", "industry-leading", "cutting-edge, best-in-class"). */
const BOAST_MODIFIER = /^(?:(?:[a-z]+-(?:leading|winning|class|edge|art|breed|generation|gen|changing|breaking|tier|rated)|state-of-the-art|best-in-class|best-of-breed|innovative|disruptive|revolutionary|groundbreaking|unparalleled|unmatched|unrivall?ed|premier|cutting edge|world class)(?:,\s*|\s+and\s+)?)+$/i

/** "a" or "an" for the word that now follows the article, keeping the article's capital. */
function articleFor(word: string, was: string): string {
  // An acronym is read letter by letter ("an SMS tool", "a CRM"); a word by its sound ("an hour", "a user").
  const acronym = /^[A-Z][A-Z0-9]+$/.test(word)
  const an = acronym ? /^[AEFHILMNORSX]/.test(word) : /^(?:[aeiou]|hour|honest|heir)/i.test(word) && !/^(?:uni|use|usu|one|eu)/i.test(word)
  const article = an ? 'an' : 'a'
  return was[0] === 'A' ? article[0].toUpperCase() + article.slice(1) : article
}

const WHY = {
  urgency: 'A deadline you made up pushes a stranger away; a reason that is true for them pulls them in.',
  boast: 'An adjective about yourself is the part a buyer skips; the fact after it does the work.',
  removed: 'It carries nothing for the reader; the message starts with what is about them instead.',
  moved: 'What is about the reader goes first: it is the reason you wrote.',
  pitch: 'A claim about yourself reads as an advert; one line on what you noticed about them, then how you help, reads as relevant.',
  observe: 'Nothing here says why you chose this reader: add one line that would be wrong if sent to anyone else.',
  ask: 'A stranger says yes to a small, low-effort question before a meeting: one ask, and no slot of their time.',
  opening: 'A message that starts with who you are reads as an advert; one line on what you noticed about them first, and your reason for writing keeps its facts.',
  extraAsk: 'Two asks split the answer; one question is easier to reply to.',
  pointsBack: 'It pointed at the sentence before it, which went; on its own it points at nothing.',
  noAsk: 'A message with no question leaves the reader nothing to do but archive it: one easy question gets the reply.'
}

/** A question that only points back ("Which one is it?", "Which of these?"): it has no words of its own. */
const POINTING_QUESTION = /^\W*(?:so,?\s+)?(?:which|what)(?:\s+one)?(?:\s+(?:is|was|are)\s+(?:it|that|they))?(?:\s+of\s+(?:these|those|them))?\s*\?\W*$/i

/** A sentence's opening that joins it to the one before ("That said, ...", "Also, ...", "Otherwise, ..."). */
const CONNECTIVE =
  /^(?:(?:But|And|So|Yet|Or|Plus)\b,?|(?:Totally|Completely) understand(?:\s*[—–-]+\s*|,\s*|\.\s+)|(?:Either way|Until then|Since then|That said|Having said that|That being said|With that said|With that in mind|In that case|Also|Besides|However|Still|Otherwise|Additionally|In addition|On top of that|As a result|Because of (?:this|that)|Even so|Instead|That's why|That is why|This is why|Which is why),?)[ \t]*(?=[a-z]|I\b)/i
/** "We also offer", "I'd also add": the sender adding to what was said before. */
const ALSO = /^(\W*(?:We|I)(?:'d|'ll|'re|'ve| can| could| would| will| are| have)?)( also)\b/
/** A list that speaks of the reader ("- Priority support for your clients"): what is in it for them, not a feature list to cut. */
function forTheReader(sentence: string): boolean {
  const items = sentence.split('\n').filter((line) => /^[ \t]*(?:[-*•–✓✔]|\d{1,2}[.)])[ \t]+\S/.test(line))
  return items.length >= 2 && items.some((line) => /\b(?:you|your|yours)\b/i.test(line))
}

/** Capitalised words that name nothing in particular: pronouns, days, months, stock words. */
const NOT_NAMES = new Set(['i', "i'm", "i've", "i'd", "i'll", 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'ceo', 'cto', 'cfo', 'coo', 'vp', 'ai', 'crm', 'saas', 'b2b', 'hr', 'it', 'uk', 'us', 'eu'])

/**
 * The names a sentence gives: capitalised words past its first word that are not the sender's own
 * (the sign-off's words) and not a pronoun, a day or a month ("Our CEO, Dana Reyes, is keynoting
 * LogiCon next week" -> Dana, Reyes, LogiCon). Merge fields are not names.
 */
function namesIn(sentence: string, sender: Set<string>): string[] {
  const out: string[] = []
  for (const m of sentence.matchAll(/(?<=[\s(,;:"'“-])[A-Z][\w&'’-]*[a-z][\w&'’-]*/g)) {
    const before = sentence.slice(0, m.index).trimEnd()
    // The first word of a sentence or of a line is capitalised whatever it is.
    if (before === '' || /[.!?:\n]$/.test(before) || /\{\{?[^}]*$|\[[^\]]*$/.test(before)) continue
    const word = m[0].toLowerCase()
    if (NOT_NAMES.has(word) || sender.has(word)) continue
    out.push(m[0])
  }
  return out
}

/**
 * What a pitch that becomes a guide line proves, to keep inside the guide line: its clauses with a
 * number or a link, without the boasting adjectives ("the industry-leading platform trusted by over
 * 2,000 companies" -> "the platform trusted by over 2,000 companies."), within the guide line's length.
 */
function proofOf(sentence: string, used: number, flagged: ReadonlyArray<readonly [number, number]>): string | undefined {
  const clauses: string[] = []
  const split = /,\s+|;\s+|\s+[-–—]\s+|\s+and\s+(?=(?:our|we|i|my|I'm|we've|we're)\b)/gi
  let from = 0
  for (const m of [...sentence.matchAll(split), undefined]) {
    const to = m?.index ?? sentence.length
    const clause = sentence.slice(from, to)
    const start = from
    from = m ? to + m[0].length : sentence.length
    if (!/\d|https?:\/\/|www\./.test(clause) || flagged.some(([a, b]) => a < to && b > start)) continue
    clauses.push(
      clause
        .replace(/\s+/g, ' ')
        .replace(/^(?:and|but|with|so)\s+/i, '')
        .replace(/\b(?:[a-z]+-(?:leading|winning|class|edge|breaking|changing|rated)|state-of-the-art|best-in-class|cutting-edge|world-class|award-winning)\s+/gi, '')
        .replace(/\b(an?|An?)\s+([\w-]+)/g, (_, article: string, word: string) => `${articleFor(word, article)} ${word}`)
        .replace(/[.!?:\s]+$/, '')
        .trim()
    )
  }
  if (clauses.length === 0) return undefined
  const proof = clauses.join('; ') + '.'
  // The guide line's syntax holds 300 characters at most.
  return used + proof.length + 20 <= 300 ? proof : undefined
}

/** What a demonstrative may stand before without pointing back: a time, a manner ("that way"). */
const NOT_POINTING = new Set(['way', 'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'year', 'quarter', 'morning', 'afternoon', 'evening', 'point', 'case', 'moment', 'kind', 'sort', 'type', 'much', 'many', 'far', 'said', 'is', 'was', "'s"])
/** "This" opening a sentence about what was just said ("This means ...", "This is why ..."); not "This is Dana from ...". */
const THIS_BACK = /^\W*(?:This|That)\s+(?:means|meant|is (?:why|because|where|what)|explains|matters|shows|led|leads|reminded|reminds|made|would|will|could|can|might|sounds)\b/

/**
 * A sentence that leans on the one before it: it opens with a demonstrative ("That approach cut
 * ...", "Those numbers ...", "This means ..."), or names a thing by one ("benefit from that updated
 * data", "take that as a sign"). Read from the tokens, with "that" the conjunction and the relative
 * left alone ("I know that ...", "a tool that helps").
 */
function pointsBack(text: string, s: SentenceRole, tokens: Token[]): boolean {
  const sentence = text.slice(s.start, s.end)
  if (THIS_BACK.test(sentence)) return true
  const inside = tokens.filter((t) => t.start >= s.start && t.end <= s.end)
  for (let i = 0; i < inside.length; i++) {
    const t = inside[i]
    if (t.norm !== 'that' && t.norm !== 'those' && t.norm !== 'these') continue
    const next = inside[i + 1]
    const after = inside[i + 2]
    if (next === undefined || NOT_POINTING.has(next.norm)) continue
    const prev = inside[i - 1]
    // "That approach", "Those numbers" at the start; "from that updated data", "on those results" inside.
    const nounNext = next.pos === 'NOUN' || ((next.pos === 'ADJ' || next.pos === 'VERB') && after?.pos === 'NOUN' && !NOT_POINTING.has(after.norm))
    const determiner = nounNext && (i === 0 || prev?.pos === 'ADP' || (prev?.pos === 'VERB' && t.norm !== 'that'))
    // "take that as a sign", "appreciate that.": "that" itself the object.
    const object = t.norm === 'that' && prev?.pos === 'VERB' && (next.pos === 'ADP' || next.norm === '.' || next.norm === ',') && next.norm !== 'if'
    if (determiner || object) return true
  }
  return false
}

/** A closing wish or thanks before the sign-off: the message proper has ended. */
const CLOSING = /^\W*(?:have a (?:great|good|nice|lovely|wonderful)\b|wishing\b|(?:i |we )?(?:really )?appreciate (?:your|you|it)\b|thanks\b|thank you\b|cheers\b|all the best\b|best of luck\b|enjoy (?:the|your)\b|(?:i'm |i am |we're |we are )?look(?:ing)? forward\b)/i

const SLOT_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\/\d{1,2}\b/gi

function hasFacts(text: string, facts: TextFacts, s: SentenceRole, nameFields: Set<number>, asksTime: boolean, fields: boolean | Set<number> = true): boolean {
  // A duration or a time of day in an ask is the slot asked for, not a fact of the draft.
  // So is a date of that slot ("Tuesday, Oct 15", "the 16th", "10/16").
  // The number of a numbered list's item ("1. You're not interested") is layout, not a fact.
  const unnumbered = text.replace(/^([ \t]*)\d{1,2}[.)](?=[ \t])/gm, '$1')
  const numbers = s.role === 'ask' || asksTime ? unnumbered.replace(/\d+(?:[-–]\d+)?\s*(?:-?\s*)(?:min(?:ute)?s?|hours?|hrs?|am|pm|mins?)\b|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b/gi, '').replace(SLOT_DATE, '') : unnumbered
  if (/\d|https?:\/\/|www\.|@/.test(numbers)) return true
  if (fields === false) return false
  for (let i = 0; i < facts.placeholders.length; i++) {
    const p = facts.placeholders[i]
    if (p.start >= s.start && p.end <= s.end && !nameFields.has(i) && (fields === true || fields.has(i))) return true
  }
  return false
}

/** The product or company name the sender uses, to keep it in a guide line. */
function productName(facts: TextFacts, sentences: SentenceRole[]): string | undefined {
  const signature = facts.text.slice(facts.signatureStart)
  for (const s of sentences) {
    if (s.role !== 'pitch' && s.role !== 'self-intro') continue
    // A company or product after at / from / with / of / for, not the writer's own first name.
    const sentence = facts.text.slice(s.start, s.end)
    // Only a name the sender gives as theirs: "I'm Dana from Floxly", "we at Acme", "Acme helps ...",
    // or one the sign-off repeats; not "the PM role at Airbnb" of a job seeker.
    const after = /\b(?:at|from|with|of|for|by)\s+([A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*)?)/.exec(sentence)
    // ("we at Acme" is theirs; "We cut re-scans at Acme" names a customer.)
    const own = after && (/\b(?:I'm|I am|I work|I run|I lead|I head|I founded|this is|here)\b[^.!?]{0,40}$|\bwe(?:'re| are)?\s*$/i.test(sentence.slice(0, after.index)) || signature.includes(after[1]))
    const named = (own ? after[1] : undefined) ?? /^(?:At\s+)?([A-Z][a-z]+[A-Z]?\w*)\s+(?:is|are|helps|help|builds|makes|offers|provides|cuts|turns)\b/.exec(sentence)?.[1]
    if (named && !/^(?:I|We|Our|My|The|A|An)$/.test(named)) return named
    const field = facts.placeholders.find((p) => p.start >= s.start && p.end <= s.end && /company|product|brand|business/i.test(p.raw) && /your|our|my|sender/i.test(p.raw))
    if (field) return field.raw
  }
  return undefined
}

function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++
  return from
}

/** Where a removed sentence's text ends, with the space after it; a whole paragraph takes its blank line. */
function removalRange(text: string, s: SentenceRole, floor: number): [number, number] {
  let end = s.end
  s = {...s, start: firstNonSpace(text, s.start, s.end)}
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++
  const lineStart = s.start === floor || /\n[ \t]*$/.test(text.slice(Math.max(floor, s.start - 40), s.start))
  if (!lineStart && (end === text.length || text[end] === '\n' || text[end] === '\r')) {
    // The last sentence of its line: take the space before it, not after.
    let start = s.start
    while (start > floor && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--
    return [start, s.end]
  }
  if (lineStart && (end === text.length || text[end] === '\n' || text[end] === '\r')) {
    // The sentence is its own paragraph: take the line break(s) after it too.
    while (end < text.length && /[\r\n \t]/.test(text[end])) end++
    if (end === text.length) {
      // The last paragraph: take the break before it instead, so nothing dangles.
      let start = s.start
      while (start > floor && /[\r\n \t]/.test(text[start - 1])) start--
      return [start, text.length]
    }
  }
  return [s.start, end]
}

export function planRewrite(facts: TextFacts, roles: Roles, messages: LintMessage[], channel: string, tokens: Token[]): Plan {
  const text = facts.text
  const edits: Edit[] = []
  const changes: Change[] = []
  let body = roles.sentences.filter((s) => s.role !== 'greeting' && s.role !== 'sign-off' && s.role !== 'ps' && s.start < facts.signatureStart && s.end > facts.bodyStart)
  if (body.length === 0) return {edits, changes}
  const nameFields = new Set(roles.fields.filter((f) => f.role === 'recipient-name').map((f) => f.placeholder))
  /** Who is writing ("{{my_name}}", "[Your Company]") and whom to: no fact the reader needs. */
  const identityFields = new Set(roles.fields.filter((f) => f.role === 'recipient-name' || f.role === 'sender').map((f) => f.placeholder))
  // Fields that will hold something observed about them ("{{recent_post}}"): facts to keep. Not a
  // slot of the meeting ("[day]", "[specific day/time]"), which goes with its ask.
  const strongFields = new Set(roles.fields.filter((f) => f.role === 'recipient-fact' && observedField(facts.placeholders[f.placeholder])).map((f) => f.placeholder))
  /** What is said of the reader, or what the sender saw of them ("Noticed your team ..."). */
  const ofThem = (s: SentenceRole) => /\b(?:you|your|yours)\b/i.test(text.slice(s.start, s.end)) || [...strongFields].some((i) => facts.placeholders[i].start >= s.start && facts.placeholders[i].end <= s.end)
  const observedFirst = (s: SentenceRole) => s.role === 'observation' && (s.subject === 'recipient' || (s.subject === 'sender' && ofThem(s)))
  // Body findings by start, with the longest reach so far, so each sentence's findings are found
  // by a binary search, not a scan of them all (a long paste can hold thousands of both).
  const bodyFindings = messages.filter((m) => m.field === 'body').sort((a, b) => a.start - b.start)
  const rulesIn = (s: SentenceRole): LintMessage[] => {
    let lo = 0
    let hi = bodyFindings.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (bodyFindings[mid].start < s.end) lo = mid + 1
      else hi = mid
    }
    const out: LintMessage[] = []
    // Findings that start before the sentence's end; those that also end after its start overlap it.
    for (let i = lo - 1; i >= 0 && out.length < 64; i--) {
      const m = bodyFindings[i]
      if (m.end > s.start) out.push(m)
      else if (m.start < s.start - 20_000) break
    }
    return out
  }
  const isGuide = (s: SentenceRole) => GUIDE_LINE_RE.test(text.slice(s.start, s.end))
  const decided = new Map<SentenceRole, 'keep' | 'remove' | 'move' | 'replace'>()
  const replacement = new Map<SentenceRole, {text: string; ruleId: string; why: string}>()

  const leadIns: Edit[] = []
  /** A sentence about them was freed of its lead-in: the draft says something specific after all. */
  let saysSomething = false
  /** Sentences whose lead-in went ("I wanted to reach out because I saw ..."): what is left is about them. */
  const freed = new Set<SentenceRole>()
  // A draft that already holds a guide line has been rewritten: it gets no second one, whatever
  // the findings still say (a person fills the first, and the rewrite stays idempotent).
  const guided = GUIDE_LINE_RE.test(text)
  /** Words of the sign-off (the sender's name, company, title): no names of the draft's to keep. */
  const senderWords = new Set((text.slice(facts.signatureStart).match(/[A-Z][\w&'-]+/g) ?? []).map((w) => w.toLowerCase()))
  // After real contact (they met, spoke, replied, or someone referred the sender) the line that makes
  // the message theirs is what was discussed or agreed, not a cold observation.
  const met = MET.test(text.slice(facts.bodyStart, facts.signatureStart))
  const noticed = met ? 'what you discussed or agreed with them' : 'what you noticed about them'
  const observeGuide = met ? '[[What you discussed or agreed with them: one line only they would recognise.]]' : '[[What you noticed about them: one line that would be wrong if sent to anyone else.]]'
  let askKept: SentenceRole | undefined
  /** The time asks that go; the last one's place takes the one ask that replaces them. */
  const timeAsks: SentenceRole[] = []
  let pitchKept = guided
  /** The draft already says something about them: an observation, or a field for one ("{{personalized_opener}}"). */
  const observed = roles.sentences.some(observedFirst) || strongFields.size > 0
  for (const s of body) {
    // Never inside the greeting, and not on the punctuation a greeting left over ("Hey there!!").
    s.start = Math.max(s.start, facts.bodyStart)
    while (s.start < s.end && /[\s!?.,:;]/.test(text[s.start])) s.start++
    // A greeting the message's start did not show (after a heading, in a quoted reply) stays as written.
    const greeting = /^(?:hi|hello|hey|dear|hiya|good (?:morning|afternoon|evening))\b[^,\n.!?]{0,40},[ \t]*/i.exec(text.slice(s.start, s.end))
    if (greeting && greeting[0].length < s.end - s.start) s.start += greeting[0].length
  }
  // What is left of a greeting's punctuation is no sentence.
  body = body.filter((s) => s.start < s.end)
  if (body.length === 0) return {edits, changes}
  for (const s of body) {
    if (isGuide(s)) {
      decided.set(s, 'keep')
      continue
    }
    const sentence = text.slice(s.start, s.end)
    // An opt-out line ("Reply STOP to opt out") is the law on SMS and courtesy elsewhere: it stays.
    if (OPT_OUT.test(sentence)) {
      decided.set(s, 'keep')
      continue
    }
    const found = rulesIn(s)
    const asksTime = s.ask === 'time' || found.some((m) => TIME_ASK.has(m.ruleId))
    const facty = hasFacts(sentence, facts, s, nameFields, asksTime)
    // A merge field in a chase, an opener or a time ask ("about {{topic}}", "for [their company]")
    // is no fact to keep: the sentence goes with it.
    // Nor is what the finding itself is about: the booking link, the '5 slots' of 'only 5 slots left'.
    const going = found.filter((m) => REMOVE.has(m.ruleId) || TIME_ASK.has(m.ruleId) || m.ruleId === 'false-urgency')
    const goes = going.length > 0 || s.role === 'opener' || s.role === 'chase' || asksTime
    let rest = sentence
    for (const m of going) {
      const from = Math.max(0, m.start - s.start)
      const to = Math.min(sentence.length, m.end - s.start)
      if (to > from) rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to)
    }
    // What the new ask carries over (the meeting's topic, what it was to show) is no reason to keep
    // the time ask, and neither is its booking link; nor a field in what it carries.
    let kept = strongFields
    if (asksTime) {
      const carried = withoutCarried(rest)
      kept = new Set([...strongFields].filter((i) => {
        const p = facts.placeholders[i]
        return p.start < s.start || p.end > s.end || carried.slice(p.start - s.start, p.end - s.start).trim() !== ''
      }))
      rest = carried
    }
    // (But a field that will hold something observed about them, "{{impressive_thing}}", is kept.)
    const factyKept = goes ? hasFacts(rest, facts, s, nameFields, asksTime, kept) : facty
    const removeBy = found.find((m) => REMOVE.has(m.ruleId))
    const boast = found.find((m) => BOAST.has(m.ruleId))
    // An opening that says who writes and why with what only this draft has ("I'm applying for [JOB
    // POST TITLE] at [TARGET COMPANY]", "Our CEO is keynoting [Conference Name] next week"): only its
    // place was wrong. It stays, with the line about them in front of it (or their observation moved there).
    // (Not one that also opens with a stock line, "I'm reaching out on behalf of ...": that goes as such.)
    // Nor one that also asks for their time or presses: that part has to go, and the sentence with it.
    const openingOnly = boast !== undefined && !asksTime && found.every((m) => OPENING.has(m.ruleId) || (!BOAST.has(m.ruleId) && !REMOVE.has(m.ruleId) && m.ruleId !== 'false-urgency'))
    if ((s.role === 'pitch' || s.role === 'self-intro') && openingOnly && !pitchKept && (hasFacts(sentence, facts, s, identityFields, false, true) || namesIn(sentence, senderWords).length > 0)) {
      pitchKept = true
      if (observed) decided.set(s, 'keep')
      else {
        const guide = observeGuide
        replacement.set(s, {text: `${guide} ${sentence}`, ruleId: boast.ruleId, why: WHY.opening})
        decided.set(s, 'replace')
      }
      continue
    }
    if ((s.role === 'pitch' || s.role === 'self-intro') && boast && !pitchKept && !forTheReader(sentence)) {
      // The pitch that made the draft product-centric: a guide line in its place, its name kept.
      pitchKept = true
      const name = productName(facts, body)
      // A draft that already says what was noticed about them needs only the second half.
      const line = observed
        ? `One line on how ${name ?? 'you'} ${name ? 'helps' : 'help'} with ${noticed}.`
        : `One line on ${noticed}, then ${name ? `how ${name} helps with it` : 'one line on how you help with it'}.`
      // The pitch's facts ("trusted by over 2,000 companies") stay in the guide line as its proof.
      // (Not a clause a finding of its own is about, "#1 rated", "DM me for a free session": the guide line is no place for it.)
      // (A finding about the whole sentence, the pitch itself, is why the guide line is there: it leaves every clause.)
      const flagged = found
        .filter((m) => m.severity === 'error' && m.category !== 'readability' && m.category !== 'template-hygiene' && m.end - m.start < (s.end - s.start) * 0.8 && !BOAST_MODIFIER.test(m.actual))
        .map((m) => [m.start - s.start, m.end - s.start] as const)
      const proof = proofOf(sentence, line.length, flagged)
      const guide = proof ? `[[${line} Proof to keep: ${proof}]]` : `[[${line}]]`
      replacement.set(s, {text: guide, ruleId: boast.ruleId, why: WHY.pitch})
      decided.set(s, 'replace')
      continue
    }
    // A lead-in before something about them ("I wanted to reach out because your clinic just added
    // Saturday hours"): the finding's own deletion of the lead-in, not the sentence.
    const leadIn = removeBy?.suggestions[0]
    // (The finding's deletion also capitalises what follows: its replacement is that one letter.)
    // Only where what follows has a verb of its own: "I reached out a few months ago about ..." keeps its lead-in.
    // Nor a lead-in ending in "to", which would leave a bare order ("Explore senior-level opportunities ...").
    const clauseFollows = leadIn !== undefined && !/\bto\s*$/i.test(text.slice(leadIn.start, leadIn.end - leadIn.replacement.length)) && tokens.some((t) => t.start >= leadIn.end && t.end <= s.end && (t.pos === 'VERB' || t.pos === 'AUX'))
    if (removeBy && leadIn && clauseFollows && leadIn.replacement.length <= 1 && (s.role === 'observation' || s.specific) && leadIn.end < s.end - 1) {
      leadIns.push({start: leadIn.start, end: leadIn.end, replacement: leadIn.replacement})
      changes.push({ruleId: removeBy.ruleId, kind: 'removed', before: text.slice(leadIn.start, leadIn.end - leadIn.replacement.length), after: '', why: WHY.removed})
      decided.set(s, s.role === 'observation' ? 'move' : 'keep')
      freed.add(s)
      saysSomething = true
      continue
    }
    if ((removeBy || s.role === 'opener' || s.role === 'chase' || (s.role === 'self-intro' && channel !== 'sms')) && !factyKept) {
      decided.set(s, 'remove')
      changes.push({ruleId: removeBy?.ruleId ?? (s.role === 'chase' ? 'chase' : s.role === 'self-intro' ? 'self-introduction-opener' : 'generic-opener'), kind: 'removed', before: sentence, after: '', why: WHY.removed})
      continue
    }
    // Pressure the sender made up ("offer ends Friday", "only 3 spots left") goes with its sentence.
    // (The first in the sentence: each match is a finding of its own, and the pressure starts there.)
    const urgency = found.filter((m) => m.ruleId === 'false-urgency').sort((a, b) => a.start - b.start)[0]
    // "ACT NOW and get 50% off", "Act now - call 0800 ...": the pressure opens the sentence and the
    // rest stands on its own; the pressure goes, the rest starts the sentence.
    const leading = urgency && urgency.start - s.start <= 1 ? /^[\s,]*(?:-|–|—|:|and\b|,)\s*(?=[a-z])/i.exec(text.slice(urgency.end, s.end)) : null
    if (urgency && leading && factyKept) {
      const after = urgency.end + leading[0].length
      leadIns.push({start: s.start, end: after + 1, replacement: text[after].toUpperCase()})
      changes.push({ruleId: urgency.ruleId, kind: 'removed', before: text.slice(s.start, after), after: '', why: WHY.urgency})
      decided.set(s, 'keep')
      continue
    }
    // "Rates just dropped - lock yours in before Friday!": the pressure is the clause after a dash
    // or a comma, and what comes before it stands as a sentence; the clause goes, a full stop ends it.
    const tail =
      urgency && urgency.start - s.start > 1
        ? /^(?:before|until|while)\b/i.test(urgency.actual)
          ? /\s+$/.exec(text.slice(s.start, urgency.start))
          : /(?:\s[-–—]|,)\s+(?:\S+\s+){0,3}$|\s+(?:before|until)\s+(?:\S+\s+){0,2}$/i.exec(text.slice(s.start, urgency.start))
        : null
    const head = tail ? text.slice(s.start, s.start + tail.index) : ''
    // (In a list, the clause ends with its item's line: the items after it stay, with no full stop added.)
    const lineBreak = urgency ? text.indexOf('\n', urgency.start) : -1
    const itemEnd = lineBreak >= 0 && lineBreak < s.end ? lineBreak : undefined
    if (urgency && tail && head.split(/\s+/).length >= 3 && !/\d|https?:|www\./.test(text.slice(s.start + tail.index, itemEnd ?? s.end))) {
      const end = itemEnd ?? s.end - (/[.!?]+$/.exec(text.slice(s.start, s.end))?.[0].length ?? 0)
      leadIns.push({start: s.start + tail.index, end, replacement: itemEnd !== undefined || /[.!?]$/.test(text.slice(s.start, s.end)) ? '' : '.'})
      if (itemEnd === undefined && /[!?]+$/.test(text.slice(end, s.end))) leadIns.push({start: end, end: s.end, replacement: '.'})
      changes.push({ruleId: urgency.ruleId, kind: 'removed', before: text.slice(s.start + tail.index, end).replace(/^[\s,–—-]+/, ''), after: '', why: WHY.urgency})
      decided.set(s, 'keep')
      continue
    }
    // (A deadline of the reader's own, "your lease ends in May", is their world, not pressure.)
    if (urgency && !factyKept && !(s.role === 'observation' && s.subject === 'recipient')) {
      decided.set(s, 'remove')
      // An ask that also pressed ("Reply YES to book, only 5 slots left!") still gets its one ask back.
      if (s.role === 'ask' || asksTime) {
        timeAsks.push(s)
      }
      changes.push({ruleId: urgency.ruleId, kind: 'removed', before: sentence, after: '', why: WHY.urgency})
      continue
    }
    // A menu of options ("a) Follow up in 3 months? b) Remove you from my list? c) ...") is one
    // ask the reader answers with a letter; it stays whole, whatever one option offers.
    if (MENU.test(sentence)) {
      decided.set(s, 'keep')
      askKept ??= s
      continue
    }
    // (An offer stated beside the question, "Interested? I can send the brief.", is part of its ask.)
    if ((s.role === 'ask' && !s.stated) || (asksTime && s.role !== 'observation')) {
      const time = asksTime
      if (time && !factyKept) {
        timeAsks.push(s)
        decided.set(s, 'remove')
        changes.push({ruleId: found.find((m) => TIME_ASK.has(m.ruleId))?.ruleId ?? 'time-ask', kind: 'removed', before: sentence, after: '', why: WHY.ask})
        continue
      }
      // One ask; but the options of one menu ("a) ... b) ...", "Option B: ...") are one ask.
      const option = /^\W*(?:option\s+\w\b|[a-d][.)]\s|\d[.)]\s)/i.test(sentence) || /\b[a-d]\)(?:,\s*[a-d]\))*,?\s+or\s+[a-d]\)/i.test(sentence) || /(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)]|\*\*)[ \t]*$/.test(text.slice(Math.max(0, s.start - 12), s.start))
      // "GitHub stars? MRR?": a few words with no verb are asked for effect, not a second ask.
      const aside = s.verb === '' && sentence.trim().split(/\s+/).length <= 4
      // "Reply YES" is how to answer the one ask, not a second one.
      if (askKept && !facty && !option && !aside && !REPLY_KEYWORD.test(sentence)) {
        decided.set(s, 'remove')
        changes.push({ruleId: 'no-clear-ask', kind: 'removed', before: sentence, after: '', why: WHY.extraAsk})
        continue
      }
      // A rhetorical question ("what if you could ...?") is no ask the reader answers; nor is "Reply
      // YES", which the new ask, taking the place of the one before it, keeps.
      if (!RHETORICAL.test(sentence) && !REPLY_KEYWORD.test(sentence)) askKept ??= s
    }
    if ((s.role === 'pitch' || s.role === 'self-intro' || (boast?.ruleId === 'company-boast' && s.subject !== 'recipient')) && boast) {
      if (!facty && !forTheReader(sentence)) {
        decided.set(s, 'remove')
        changes.push({ruleId: boast.ruleId, kind: 'removed', before: sentence, after: '', why: WHY.pitch})
      } else decided.set(s, 'keep')
      continue
    }
    // A list item stays in its list: moving it would leave the list's lead-in without it.
    const listItem = /(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*$/.test(text.slice(Math.max(0, s.start - 12), s.start))
    // Nor does a sentence a boast, a feature list or made-up urgency was found in ("Limited spots
    // available this month!"): it is about the sender, whatever its subject.
    // Nor a lead-in ("here's what stood out:"): its list would be left behind.
    const leadsIn = /:\s*$/.test(sentence)
    decided.set(s, s.role === 'observation' && !listItem && !leadsIn && !boast && !urgency ? 'move' : 'keep')
  }

  // What only made sense beside the meeting that went ("The call would take about 20 minutes.",
  // "I'm free [day] at [time].", "I promise to keep it focused."): it goes with it.
  for (const ask of timeAsks) {
    const i = body.indexOf(ask)
    for (let j = i + 1; j < Math.min(body.length, i + 4); j++) {
      const s = body[j]
      const sentence = text.slice(s.start, s.end)
      if (decided.get(s) !== 'keep' || s.role === 'observation' || s.role === 'ask') break
      if (!MEETING_TALK.test(sentence) || /\bsend\b/i.test(sentence) || hasFacts(sentence, facts, s, nameFields, true, strongFields)) continue
      decided.set(s, 'remove')
      changes.push({ruleId: 'time-ask', kind: 'removed', before: sentence, after: '', why: 'It was about the meeting the rewrite no longer asks for.'})
    }
  }
  // One low-friction ask in place of the time asks, fitted to what the draft offers.
  // "Click here: {link}\nPricing: {link}\nBook a call: https://cal.com/...": lines of one kept
  // sentence. With no other time ask, the booking line is the one; the new ask takes its place.
  if (timeAsks.length === 0) {
    for (const s of body) {
      if (decided.get(s) !== 'keep' || timeAsks.length > 0) continue
      const m = rulesIn(s).find((x) => TIME_ASK.has(x.ruleId))
      if (!m) continue
      const lineStart = text.lastIndexOf('\n', m.start - 1) + 1
      const nextBreak = text.indexOf('\n', m.end)
      const lineEnd = nextBreak < 0 ? s.end : Math.min(s.end, nextBreak)
      const line = text.slice(lineStart, lineEnd)
      if (lineStart <= s.start || !BOOKING_LINE.test(line) || !/https?:\/\/|www\.|\{|\[/.test(line)) continue
      timeAsks.push({...s, start: lineStart, end: lineEnd, role: 'ask', ask: 'time'})
      edits.push({start: lineStart - 1, end: lineEnd, replacement: ''})
      changes.push({ruleId: m.ruleId, kind: 'removed', before: line.trim(), after: '', why: WHY.ask})
    }
  }
  const timeAsk = timeAsks[timeAsks.length - 1]
  /** Where the time ask stands among the body's sentences (a booking line: in its sentence). */
  const askAt = timeAsk ? body.findIndex((b) => b.start <= timeAsk.start && timeAsk.start < b.end) : -1
  // An offer the draft makes after it ("I could also send you a demo video") is its one ask already.
  const offer = timeAsk ? body.slice(askAt + 1).find((s) => decided.get(s) === 'keep' && s.subject === 'sender' && OFFER_VERBS.has(s.verb) && /\byou\b/i.test(text.slice(s.start, s.end))) : undefined
  // "I'd love to show you how this could work for {{company}}." just before the meeting ask was its
  // purpose: the new ask offers to send that, and the wish goes with the meeting.
  let shown: Shown | undefined
  if (timeAsk && !askKept && !offer) {
    const before = body.slice(Math.max(0, askAt - 2), askAt).filter((s) => decided.get(s) === 'keep')
    const wish = before.find((s) => (s.subject === 'sender' || s.subject === 'none') && shownThing(text.slice(s.start, s.end)) !== undefined && !hasFacts(text.slice(s.start, s.end), facts, s, nameFields, false))
    if (wish) {
      shown = shownThing(text.slice(wish.start, wish.end))
      decided.set(wish, 'remove')
      changes.push({ruleId: 'time-ask', kind: 'removed', before: text.slice(wish.start, wish.end), after: '', why: 'It was what the meeting was for; the new ask offers to send it instead.'})
    }
  }
  // "Which one is it?" after the guesses it asked about went (a chase's list of reasons): it points
  // at nothing now, and goes too; the draft's one ask is added where none is left.
  for (let i = 1; i < body.length; i++) {
    const s = body[i]
    if (decided.get(body[i - 1]) !== 'remove' || decided.get(s) === 'remove' || !POINTING_QUESTION.test(text.slice(s.start, s.end))) continue
    decided.set(s, 'remove')
    changes.push({ruleId: 'rewrite', kind: 'removed', before: text.slice(s.start, s.end), after: '', why: 'It asked about the sentence before it, which went; on its own it points at nothing.'})
  }
  // "I really believe your readers would benefit from that updated data." after the bump that named
  // the data went: it points at nothing now, and goes too (unless it carries a fact of its own); a
  // sentence after it that points back in turn goes with it.
  for (let i = 1; i < body.length; i++) {
    const s = body[i]
    if (decided.get(body[i - 1]) !== 'remove' || decided.get(s) !== 'keep' || isGuide(s) || OPT_OUT.test(text.slice(s.start, s.end))) continue
    if (!pointsBack(text, s, tokens) || hasFacts(text.slice(s.start, s.end), facts, s, nameFields, false)) continue
    decided.set(s, 'remove')
    changes.push({ruleId: 'rewrite', kind: 'removed', before: text.slice(s.start, s.end), after: '', why: WHY.pointsBack})
  }
  const kept = body.filter((s) => decided.get(s) !== 'remove')
  const firstKept = kept[0]
  // The time ask the one new ask takes the place of: standing before all that is kept, it is where
  // what goes in front goes ("Hey Sam, [guide line] Is getting more reviews a priority? Reply YES").
  const replaced = timeAsk && !askKept && !offer ? timeAsk : undefined
  const firstPlace = replaced && (!firstKept || askAt < body.indexOf(firstKept)) ? replaced : firstKept
  // Observations go first, in their order; one already in front of every other kept sentence stays.
  // An observation moves only ahead of what is about the sender (a pitch, a proof line, a
  // self-introduction): a heading, a context line or a question stays where the writer put it.
  // (A claim about the world, "Rapid growth often brings the challenge of ...", is no observation of
  // theirs to lead with: only what is said of the reader, or what the sender saw, moves.)
  // Nor one whose next sentence refers back to it ("This is probably costing you 5 calls a week"):
  // moved, it would leave that sentence pointing at whatever now stands before it.
  const continued = (s: SentenceRole) => {
    const next = kept[kept.indexOf(s) + 1]
    return next !== undefined && /^(?:This|That|These|Those|It|Which)\b/.test(text.slice(next.start, next.start + 6))
  }
  const observations = kept.filter((s) => decided.get(s) === 'move' && observedFirst(s) && !continued(s))
  const senderSide = (s: SentenceRole) => !freed.has(s) && (s.role === 'pitch' || s.role === 'proof' || s.role === 'self-intro' || decided.get(s) === 'replace' || (s.role === 'other' && s.subject === 'sender'))
  const lead = kept.findIndex((s) => decided.get(s) !== 'move')
  // On SMS the writer's identification stays first (LABELLING.md P2's SMS exception): nothing moves.
  const toMove = lead < 0 || !senderSide(kept[lead]) || channel === 'sms' ? [] : observations.filter((s) => kept.indexOf(s) > lead && kept.slice(lead, kept.indexOf(s)).every((x) => senderSide(x) || decided.get(x) === 'move'))
  const hasObservation = observations.length > 0
  const front = firstPlace ?? body[0]
  const sameLine = !/\n/.test(text.slice(facts.bodyStart, front.start)) && facts.bodyStart > 0

  for (const s of body) {
    const d = decided.get(s)
    if (d === 'remove') {
      const [start, end] = removalRange(text, s, facts.bodyStart)
      edits.push({start, end, replacement: ''})
    } else if (d === 'replace') {
      const r = replacement.get(s)!
      edits.push({start: s.start, end: s.end, replacement: r.text})
      changes.push({ruleId: r.ruleId, kind: 'replaced', before: text.slice(s.start, s.end), after: r.text, why: r.why})
    } else if (toMove.includes(s)) {
      const [start, end] = removalRange(text, s, facts.bodyStart)
      edits.push({start, end, replacement: ''})
    }
  }
  // What goes in front of the first kept sentence: moved observations, or a guide line for one.
  let inFront = toMove.map((s) => text.slice(s.start, s.end))
  for (const s of toMove) changes.push({ruleId: 'no-recipient-specifics', kind: 'moved', before: text.slice(s.start, s.end), after: text.slice(s.start, s.end), why: WHY.moved})
  // On SMS the writer says who they are first ("Hi Sam, this is Ashley with Premier Home Loans."):
  // what is about the reader comes right after that.
  const identifies = channel === 'sms' && firstKept !== undefined && firstKept.subject === 'sender' && SELF_INTRO_RE.test(text.slice(firstKept.start, firstKept.end))
  const frontOf = identifies ? kept[1] : firstPlace
  const relevanceMissing = messages.some((m) => m.category === 'missing-relevance' && (m.ruleId === 'no-recipient-specifics' || m.ruleId === 'first-name-only'))
  // (With nothing of the draft left to go in front of, the guide line of an empty draft below takes its place.)
  if (!hasObservation && !saysSomething && relevanceMissing && !pitchKept && !guided && (frontOf !== undefined || identifies)) {
    const guide = observeGuide
    inFront = [guide]
    changes.push({ruleId: 'no-recipient-specifics', kind: 'inserted', before: '', after: guide, why: WHY.observe})
  }
  // Nothing of the draft is left ("hey just following up again!! did u get my msg??"): the guide
  // line says what the message needs, in the place of what went.
  if (!firstKept && !guided && !(timeAsks.length > 0 && !askKept)) {
    const followUp = channel === 'followup' || messages.some((m) => m.ruleId === 'empty-follow-up' || m.ruleId === 'chase' || m.ruleId === 'reply-chasing')
    const guide = followUp ? '[[One new thing for them since your last note: a fact, a resource or a question it did not have.]]' : observeGuide
    const at = edits.findIndex((e) => e.start <= body[0].start && e.end >= body[0].start && e.replacement === '')
    const start = at >= 0 ? edits[at].start : body[0].start
    // A sign-off on a line of its own stays on its own line after the guide line.
    const tail = text.slice(body[body.length - 1].end)
    const after = /^\s*$/.test(tail) ? '' : /^[ \t]*\r?\n/.test(tail) ? '\n\n' : ' '
    edits.push({start, end: start, replacement: (start > 0 && !/\s$/.test(text.slice(0, start)) ? ' ' : '') + guide + after})
    changes.push({ruleId: followUp ? 'empty-follow-up' : 'no-recipient-specifics', kind: 'inserted', before: '', after: guide, why: followUp ? 'A follow-up that only asks whether they saw the last one gives them no reason to answer; one new thing does.' : WHY.observe})
  }
  if (inFront.length > 0 && identifies && frontOf === undefined) {
    edits.push({start: firstKept.end, end: firstKept.end, replacement: ' ' + inFront.join(' ')})
  } else if (inFront.length > 0 && frontOf) {
    const gap = text.slice(frontOf.start - 2 < 0 ? 0 : frontOf.start - 2, frontOf.start).includes('\n') && !sameLine ? '\n\n' : ' '
    // What follows the guide line starts a sentence: "{{name}} - last note from me" -> "... Last note".
    const lower = frontOf !== replaced && /^[a-z]/.test(text[frontOf.start] ?? '') && !/^(?:i[' ]|[a-z]+[A-Z])/.test(text.slice(frontOf.start, frontOf.start + 8))
    edits.push({start: frontOf.start, end: frontOf.start + (lower ? 1 : 0), replacement: inFront.join(' ') + gap + (lower ? text[frontOf.start].toUpperCase() : '')})
  }
  // "But if things change, the door's always open." after the sentence it answered went: the
  // conjunction has nothing to join, and goes too.
  for (let i = 1; i < body.length; i++) {
    const s = body[i]
    if (decided.get(body[i - 1]) !== 'remove' || decided.get(s) === 'remove' || decided.get(s) === 'replace' || toMove.includes(s)) continue
    const sentence = text.slice(s.start, s.end)
    // "We also offer:", "I'd also add": what it adds to went; it is said on its own now.
    const also = CONNECTIVE.test(sentence) ? null : ALSO.exec(sentence)
    if (also) {
      edits.push({start: s.start + also[1].length, end: s.start + also[1].length + also[2].length, replacement: ''})
      changes.push({ruleId: 'rewrite', kind: 'removed', before: also[2].trim(), after: '', why: 'What it added to went; the sentence says its own thing now.'})
      continue
    }
    const conj = CONNECTIVE.exec(sentence)
    if (!conj) continue
    const at = s.start + conj[0].length
    edits.push({start: s.start, end: at + 1, replacement: text[at].toUpperCase()})
    changes.push({ruleId: 'rewrite', kind: 'removed', before: conj[0].trim(), after: '', why: 'The sentence it joined on to went; the conjunction has nothing to join.'})
  }
  if (timeAsk && !askKept && offer) {
    const at = edits.findIndex((e) => e.start <= timeAsk.start && e.end >= timeAsk.end && e.replacement === '')
    if (at < 0) edits.push({...(([start, end]) => ({start, end}))(removalRange(text, timeAsk, facts.bodyStart)), replacement: ''})
    // "If not this week, I could also send you ...": the alternative is the offer now, with nothing to be the alternative to.
    const sentence = text.slice(offer.start, offer.end)
    const alternative = /^If not\b[^,.?!]{0,30},\s*(?=\w)/i.exec(sentence)
    if (alternative) leadIns.push({start: offer.start, end: offer.start + alternative[0].length + 1, replacement: sentence[alternative[0].length].toUpperCase()})
    const also = /\b(?:could|can|would|will|'d|'ll) (also )/i.exec(sentence)
    if (also) leadIns.push({start: offer.start + also.index + also[0].length - also[1].length, end: offer.start + also.index + also[0].length, replacement: ''})
  } else if (timeAsk && !askKept) {
    const ask = fitted(replacementAsk({
      timeAsks: timeAsks.map((s) => text.slice(s.start, s.end)),
      // (Not what a guide line replaces: the thing it named is no longer in the draft to send.)
      offered: body.filter((s) => decided.get(s) !== 'replace' && (s.subject === 'sender' || s.role === 'pitch' || s.role === 'proof')).map((s) => text.slice(s.start, s.end)),
      shown,
      draft: text.slice(facts.bodyStart, facts.signatureStart),
      short: channel === 'sms' || channel === 'linkedin-connect',
      detailed: LIST_RUN.test(kept.filter((s) => decided.get(s) !== 'replace').map((s) => text.slice(s.start, s.end)).join('\n'))
    }), kept.map((s) => text.slice(s.start, s.end)).join(' '))
    // The ask takes the place of the time ask, so the draft's layout stays as written.
    const at = edits.findIndex((e) => e.start <= timeAsk.start && e.end >= timeAsk.end && e.replacement === '')
    if (at >= 0) edits.splice(at, 1)
    // First after a greeting on its line ("Hey Sam, want me to send ...?"), it continues it.
    const continues = replaced === firstPlace && inFront.length === 0 && sameLine && /,\s*$/.test(text.slice(0, facts.bodyStart)) && !/^I\b/.test(ask)
    edits.push({start: timeAsk.start, end: timeAsk.end, replacement: continues ? ask[0].toLowerCase() + ask.slice(1) : ask})
    // A booking link under it ("15-minute call: {CalendlyLink}"), even where the sign-off starts,
    // was the meeting's way in: it goes with the meeting.
    const lines = /^([ \t]*\n(?:[ \t]*\n)*)([^\n]*)(?:(\n(?:[ \t]*\n)*)([^\n]*))?/.exec(text.slice(timeAsk.end))
    if (lines) {
      let at = timeAsk.end
      for (const [gap, line] of [[lines[1], lines[2]], [lines[3], lines[4]]]) {
        if (gap === undefined || line === undefined) break
        // (Not a line that goes already as a time ask of its own: two deletions of it took the paragraph break after it.)
        const lineStart = at + gap.length
        const going = edits.some((e) => e.replacement === '' && e.start <= lineStart && e.end >= lineStart + line.trimEnd().length)
        if (!going && BOOKING_LINE.test(line) && /https?:\/\/|www\.|\{|\[/.test(line)) {
          edits.push({start: at, end: at + gap.length + line.length, replacement: ''})
          changes.push({ruleId: 'time-ask', kind: 'removed', before: line.trim(), after: '', why: 'It was the way to book the meeting the rewrite no longer asks for.'})
        }
        at += gap.length + line.length
      }
    }
    changes.push({ruleId: 'time-ask', kind: 'inserted', before: text.slice(timeAsk.start, timeAsk.end), after: ask, why: WHY.ask})
  }
  // After a greeting on the same line ("Hi Dana, ..."), the sentence that now follows it continues it.
  const next = inFront.length > 0 || firstPlace !== firstKept ? undefined : firstKept
  if (sameLine && next && next !== body[0] && decided.get(next) !== 'replace' && /^[A-Z][a-z]/.test(text.slice(next.start, next.start + 2)) && !/^(?:I|I'm|I've|I'd|I'll)\b/.test(text.slice(next.start, next.start + 4)) && /,\s*$/.test(text.slice(0, facts.bodyStart))) {
    const word = /^[A-Z][a-z']*/.exec(text.slice(next.start))![0]
    if (!/^[A-Z][a-z]+[A-Z]/.test(word)) edits.push({start: next.start, end: next.start + 1, replacement: text[next.start].toLowerCase()})
  }
  edits.push(...leadIns)
  // A boast that only modifies a noun in a sentence that stays ("Our award-winning rostering tool
  // helped Northgate ...", "we're an industry-leading procurement platform"): the adjective goes,
  // the fact stays, and "an" becomes "a" where the next word needs it.
  for (const s of body) {
    if (decided.get(s) !== 'keep' || toMove.includes(s)) continue
    // Adjectives in a row ("award-winning, cutting-edge") are one finding each; they go together.
    const modifiers = rulesIn(s).filter((m) => m.ruleId === 'company-boast' && m.start >= s.start && m.end <= s.end).sort((a, b) => a.start - b.start)
    const chains: Array<{start: number; end: number; ruleId: string}> = []
    for (const f of modifiers) {
      const last = chains[chains.length - 1]
      if (last && /^(?:\s*,\s*|\s+and\s+)$/.test(text.slice(last.end, f.start))) last.end = f.end
      else chains.push({start: f.start, end: f.end, ruleId: f.ruleId})
    }
    for (const chain of chains) {
      const m = {...chain, actual: text.slice(chain.start, chain.end)}
      if (!BOAST_MODIFIER.test(m.actual)) continue
      const after = /^(?:\s*,\s*|\s+and\s+|\s+)(?=[a-z0-9])/.exec(text.slice(m.end, m.end + 8))
      const before = /(?:^|\s)(a|an|the|our|my|its|their|your)\s+$/i.exec(text.slice(Math.max(s.start, m.start - 8), m.start))
      if (!after || !before) continue
      const next = /^[\w-]+/.exec(text.slice(m.end + after[0].length))?.[0] ?? ''
      const article = before[1].toLowerCase() === 'a' || before[1].toLowerCase() === 'an' ? articleFor(next, before[1]) : undefined
      const start = article !== undefined ? m.start - before[0].length + before[0].indexOf(before[1]) : m.start
      const replacement = article !== undefined ? `${article} ` : ''
      edits.push({start, end: m.end + after[0].length, replacement})
      changes.push({ruleId: m.ruleId, kind: 'removed', before: m.actual, after: '', why: WHY.boast})
    }
  }
  // Over the channel's budget (a 300-character connection note, an SMS) with nothing else to cut:
  // one more sentence goes per pass, the last that neither says something about them nor asks, nor
  // carries a fact, until the draft fits or nothing more can go.
  if (edits.length === 0 && messages.some((m) => m.ruleId === 'channel-character-limit')) {
    // Never the last sentence (the invitation, in a connection note), and what is about the sender first.
    const candidates = kept.slice(0, -1).filter((s) => !isGuide(s) && !hasFacts(text.slice(s.start, s.end), facts, s, nameFields, false))
    const order = ['proof', 'pitch', 'self-intro', 'other']
    const spare = order.map((role) => [...candidates].reverse().find((s) => s.role === role)).find((s) => s !== undefined)
    if (spare) {
      const [start, end] = removalRange(text, spare, facts.bodyStart)
      edits.push({start, end, replacement: ''})
      changes.push({ruleId: 'channel-character-limit', kind: 'removed', before: text.slice(spare.start, spare.end), after: '', why: 'The channel cuts the message past its limit, usually in the middle of the ask: the least needed sentence goes.'})
    }
  }
  // Nothing else to change, and nothing left for the reader to answer (a break-up note, or a chase
  // whose only question was the guilt trip): the draft gets its one ask, after its last sentence.
  // (Not where an ask of the draft stays, a question or a booking line the plan keeps for its facts,
  // nor beside any question: that one is the draft's, for a person to sharpen.)
  // A connection note's ask is the connection itself.
  // Nor where the draft says it asks nothing ("No ask, no pitch"): a question there contradicts it.
  const draftBody = text.slice(facts.bodyStart, facts.signatureStart)
  if (edits.length === 0 && channel !== 'linkedin-connect' && messages.some((m) => m.ruleId === 'no-clear-ask') && askKept === undefined && !kept.some((s) => s.role === 'ask') && !draftBody.includes('?') && !NO_ASK.test(draftBody)) {
    // Before the closing wishes ("Have a great week!"): the question is the last thing they read of the message proper.
    // Never after the P.S. or inside a signature the roles did not see (a lone "{{YOUR_NAME}}" line).
    const end = Math.min(facts.signatureStart, roles.sentences.find((s) => s.role === 'sign-off' || s.role === 'ps')?.start ?? text.length)
    const last = [...kept].reverse().find((s) => s.end <= end && s.role !== 'greeting' && (s.verb !== '' || isGuide(s)) && !CLOSING.test(text.slice(s.start, s.end)))
    const ask = last
      ? fitted(replacementAsk({
          timeAsks: [],
          offered: kept.filter((s) => s.subject === 'sender' || s.role === 'pitch' || s.role === 'proof').map((s) => text.slice(s.start, s.end)),
          short: channel === 'sms',
          detailed: LIST_RUN.test(kept.map((s) => text.slice(s.start, s.end)).join('\n'))
        }), draftBody)
      : undefined
    // (Once only: an ask the lint does not count, where the draft's layout hides it, is not added again.)
    if (last && ask && !text.includes(ask)) {
      // On its own line where the draft is written in lines; after the sentence on a one-line note.
      // A lead-in ("You can download it here:") keeps what it introduces: the ask goes after that.
      let at = last.end
      if (/:\s*$/.test(text.slice(last.start, last.end))) {
        const after = /^\s*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*/.exec(text.slice(at, end))
        if (after) at += after[0].length
      }
      // Not between a sentence and the rest of its line (the link after "the case study I promised:").
      const line = /^[^\n]*/.exec(text.slice(at, end))![0]
      if (line.trim() !== '') at += line.trimEnd().length
      const lined = /\n/.test(text.slice(facts.bodyStart, at))
      edits.push({start: at, end: at, replacement: (lined ? '\n\n' : ' ') + ask})
      changes.push({ruleId: 'no-clear-ask', kind: 'inserted', before: '', after: ask, why: WHY.noAsk})
    }
  }
  return {edits: trimLineEnds(text, joinDeletions(text, mergeInsertions(edits))), changes}
}

/**
 * Deletions with only spaces and line breaks between them are one deletion; one that now empties
 * a paragraph takes the paragraph's line breaks, so no blank lines pile up where sentences went.
 */
function joinDeletions(text: string, edits: Edit[]): Edit[] {
  const out: Edit[] = []
  for (const edit of edits) {
    const before = out[out.length - 1]
    // (Not across a line break after a deletion that left text before it on its line: the break
    // stays, or what is left of that line would run into the next paragraph.)
    const gap = before ? text.slice(before.end, edit.start) : ''
    const midLine = before !== undefined && before.start > 0 && !/\n[ \t]*$/.test(text.slice(Math.max(0, before.start - 40), before.start))
    if (before && before.replacement === '' && edit.replacement === '' && /^\s*$/.test(gap) && !(midLine && /\n/.test(gap))) {
      before.end = edit.end
      continue
    }
    out.push({...edit})
  }
  for (let i = 0; i < out.length; i++) {
    const e = out[i]
    if (e.replacement !== '') continue
    const atLineStart = e.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, e.start - 40), e.start))
    const nextEdit = out[i + 1]?.start ?? text.length
    let end = e.end
    while (end < nextEdit && /[ \t]/.test(text[end])) end++
    if (atLineStart && end < text.length && /[\r\n]/.test(text[end])) {
      // The paragraph is empty now: its blank line goes with it, up to the next text.
      while (end < nextEdit && /[\r\n \t]/.test(text[end])) end++
      if (end < text.length) e.end = end
    }
  }
  return out
}

/** A deletion that now ends its line takes the spaces before it too, so no line ends in a space. */
function trimLineEnds(text: string, edits: Edit[]): Edit[] {
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]
    if (e.replacement !== '' || !(e.end === text.length || text[e.end] === '\n' || text[e.end] === '\r')) continue
    const floor = i > 0 ? edits[i - 1].end : 0
    while (e.start > floor && (text[e.start - 1] === ' ' || text[e.start - 1] === '\t')) e.start--
  }
  return edits
}

/**
 * The plan's edits made disjoint, so every one applies in the same pass: an insertion where another
 * edit ends joins it; two deletions that overlap (one took the space after a sentence, the next the
 * space before another) become one; a deletion overlapping a replacement gives way to it.
 */
function mergeInsertions(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const out: Edit[] = []
  for (const next of sorted) {
    const edit = {...next}
    const before = out[out.length - 1]
    if (before && edit.start === edit.end && before.end === edit.start && before.start !== before.end) {
      before.replacement += edit.replacement
      continue
    }
    if (before && edit.start < before.end) {
      if (edit.replacement === '' && before.replacement === '') {
        before.end = Math.max(before.end, edit.end)
        continue
      }
      if (edit.replacement === '') {
        edit.start = before.end
        if (edit.start >= edit.end) continue
      } else if (before.replacement === '') {
        before.end = edit.start
        if (before.end <= before.start) out.pop()
      } else continue
    }
    out.push(edit)
  }
  return out
}

/**
 * A subject for a draft whose subject says nothing ("Quick question"): the reader's own thing the
 * draft observes ("your Leeds depot" -> "Your Leeds depot"), from the first observation that names one.
 */
export function subjectFromDraft(facts: TextFacts, roles: Roles, tokens: Token[]): string | undefined {
  for (const s of roles.sentences) {
    if (s.role !== 'observation') continue
    const inside = tokens.filter((t) => t.start >= s.start && t.end <= s.end)
    const at = inside.findIndex((t) => t.norm === 'your')
    if (at < 0) continue
    const phrase: Token[] = []
    for (const t of inside.slice(at + 1)) {
      if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM') break
      phrase.push(t)
      if (phrase.length === 4) break
    }
    // A verb the model read as a plural noun ("your website loads in nine seconds") ends no phrase.
    const next = inside[at + 1 + phrase.length]
    if (phrase.length >= 2 && /s$/.test(phrase[phrase.length - 1].norm) && (next?.pos === 'ADP' || next?.pos === 'DET' || next?.pos === 'ADV')) phrase.pop()
    // The phrase ends on its noun: "your Leeds depot", not "your Leeds".
    while (phrase.length > 0 && phrase[phrase.length - 1].pos !== 'NOUN') phrase.pop()
    // One word every reader has ("Your inbox", "Your website") names nothing of theirs: it reads as spam.
    if (phrase.length === 0 || (phrase.length === 1 && EVERYONE_HAS.has(phrase[0].norm))) continue
    return 'Your ' + facts.text.slice(phrase[0].start, phrase[phrase.length - 1].end)
  }
  return undefined
}
