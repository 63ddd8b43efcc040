/**
 * Signals: named facts about a message that rules read through `unless`, `onlyIf` and the
 * required-signal check. Phrase signals come from the rule pack's `signals` (matched in the same
 * single pass as the rules); the rest are computed here from the facts.
 */
import type {TextFacts} from './facts.js'
import type {PhraseMatch, Term} from './phrases.js'
import {stem} from './terms.js'
import type {Channel, Recipient} from '../types.js'
import {acceptMatch} from './match-filter.js'
import {ITEM_MARKER, linesOf, locate} from './positions.js'
import {fieldWords} from '../parse/placeholders.js'
import {kindOfField, lineBefore, SLOT_WORDS, slotKind} from './slots.js'

/**
 * The signals computed in code (here and in roles.ts), as opposed to the phrase signals a pack
 * declares in `signals`. A rule may name either; any other name is refused when the pack loads.
 */
export const COMPUTED_SIGNALS: readonly string[] = [
  'question-mark',
  'recipient-problem',
  'web-link',
  'named-detail',
  'quoted-words',
  'recipient-placeholder',
  'slot-placeholder',
  'first-name-placeholder',
  'recipient-fact',
  'recipient-company',
  'recipient-role',
  'recipient-observation',
  'guide-line',
  'recipient-field',
  'result-shown',
  'engaged-touch'
]

/**
 * The signals the sentence roles confirm, cut or add (roles.ts `roleSignals`), keyed by what the
 * roles read for them. roles.ts reads the signal and the roles from here, never a signal's name; the
 * roles named are roles.ts's ROLES (its sets of them are typed, so a misspelt one does not compile).
 */
export const ROLE_SIGNALS = {
  /**
   * A merge field about the reader: a hit is kept where the field will hold a fact of theirs and its
   * name says what was observed ({{recent_post}}) or its sentence has a role of `confirmedBy`; in a
   * sentence with a role of `othersStory` (a customer's story: "We helped them [specific action]") a
   * field is that story's detail unless its name says it is theirs ("[their challenge]").
   */
  observedField: {signal: 'recipient-placeholder', confirmedBy: ['observation'], othersStory: ['proof']},
  /**
   * A name of the reader's: a hit is kept only in a sentence about the reader (a role of `keptIn`, the
   * reader as its subject, or words spoken to them), and cut in a sentence with a role of `cutBy`, in
   * the sender's own sentences with a role of `cutInSenders`, and where it is no name (the tagger's
   * word on it, a hypothetical, a headline).
   */
  theirName: {signal: 'named-detail', keptIn: ['observation', 'ask'], cutBy: ['pitch', 'self-intro', 'proof', 'sign-off', 'opener'], cutInSenders: ['other']},
  /**
   * News: a hit is cut in a sentence with a role of `cutBy` unless its words are the reader's ("your
   * recent launch"): "Sarah, VP Sales at a Series B startup, ..." in a customer story is someone else's.
   */
  othersNews: {signal: 'trigger-event', cutBy: ['proof']},
  /**
   * Something new a follow-up brings: a hit is cut in the sender's own ask of a kind in `cutIn`
   * ("Should I send a short example?", "Happy to share what's working for [peer]"): a resource
   * offered is not yet given (LABELLING.md C4).
   */
  offeredOnly: {signal: 'value-add', cutIn: ['offer', 'time']},
  /**
   * Added for each merge field thanked for that names something the reader did towards the sender
   * ("Thanks for [action - visiting open house/requesting info]"), and each whose name says the two
   * spoke ("[problem we discussed]"): earlier contact, as "thanks for visiting" is. Also for the
   * writer and the reader as "we" in the past ("when we talked in March", "we worked the migration together").
   */
  contactField: {signal: 'engagement'},
  /** Added for each merge field that will hold a fact of the reader's besides their name. */
  factField: {signal: 'recipient-field'},
  /** Added for each sentence about the reader's work in their own operational terms (a role's `concrete`). */
  theirProblem: {signal: 'recipient-problem'},
  /** Added for each sentence of the sender's with a role of `addedFor` that asks no question: an offer or a wish. */
  statedInvitation: {signal: 'invitation', addedFor: ['ask']},
  /**
   * Added for each specific sentence with a role of `addedFor` whose subject is the reader or the
   * sender; one that is a rewrite's guide line ("[[What you noticed about them: ...]]") is added as
   * `guide`: the observation to come, read as filled where relevance is asked for, but nothing said
   * yet that makes up for a missing question.
   */
  theirObservation: {signal: 'recipient-observation', guide: 'guide-line', addedFor: ['observation']},
  /** Added for each sentence with a role of `addedFor`: someone's result told ("Meridian cut delays 34% on it"), something a follow-up brings. */
  resultShown: {signal: 'result-shown', addedFor: ['proof']}
} as const

/**
 * The signals cut where the sentence names the reader only in the sender's words (reader-clauses.ts):
 * an offer, terms, a plan, an instruction, a condition, a purpose or thanks of the sender's says
 * nothing seen of them or their work.
 */
export const SEEN_OF_READER: readonly string[] = ['recipient-problem', 'recipient-observation', 'your-specifics', 'trigger-event']

/**
 * The signals that say something of the reader was seen: those above and the reader's own words,
 * names, quotations and fields a sentence holds (checks/phrase.ts: a reaching-out frame after a look
 * that raised none of them still clears its throat).
 */
export const SEEN_ANYTHING: readonly string[] = [...SEEN_OF_READER, 'recipient-placeholder', 'named-detail', 'quoted-words', 'recipient-words']

/**
 * Computed signals renamed, by their old names: `question` was also a call to action's kind, `link`
 * also a check kind and a call to action's kind. A pack naming an old one is told the new name.
 */
export const RENAMED_SIGNALS: Readonly<Record<string, string>> = {question: 'question-mark', link: 'web-link'}

/**
 * The computed signals that say a message names what the caller told us about the recipient (a fact,
 * their company, their role) or leaves a merge field for it: a `recipient-facts` check finds nothing
 * when one of them shows.
 */
export const NAMES_RECIPIENT_FACTS: readonly string[] = ['recipient-fact', 'recipient-company', 'recipient-role', 'recipient-placeholder', 'slot-placeholder']

/**
 * What the words of a phrase signal's matches can be left out of (its `notCountedAs`): a reference to
 * the reader in the pronoun counts ("you know" means anyone), a `named-detail` ("Saw you're CTO at
 * Kiln" says a name back with nothing said through it). Declared here, checked when a pack loads.
 */
export const NOT_COUNTED_AS = ['reader-reference', 'named-detail'] as const
export type NotCountedAs = (typeof NOT_COUNTED_AS)[number]

export interface SignalHit {
  text: string
  start: number
  end: number
}
export type Signals = Map<string, SignalHit[]>

export interface Vocabulary {
  self: Set<string>
  recipient: Set<string>
  firstNameFields: Set<string>
  slotFields: Set<string>
  observationWords: Set<string>
  senderFields: Set<string>
  commonCapitalised: Set<string>
}

export interface SignalOwner {
  name: string
  owner: number
  skipNegated: boolean
  notCountedAs?: readonly NotCountedAs[]
}

/** What a term's spelling says about who it refers to, as bits (see `termFlags`). */
export const SELF = 1
export const RECIPIENT = 2
const PLURAL = 4
const OBSERVE = 8

/** The flags of each term of a text, computed once per text and vocabulary. */
const flagsOf = new WeakMap<TextFacts, {vocabulary: Vocabulary; flags: Uint8Array}>()

function lexicalFlags(term: Term, vocabulary: Vocabulary): number {
  let f = 0
  if (vocabulary.recipient.has(term.norm)) f |= RECIPIENT
  if (vocabulary.self.has(term.norm)) f |= SELF
  if (PLURAL_SELF.has(term.norm)) f |= PLURAL
  if (OBSERVING.has(term.stem.slice(0, 5))) f |= OBSERVE
  return f
}

export function termFlags(facts: TextFacts, vocabulary: Vocabulary): Uint8Array {
  const known = flagsOf.get(facts)
  if (known !== undefined && known.vocabulary === vocabulary) return known.flags
  const terms = facts.terms
  const flags = new Uint8Array(terms.length)
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]
    const lexeme = term.lexeme
    if (lexeme === undefined) flags[t] = lexicalFlags(term, vocabulary)
    else {
      // Memoised on the spelling's shared lexeme, for the vocabulary it was computed under.
      if (lexeme.flagsFor !== vocabulary) {
        lexeme.flags = lexicalFlags(term, vocabulary)
        lexeme.flagsFor = vocabulary
      }
      flags[t] = lexeme.flags
    }
  }
  flagsOf.set(facts, {vocabulary, flags})
  return flags
}

/**
 * Pronoun counts over the message proper (greeting and sign-off excluded, quotes excluded); the words
 * of the `notReader` matches ("you know") are no reference to the reader.
 */
export function countReferences(facts: TextFacts, vocabulary: Vocabulary, notReader: PhraseMatch[]) {
  const genericWords = new Set<number>()
  for (const m of notReader) for (let t = m.from; t < m.to; t++) genericWords.add(facts.terms[t].word)
  const flags = termFlags(facts, vocabulary)
  let self = 0
  let recipient = 0
  for (let t = 0; t < facts.terms.length; t++) {
    const f = flags[t]
    if ((f & (SELF | RECIPIENT)) === 0) continue
    const term = facts.terms[t]
    const word = facts.words[term.word]
    if (word.quoted || word.bracketed || word.start < facts.bodyStart || word.start >= facts.signatureStart) continue
    if (f & SELF) self++
    else if (!genericWords.has(term.word)) recipient++
  }
  return {self, recipient}
}

function hit(facts: TextFacts, start: number, end: number): SignalHit {
  return {text: facts.text.slice(start, end), start, end}
}

function add(signals: Signals, name: string, value: SignalHit) {
  const list = signals.get(name)
  if (list) list.push(value)
  else signals.set(name, [value])
}

/** Content stems of a recipient fact ("Acme Logistics" -> acme, logist). */
function factStems(fact: string): string[] {
  return (fact.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 3).map(stem)
}

/**
 * People shorten a company to its first word ("Westbrook" for Westbrook Community College): that
 * word as a name (a `cap` term, not capitalised only because it starts a sentence) names the company.
 * A leading article is not that word: "The" of The Weekly Bean is also the "The" of The Economist.
 */
function namedByFirstWord(facts: TextFacts, company: string): boolean {
  const first = companyFirstWord(company)
  return first.length >= 3 && facts.terms.some((term) => term.cap && term.norm === first)
}

/** The word a company is called by: its first, after a leading article, in lower case. */
export function companyFirstWord(company: string): string {
  return company.trim().toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/\s+/)[0]
}

/** Observation verbs: "I noticed X" talks about X, not about the sender. */
const PLURAL_SELF = new Set(['we', 'us', 'our', 'ours', 'ourselves'])
const OBSERVING = new Set(['notic', 'saw', 'seen', 'read', 'spot', 'heard', 'found', 'came', 'stumbl', 'watch', 'caught', 'learn', 'enjoi', 'love', 'like', 'drove', 'visit', 'count', 'check', 'look', 'tri', 'order', 'bought', 'use', 'test', 'brows', 'went', 'listen', 'follow'])

const BULLET_RE = new RegExp(String.raw`^[ \t]*${ITEM_MARKER}[ \t]`)

/** Whether the word at `offset` sits on a bulleted line (its line found by search, not a scan back). */
function onBulletLine(facts: TextFacts, offset: number): boolean {
  const starts = linesOf(facts)
  const lineStart = starts[locate(starts, offset)[0] - 1]
  return BULLET_RE.test(facts.text.slice(lineStart, Math.min(offset, lineStart + 8)))
}

/** Per text, per line: where its heading label ends (at its colon), -1 when it has none, -2 not yet known. */
const HEADINGS = new WeakMap<TextFacts, Int32Array>()

/**
 * Whether the word at `offset` is in the label of a heading line: Title Case words before a colon
 * ("Job Description:", "**Next Steps:**", "Timeline Status: ..."), capitalised because they head
 * a section, not because they name anything. Each line is read once per text.
 */
function inHeadingLabel(facts: TextFacts, offset: number): boolean {
  const starts = linesOf(facts)
  const line = locate(starts, offset)[0] - 1
  let ends = HEADINGS.get(facts)
  if (ends === undefined) HEADINGS.set(facts, (ends = new Int32Array(starts.length).fill(-2)))
  if (ends[line] === -2) ends[line] = headingLabelEnd(facts.text, starts[line], line + 1 < starts.length ? starts[line + 1] : facts.text.length)
  return offset < ends[line]
}

/** The offset of the colon that ends the line's heading label, or -1. */
function headingLabelEnd(text: string, lineStart: number, lineEnd: number): number {
  // A label is short: its colon is near the start of the line.
  const end = Math.min(lineEnd, lineStart + HEADING_CHARS)
  let colon = lineStart
  while (colon < end && text[colon] !== ':') colon++
  if (colon >= end) return -1
  // A heading stands alone ("Job Description:") or is marked as one ("**Timeline Status:** ...");
  // "Acme's Leeds Depot: your pick rate doubled" is a sentence that starts with names.
  const label = text.slice(lineStart, colon)
  if (!/^\s*(?:#|\*\*|__)/.test(label) && /[^\s*_]/.test(text.slice(colon + 1, lineEnd))) return -1
  const words = label.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019&-]*/gu) ?? []
  const heading = words.length > 0 && words.length <= HEADING_WORDS && words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w))
  return heading ? colon : -1
}

/** The most words, and characters from the start of its line, a heading's label has. */
const HEADING_WORDS = 6
const HEADING_CHARS = 80

/** "this is Kyle from ...", "it's Carla at ...", "I'm Jordan", "Ben here": the sender's name. */
function introducesSender(facts: TextFacts, from: number, to: number): boolean {
  let first = from
  while (first < to && facts.words[facts.terms[first].word].start < facts.bodyStart) first++
  for (let t = from; t < to; t++) {
    const term = facts.terms[t]
    if (term.norm === 'i' && facts.terms[t + 1]?.norm === 'am' && t + 1 < to) return true
    // "Ellis at Brightside Dental here", "Kim from Tradeflow": a name opening the message.
    if (t === first && /^[A-Z]/.test(facts.words[term.word].text) && ['at', 'from', 'with'].includes(facts.terms[t + 1]?.norm ?? '')) return true
    if (!term.cap) continue
    const before = facts.terms[t - 1]
    const before2 = facts.terms[t - 2]
    if (t - 2 >= from && (before.norm === 'is' || before.norm === 'am') && ['this', 'it', 'i'].includes(before2.norm)) return true
    if (facts.terms[t + 1]?.norm === 'here' && t + 1 < to) return true
  }
  return false
}

/**
 * Three or more words that start with a letter, three in four of them with a capital. An ASCII first
 * letter is read from its code; only other first characters go through the Unicode classes.
 */
function titleCase(words: TextFacts['words'], from: number, to: number): boolean {
  let letters = 0
  let capitals = 0
  for (let w = from; w < Math.min(to, words.length); w++) {
    const text = words[w].text
    const c = text.charCodeAt(0)
    if (c < 128) {
      if (c >= 65 && c <= 90) capitals++
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++
    } else if (LETTER_FIRST.test(text)) {
      letters++
      if (CAPITAL_FIRST.test(text)) capitals++
    }
  }
  return letters >= 3 && capitals >= letters * 0.75
}
const LETTER_FIRST = /^\p{L}/u
const CAPITAL_FIRST = /^\p{Lu}/u

/** A label of at most three words that starts its line and ends in a colon, with its emphasis. */
const AFTER_LABEL = /(?:^|\n)[ \t]*[*_]*(?:[\w'-]+[ \t]+){0,2}[\w'-]+:[*_]*[ \t]+$/

/**
 * Whether the word at `start` follows such a label (in the 40 characters before it). The colon,
 * its emphasis and the spaces before the word are looked for first, from the word back: most
 * capitalised words have none, and the expression is not tried at every one of those 40 characters.
 */
function afterLabel(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  if (i === start - 1) return false
  while (i >= 0 && (text[i] === '*' || text[i] === '_')) i--
  return text[i] === ':' && AFTER_LABEL.test(text.slice(Math.max(0, start - 40), start))
}

/**
 * Verbs that tell the reader what to send back or act on: 'reply "YES"', 'text STOP', 'click "Try
 * Demo Mode"', 'tap "Join"': the quoted words are a keyword or a button's label, not their words.
 */
const TOLD = new Set(['reply', 'text', 'type', 'respond', 'write', 'send', 'answer', 'click', 'tap', 'press', 'select', 'choose', 'hit', 'pick'])

/** The quoted term `t` is in words the reader is told to send or press: a `TOLD` verb stands before the quotation. */
function toldQuote(facts: TextFacts, t: number): boolean {
  let k = t
  while (k > 0 && facts.words[facts.terms[k - 1].word].quoted) k--
  return TOLD.has(facts.terms[k - 1]?.norm ?? '')
}

/** Words that open a noun phrase a quoted label can stand in: 'a "money in crisis" triage', 'our "Ask" button'. */
const LABEL_OPENERS = new Set(['a', 'an', 'the', 'our', 'my', 'this', 'that', 'its', 'his', 'her'])

/**
 * The quotation opening at word `w` is a label inside a noun phrase, not words quoted: a determiner
 * before it and, right after its closing mark, a word in lower case that the label qualifies ('a
 * "money in crisis" triage', 'the "remote first" model').
 */
function labelQuote(facts: TextFacts, w: number): boolean {
  const before = facts.words[w - 1]
  if (before === undefined || before.quoted || before.sentence !== facts.words[w].sentence || !LABEL_OPENERS.has(before.norm)) return false
  let end = w
  while (facts.words[end + 1]?.quoted && facts.words[end + 1].sentence === facts.words[w].sentence) end++
  const after = facts.words[end + 1]
  return after !== undefined && after.sentence === facts.words[w].sentence && /^[a-z]/.test(after.text) && /^["”'’*_]*[ \t]+$/.test(facts.text.slice(facts.words[end].end, after.start))
}

/** The bracket holding the word ending at `end` is a Markdown link's text: "]" then "(" follow. */
function linkText(text: string, end: number): boolean {
  const close = text.indexOf(']', end)
  const line = text.indexOf('\n', end)
  return close >= 0 && (line < 0 || close < line) && text.charAt(close + 1) === '('
}

/**
 * A template's bracketed instruction to the writer that asks for something about the reader ("[PERSONALIZE:
 * reference their recent LinkedIn activity ...]", "[one observation about their post]") will hold what was
 * noticed about them, like a field named so (LABELLING.md 3: slots read as filled). Too long for a field,
 * it is prose in brackets: the words of one run of bracketed words, read here.
 */
function instructionsToPersonalise(facts: TextFacts): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  if (!facts.text.includes('[')) return spans
  let from = -1
  for (let w = 0; w <= facts.words.length; w++) {
    const word = facts.words[w]
    const inside = word !== undefined && word.bracketed && word.start >= facts.bodyStart && word.start < facts.signatureStart
    // One run: bracketed words with nothing but marks and spaces between them.
    if (inside && from >= 0 && !/^[^\]\[]*$/.test(facts.text.slice(facts.words[w - 1].end, word.start))) {
      if (asksForThem(facts, from, w)) spans.push({start: facts.words[from].start, end: facts.words[w - 1].end})
      from = w
      continue
    }
    if (inside && from < 0) from = w
    if (!inside && from >= 0) {
      if (asksForThem(facts, from, w)) spans.push({start: facts.words[from].start, end: facts.words[w - 1].end})
      from = -1
    }
  }
  return spans
}
const PERSONALISE = /^(?:personali[sz]e|personali[sz]ed|personali[sz]ation|icebreaker|hook|observed)$/
const THEIR_CONTENT = /^(?:post|posts|activity|news|launch|hiring|job|comment|comments|podcast|talk|article|announcement|funding|episode|video|review|reviews)$/
function asksForThem(facts: TextFacts, from: number, to: number): boolean {
  const words = facts.words.slice(from, to).map((w) => w.norm)
  if (words.length < 3 || words[0] === 'your' || words[0] === 'my') return false
  if (words.some((w) => PERSONALISE.test(w))) return true
  // "their recent LinkedIn post", "their podcast episode": the reader's own content, a few words on.
  return words.some((w, i) => (w === 'their' || w === 'his' || w === 'her') && words.slice(i + 1, i + 4).some((n) => THEIR_CONTENT.test(n)))
}

/**
 * A field's words say it will hold something about the reader, whatever it is about: "[something
 * about their work]", "{{note_about_their_company}}", "[1 sentence about them/their company]".
 */
export function saysAboutThem(words: readonly string[]): boolean {
  const about = words.indexOf('about')
  return about >= 0 && ['their', 'them', 'they'].includes(words[about + 1] ?? '')
}

/** What one sentence says, read clause by clause while its names are sorted. */
interface SentenceScan {
  readonly from: number
  readonly to: number
  /** "Want Your Ad Everywhere?": a headline in title case, whose capitals are its style, not names. */
  readonly headline: boolean
  readonly signature: boolean
  readonly introduces: boolean
  /** Some clause of it is about the reader. */
  reader: boolean
  /** It quotes words the reader said (not a keyword they are told to send). */
  quoted: boolean
  /** The last quoted words were a keyword the reader is told to send: 'reply "YES"'. */
  told: boolean
  /** An earlier clause had the sender speaking as "we". */
  weSpeaking: boolean
}

/** The names the body says: the sender's own, and the candidates for a detail about the reader. */
interface NameSort {
  readonly sender: Set<string>
  readonly candidates: Array<{norm: string; start: number; end: number}>
}

/**
 * Names (capitalised words inside a sentence) of the recipient's company, product, city or event.
 * A name counts as a `named-detail` unless it belongs to the sender: names in sentences where the
 * sender talks about themselves (we, our, my, I'm, "This is Kyle from ProRoof") or in the sign-off
 * are the sender's, wherever else they appear. "I noticed Flowcase launched ..." is about Flowcase.
 * Quoted words in a sentence addressed to the reader count as their own words (`quoted-words`).
 * Names inside a match of a signal `notCountedAs: [named-detail]` (the reader's title and company
 * said back) do not count.
 */
function namedDetails(facts: TextFacts, vocabulary: Vocabulary, signals: Signals, hollow: readonly SignalHit[]): void {
  const flags = termFlags(facts, vocabulary)
  const names: NameSort = {sender: new Set(), candidates: []}
  for (const s of facts.sentences) {
    if (s.termTo === s.termFrom || s.end <= facts.bodyStart) continue
    const scan: SentenceScan = {
      from: s.termFrom,
      to: s.termTo,
      headline: titleCase(facts.words, s.wordFrom, s.wordTo),
      signature: s.start >= facts.signatureStart,
      introduces: introducesSender(facts, s.termFrom, s.termTo),
      reader: false,
      quoted: false,
      told: false,
      weSpeaking: false
    }
    // Clause by clause: "Saw your Beneteau has been listed - we have 2 buyers" talks about the
    // reader in the first clause and about the sender in the second.
    let from = s.termFrom
    while (from < s.termTo) {
      let to = from
      while (to < s.termTo && facts.terms[to].clause === facts.terms[from].clause) to++
      const self = clauseBySender(facts, flags, from, to, scan)
      sortClauseNames(facts, vocabulary, flags, from, to, self, scan, names)
      from = to
    }
    if (scan.quoted && scan.reader && !scan.signature) add(signals, 'quoted-words', hit(facts, s.start, s.end))
  }
  // A name said back with nothing said through it ("Saw you're CTO at Kiln") says nothing about them.
  for (const c of names.candidates) {
    if (names.sender.has(c.norm) || hollow.some((h) => c.start >= h.start && c.end <= h.end)) continue
    add(signals, 'named-detail', hit(facts, c.start, c.end))
  }
}

/** Whether the clause of terms [from, to) is the sender talking; notes in `scan` what it says about the reader. */
function clauseBySender(facts: TextFacts, flags: Uint8Array, from: number, to: number, scan: SentenceScan): boolean {
  let plural = false
  let singular = false
  let reader = false
  let observing = false
  // Quoted words here, and whether any of them is more than a label ('a "money in crisis" triage').
  let quoted = false
  let speech = false
  for (let t = from; t < to; t++) {
    const term = facts.terms[t]
    const word = facts.words[term.word]
    if (word.start < facts.bodyStart) continue
    if (word.quoted) {
      // Quoted inside a slot or an instruction in brackets ('[ACTIVITY - e.g., "climbing sessions"]'):
      // the sender's examples of what goes there, not words the reader said.
      if (word.bracketed) continue
      // 'reply "YES"', 'text STOP': a keyword the reader is told to send is not their words.
      const prev = facts.terms[t - 1]
      if (prev === undefined || !facts.words[prev.word].quoted) {
        scan.told = toldQuote(facts, t)
        if (!scan.told && !labelQuote(facts, term.word)) speech = true
      }
      if (!scan.told) quoted = true
      continue
    }
    const f = flags[t]
    if (f & OBSERVE) observing = true
    if (f & RECIPIENT) reader = true
    else if (f & PLURAL) plural = true
    else if (f & SELF) singular = true
  }
  if (reader) scan.reader = true
  // A label in quotes names a kind of thing ('a "money in crisis" triage', 'the "remote first" model'):
  // the reader's words only in a clause about the reader ('you did the "Ship It" video', 'a "recommended
  // for X" framing you'd prefer').
  if (quoted && (speech || reader)) scan.quoted = true
  // "We ..." is the sender talking; "I ..." too, unless the clause is about the reader or about
  // something the sender observed ("Your post caught my eye", "I read that Acme ...").
  // An apposition after "we"/"our" is still the sender: "our company, Vantage Analytics, a ...".
  const self = plural || (singular && !reader && !observing) || (scan.weSpeaking && !reader)
  if (plural) scan.weSpeaking = true
  return self
}

/** Sorts the capitalised words of the clause [from, to) into the sender's names and the candidates. */
function sortClauseNames(
  facts: TextFacts,
  vocabulary: Vocabulary,
  flags: Uint8Array,
  from: number,
  to: number,
  self: boolean,
  scan: SentenceScan,
  names: NameSort
): void {
  for (let t = from; t < to; t++) {
    const term = facts.terms[t]
    const word = facts.words[term.word]
    // A sentence-initial name shows itself by owning something: "Seedling's newsletter said ...".
    const initialName = t === scan.from && facts.terms[t + 1]?.norm === "'s" && /^[A-Z][a-z]/.test(word.text)
    if ((!term.cap && !initialName) || scan.headline) continue
    if (word.start < facts.bodyStart || flags[t] & (SELF | RECIPIENT) || vocabulary.commonCapitalised.has(word.norm) || vocabulary.commonCapitalised.has(term.norm)) continue
    // Names in a bulleted list are the sender's features or clients far more often than the reader's.
    if (onBulletLine(facts, word.start) || inHeadingLabel(facts, word.start)) continue
    // A name inside a template's bracketed slot or instruction ("[their situation - e.g., practicing
    // Spanish with family]") is the writer's example of what goes there: the slot is read by its kind
    // (LABELLING.md 3, whose slot it is), not by the names in its examples. (Not a link's text.)
    if (word.bracketed && !linkText(facts.text, word.end)) continue
    // A keyword or a button's label the reader is told to send or press ('tap "Start Beta"').
    if (word.quoted && toldQuote(facts, t)) continue
    // The first word after a heading label ("**Option A:** Check back ...") is capitalised because
    // a clause starts there. (Not the first word after a greeting: "Hi Kim, Leeds cut overtime" names Leeds.)
    if (afterLabel(facts.text, word.start)) continue
    // "... about Cloudvista, our managed IT service": a name set beside "our ..." is the sender's.
    const next = t + 1 === to && to < scan.to ? facts.terms[to].norm : undefined
    if (self || scan.introduces || scan.signature || next === 'our' || next === 'my') names.sender.add(word.norm)
    else names.candidates.push({norm: word.norm, start: word.start, end: word.end})
  }
}

/**
 * `engaged-touch`: the earlier contact the message shows (the `engagement` signal) on a channel where
 * a message can follow it. An e-mail is always a first touch (LABELLING.md section 2): "Thanks for
 * reaching out about cover for your vans" in one still says something of theirs, but a meeting ask in
 * it comes before they have shown interest. Read after the roles have added their evidence of contact.
 */
export function touchSignals(signals: Signals, channel: Channel): void {
  // (A reply thanked for without its content is contact too, though no detail about them: rules/_signals.yaml reply-thanked.)
  const contact = [...(signals.get(ROLE_SIGNALS.contactField.signal) ?? []), ...(signals.get('reply-thanked') ?? [])]
  if (contact.length > 0 && channel !== 'email') signals.set('engaged-touch', contact)
}

/** Auxiliaries that open a yes/no question: "Did you just get busy?", "Have you recently moved?". */
const GUESSING = new Set(['did', 'have', 'has', 'are', 'were', 'is', 'was'])

/**
 * The term `from` is in a yes/no question put to the reader ("Or did you just get busy?", "Have you
 * recently switched teams?"): the sender guesses at what happened, so it is no event they saw.
 */
function guessed(facts: TextFacts, from: number): boolean {
  const s = facts.sentences[facts.words[facts.terms[from].word].sentence]
  if (s === undefined || !s.question) return false
  let t = s.termFrom
  if (['or', 'and', 'so', 'but'].includes(facts.terms[t]?.norm ?? '')) t++
  return GUESSING.has(facts.terms[t]?.norm ?? '') && facts.terms[t + 1]?.norm === 'you' && t < from
}

/**
 * "Most VP Eng at Series B companies I talk to ...": a funding stage before a plural of companies
 * names a kind of company, not a round the reader raised.
 */
function stageOfAKind(facts: TextFacts, m: PhraseMatch): boolean {
  const end = facts.words[facts.terms[m.to - 1].word].end
  return STAGE.test(facts.text.slice(end - 12, end)) && KIND_AFTER.test(facts.text.slice(end, end + 40))
}
const STAGE = /\b(?:series [a-e]|seed|pre-seed)$/i
const KIND_AFTER = /^(?:[- ]stage)?\s+(?:[\w-]+\s+)?(?:companies|startups|start-ups|teams|founders|businesses|firms|orgs|organi[sz]ations|SaaS companies)\b/i

/**
 * A phrase match that starts in the sentence and ends inside a bracketed slot or note ("your
 * priorities around [mention 1-2 specific priorities]"): the bracket's words are the template's note
 * to the writer, not words said to the reader, so they make no phrase. The match stands only where
 * the slot will hold a thing of the reader's own (LABELLING.md 3.3: "your recent [post]").
 */
function endsInNote(facts: TextFacts, from: number, to: number): boolean {
  const first = facts.words[facts.terms[from].word]
  const last = facts.words[facts.terms[to - 1].word]
  if (first.bracketed || !last.bracketed) return false
  const open = facts.text.lastIndexOf('[', last.start)
  if (open < first.start) return false
  const close = facts.text.indexOf(']', last.end)
  const words = facts.text.slice(open + 1, close < 0 ? last.end : close).toLowerCase().match(/[a-z]+/g) ?? []
  // (An instruction to the writer, "[mention ...]", "[add ...]", says nothing of what will be written.)
  if ((SLOT_WORDS.reason as readonly string[]).includes(words[0] ?? '')) return true
  const kind = slotKind(words, lineBefore(facts.text, open))
  return kind !== undefined && kind !== 'own'
}

export function computeSignals(
  facts: TextFacts,
  owners: SignalOwner[],
  matches: Map<number, PhraseMatch[]>,
  vocabulary: Vocabulary,
  recipient: Recipient | undefined
): Signals {
  const signals: Signals = new Map()
  // The matches of signals whose names are no named-detail.
  const hollow: SignalHit[] = []
  for (const {name, owner, skipNegated, notCountedAs} of owners) {
    const notNamed = notCountedAs?.includes('named-detail') ?? false
    for (const m of matches.get(owner) ?? []) {
      if (!acceptMatch(facts, m, skipNegated, true)) continue
      if (name === 'trigger-event' && (guessed(facts, m.from) || stageOfAKind(facts, m))) continue
      if (SEEN_OF_READER.includes(name) && endsInNote(facts, m.from, m.to)) continue
      const found = hit(facts, facts.words[facts.terms[m.from].word].start, facts.words[facts.terms[m.to - 1].word].end)
      add(signals, name, found)
      if (notNamed) hollow.push(found)
    }
  }
  for (const s of facts.sentences) {
    if (s.question && s.start < facts.signatureStart) add(signals, 'question-mark', hit(facts, s.start, s.end))
  }
  for (const p of facts.placeholders) {
    // A field that describes an observation ([specific pain point], {{recent_post}}) is relevance;
    // one that only names ({{company}}, [Role], {{custom3}}) is a slot.
    const words = fieldWords(p)
    // Whose slot it is (LABELLING.md 3.3): the sender's content or a bare reason is no detail, an area
    // of theirs a weak one, a thing of their own a strong one; where the policy's words do not
    // decide, the field's own words do.
    const kind = vocabulary.firstNameFields.has(p.name) ? undefined : kindOfField(facts.text, p)
    if (vocabulary.firstNameFields.has(p.name)) add(signals, 'first-name-placeholder', hit(facts, p.start, p.end))
    else if (vocabulary.senderFields.has(p.name) || kind === 'sender' || kind === 'reason' || kind === 'other' || words[0] === 'your' || words[0] === 'my') continue
    else if (kind !== undefined) add(signals, kind === 'own' ? 'recipient-placeholder' : 'slot-placeholder', hit(facts, p.start, p.end))
    else if (words.some((w) => vocabulary.observationWords.has(w)) || saysAboutThem(words)) add(signals, 'recipient-placeholder', hit(facts, p.start, p.end))
    else add(signals, 'slot-placeholder', hit(facts, p.start, p.end))
  }
  for (const span of instructionsToPersonalise(facts)) add(signals, 'recipient-placeholder', hit(facts, span.start, span.end))
  for (const link of facts.links) if (link.kind === 'url') add(signals, 'web-link', hit(facts, link.start, link.end))
  namedDetails(facts, vocabulary, signals, hollow)
  if (recipient) {
    // What the caller told us, by kind: a mentioned company or role is a slot filled; a mentioned
    // fact (a post, an event, a product they use) is relevance.
    const known: Array<[string, string | undefined]> = [
      ['recipient-company', recipient.company],
      ['recipient-role', recipient.role],
      ...(recipient.facts ?? []).map((f): [string, string] => ['recipient-fact', f])
    ]
    let present: Set<string> | undefined
    for (const [name, fact] of known) {
      if (!fact || !fact.trim()) continue
      const stems = factStems(fact)
      if (stems.length === 0) continue
      present ??= new Set(facts.terms.map((t) => t.stem))
      const found = stems.filter((s) => present!.has(s)).length
      if (found / stems.length >= 0.5 || (name === 'recipient-company' && namedByFirstWord(facts, fact))) add(signals, name, {text: fact, start: 0, end: 0})
    }
  }
  return signals
}
