/** phrase: report phrases (stemmed, case-folded, all matched in one pass) found in the body or subject. */
import type {TextFacts} from '../analyse/facts.js'
import type {PhraseMatch} from '../analyse/phrases.js'
import {acceptMatch} from '../analyse/match-filter.js'
import {splitTerms, stem} from '../analyse/terms.js'
import {openingSentence} from './opening.js'
import {companyFirstWord, RECIPIENT, SEEN_ANYTHING, SELF, termFlags, type Vocabulary} from '../analyse/signals.js'
import {buildEdits} from '../fix/suggest.js'
import type {PhraseRule} from '../rules/format.js'
import type {CheckContext, CheckKind, Field, RawFinding} from './types.js'
import type {OptionKit} from '../rules/definition.js'

export function matchRange(facts: TextFacts, m: PhraseMatch): [number, number] {
  return [m.fieldStart ?? facts.words[facts.terms[m.from].word].start, m.fieldEnd ?? facts.words[facts.terms[m.to - 1].word].end]
}

/** Leftmost-longest matches that do not overlap. */
function selectMatches(matches: PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort((a, b) => a.from - b.from || b.to - a.to)
  const out: PhraseMatch[] = []
  let end = -1
  for (const m of sorted) {
    if (m.from < end) continue
    out.push(m)
    end = m.to
  }
  return out
}

/** True when the match is whole words: not the tail or the head of a compound ("free" in "vendor-IP-free"). */
function wholeWords(facts: TextFacts, m: PhraseMatch): boolean {
  const {terms} = facts
  return (m.from === 0 || terms[m.from - 1].word !== terms[m.from].word) && (m.to >= terms.length || terms[m.to].word !== terms[m.to - 1].word)
}

/** True when the match starts its sentence, or follows only the greeting ("Hi Sam, I'm ..."). */
function startsSentence(facts: TextFacts, m: PhraseMatch): boolean {
  const first = facts.terms[m.from]
  const sentence = facts.sentences[facts.words[first.word].sentence]
  if (m.from === sentence.termFrom) return true
  const previous = facts.words[facts.terms[m.from - 1].word]
  return previous.start < facts.bodyStart && facts.words[first.word].start >= facts.bodyStart
}

function lastSentence(facts: TextFacts): number {
  for (let i = facts.sentences.length - 1; i >= 0; i--) {
    const s = facts.sentences[i]
    if (s.start < facts.signatureStart && s.wordTo > s.wordFrom) return i
  }
  return -1
}

/** False when the sentence refers to the reader and not to the sender. */
function aboutSender(facts: TextFacts, index: number, vocabulary: Vocabulary): boolean {
  const s = facts.sentences[index]
  const flags = termFlags(facts, vocabulary)
  let self = false
  let reader = false
  for (let t = s.termFrom; t < s.termTo; t++) {
    if (flags[t] & SELF) self = true
    else if (flags[t] & RECIPIENT) reader = true
  }
  return self || !reader
}

/**
 * Whether a claim is the sender's: not in a sentence whose subject is the reader ("[Company Name]
 * keeps coming up as a leader", "your team worked with Deloitte"), and not naming the reader's own
 * company ("trusted by Acme" written to Acme).
 */
export function claimBySender(ctx: CheckContext, facts: TextFacts, sentence: number, start: number, end: number): boolean {
  const role = ctx.roles.sentences[sentence]
  // (The sender's look at the reader's world, "saw that you delivered for clients like Havana Books", names what is theirs.)
  if (role?.subject === 'recipient' || (role?.role === 'observation' && role.subject === 'sender')) return false
  const company = ctx.input.recipient?.company ? companyFirstWord(ctx.input.recipient.company) : undefined
  if (company && company.length > 2 && facts.text.slice(start, end).toLowerCase().includes(company)) return false
  return aboutSender(facts, sentence, ctx.vocabulary) || readerOnlyAfter(ctx, facts, sentence, start)
}

/**
 * The reader comes in only after the claim, in a sentence whose subject is not theirs ("deserves a
 * revolutionary model layer, strong on your own data"): the claim is still the sender's.
 */
function readerOnlyAfter(ctx: CheckContext, facts: TextFacts, sentence: number, start: number): boolean {
  const role = ctx.roles.sentences[sentence]
  if (role?.subject !== 'generic' && role?.subject !== 'third' && role?.subject !== 'none') return false
  const s = facts.sentences[sentence]
  const flags = termFlags(facts, ctx.vocabulary)
  for (let t = s.termFrom; t < s.termTo; t++) {
    if (facts.words[facts.terms[t].word].start >= start) break
    if (flags[t] & RECIPIENT) return false
  }
  return true
}

/** An observation sentence none of whose words the signals of something seen of the reader hold. */
function seesNothing(ctx: CheckContext, s: {start: number; end: number}): boolean {
  return !SEEN_ANYTHING.some((name) => (ctx.signals.get(name) ?? []).some((h) => h.start < s.end && s.start < h.end))
}

/** A pleasantry's start ("Hope you're well, ...", "Thanks for connecting, ..."): what follows is still the preamble. */
const PLEASANTRY_START = /^\W*(?:i\s+|we\s+)?(?:hope|hoping|trust|trusting|wish|wishing|happy|thanks|thank|greetings|good\s+(?:morning|afternoon|evening))\b/i

/**
 * The match comes after words about the reader in its own sentence, the sentence does not open on a
 * pleasantry, and the frame is not only joined on by "and": "Your paper on X is foundational to the
 * framework I am writing to ask you about", "Your feed is restricted, so I'm writing to ask for a key".
 */
function afterReaderLine(ctx: CheckContext, facts: TextFacts, sentence: number, start: number): boolean {
  const role = ctx.roles.sentences[sentence]
  const s = facts.sentences[sentence]
  if (!role || !s) return false
  const before = facts.text.slice(role.start, start)
  // "I noticed you're a personal trainer in [City] — wanted to reach out directly": a look that raises
  // no signal of anything seen of them (a role in a place, praise) gives the frame no reason before it.
  if (role.role === 'observation' && seesNothing(ctx, role)) return false
  // "I noticed your work with X and wanted to reach out": the look and the frame joined, the stock
  // opener whole (LABELLING.md C1 "I came across your profile"); not a frame inside what follows the line.
  if (PLEASANTRY_START.test(before) || /\band\s*$/i.test(before)) return false
  const flags = termFlags(facts, ctx.vocabulary)
  for (let t = s.termFrom; t < s.termTo; t++) {
    const at = facts.words[facts.terms[t].word].start
    if (at >= start) break
    if (at >= role.start && flags[t] & RECIPIENT) return true
  }
  return false
}

/**
 * The words an exception's patterns spell, by stem: each stem's spellings as written (slots and
 * syntax left out). Matching is on stems, so "free market" would also take "Free marketing".
 */
function spelledWords(patterns: readonly string[]): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>()
  for (const pattern of patterns) {
    for (const token of pattern.replace(/[()|?^=]/g, ' ').split(/\s+/)) {
      if (!token || token.startsWith('<') || token.startsWith('*')) continue
      for (const term of splitTerms(token)) {
        const key = stem(term)
        let set = words.get(key)
        if (!set) words.set(key, (set = new Set()))
        set.add(term)
      }
    }
  }
  return words
}

/** Endings that inflect a word without making another ("tiers", "markets", "revised"; not "marketing"). */
const INFLECTIONS = ["'s", 's', 'es', 'ed', 'd']
/** Whether `longer` is `word` with an inflection's ending. */
const inflects = (longer: string, word: string): boolean => INFLECTIONS.some((end) => longer === word + end)

/**
 * Whether an exception's match takes whole words: every word it reached through a stem of the
 * exception's own words is one of those words or an inflection of one (or one of them is its
 * inflection: "commitments" takes "commitment"). An exception narrows a rule to a sense ("free
 * market", "feel free"); a longer word on the same stem ("Free marketing") is another word, and the
 * rule reads it.
 */
function wholeException(facts: TextFacts, m: PhraseMatch, spelled: Map<string, Set<string>>): boolean {
  for (let t = m.from; t < m.to; t++) {
    const term = facts.terms[t]
    const forms = spelled.get(term.stem)
    if (!forms || forms.has(term.norm)) continue
    if (![...forms].some((form) => inflects(term.norm, form) || inflects(form, term.norm))) return false
  }
  return true
}

export const phrase: CheckKind<PhraseRule> = (rule, env) => {
  // `both`: the subject is read as well as the body (a spam filter reads "Last chance" in either).
  const fields: Field[] = rule.target === 'both' ? ['body', 'subject'] : [rule.target]
  const owners = fields.map((field) => env.phrases(rule.patterns, field, rule.id))
  const anchored = rule.patterns.map((p) => p.trimStart().startsWith('^'))
  const exceptionOwners = fields.map((field) => (rule.exceptions ? env.phrases(rule.exceptions, field, `${rule.id} exceptions`) : -1))
  const exceptRoles = rule.exceptRoles ? new Set<string>(rule.exceptRoles) : undefined
  const spelled = spelledWords(rule.exceptions ?? [])
  return (ctx) => {
    if (fields.length === 1) return read(ctx, fields[0], owners[0], exceptionOwners[0])
    const findings: RawFinding[] = []
    for (let i = 0; i < fields.length; i++) findings.push(...read(ctx, fields[i], owners[i], exceptionOwners[i]))
    return findings
  }

  function read(ctx: CheckContext, field: Field, owner: number, exceptionOwner: number): RawFinding[] {
    const facts = field === 'subject' ? ctx.subject : ctx.body
    if (!facts) return []
    const found = ctx.matches[field].get(owner)
    if (!found) return []
    // Exceptions sorted by start and swept alongside the (sorted) matches: linear, not matches x exceptions.
    const exceptions = exceptionOwner >= 0 ? [...(ctx.matches[field].get(exceptionOwner) ?? [])].filter((e) => wholeException(facts, e, spelled)).sort((a, b) => a.from - b.from) : []
    let firstException = 0
    const excepted = (m: PhraseMatch): boolean => {
      while (firstException < exceptions.length && exceptions[firstException].to <= m.from) firstException++
      for (let k = firstException; k < exceptions.length && exceptions[k].from < m.to; k++) if (exceptions[k].to > m.from) return true
      return false
    }
    // The opening is the sentence the roles call so: the first content sentence after a pleasantry
    // ("Hope you're well!") or a line that is only a merge field (roles.ts openingOf); none after a
    // guide line, which the person fills in first (./opening.ts).
    const whereSentence = rule.where === 'opening' ? (openingSentence(ctx.roles, facts)?.sentence ?? -1) : rule.where === 'closing' ? lastSentence(facts) : -1
    // The preamble: every sentence before the first that says something about the reader. Once the
    // message has shown why it is written, "I'm reaching out with a story idea:" is no throat-clearing.
    const preambleEnd = rule.where === 'preamble' && field === 'body' ? (ctx.roles.sentences.find((s) => s.role === 'observation')?.sentence ?? Infinity) : Infinity
    // One finding per match: a finding never spans the text between two matches, which a fix or a
    // suggestion that deletes it would take with it ("the #1 rated platform and our award-winning").
    const ranges: Array<[number, number, number]> = []
    const usable = found.filter((m) => (!anchored[m.pattern] || startsSentence(facts, m)) && (!rule.wholeWords || wholeWords(facts, m)) && acceptMatch(facts, m, rule.skipNegated, rule.skipQuoted))
    for (const m of selectMatches(usable)) {
      if (excepted(m)) continue
      const [start, end] = matchRange(facts, m)
      const sentence = facts.words[facts.terms[m.from].word].sentence
      if (rule.about === 'sender' && field === 'body' && !claimBySender(ctx, facts, sentence, start, end)) continue
      if (field === 'body' && rule.where === 'opening' && (sentence !== whereSentence || start < facts.bodyStart)) continue
      if (field === 'body' && rule.where === 'closing' && sentence !== whereSentence) continue
      if (sentence > preambleEnd) continue
      // In the preamble's reading, a frame that follows a line about the reader in its own sentence ("the
      // bit about X stuck with me, and it's part of why I'm reaching out") comes after the specific.
      if (rule.where === 'preamble' && field === 'body' && afterReaderLine(ctx, facts, sentence, start)) continue
      if (exceptRoles && field === 'body' && exceptRoles.has(ctx.roles.sentences[sentence]?.role ?? 'other')) continue
      // One customer's result is evidence, not a list of logos (LABELLING.md P1); stacked-proof counts two or more.
      if (rule.skipOneProof && field === 'body' && ctx.roles.sentences[sentence]?.role === 'proof' && ctx.roles.sentences[sentence]?.named === 1) continue
      // An offer or a wish stated beside something else ("Happy to send the deck or jump on a call") asks nothing (LABELLING.md C3);
      // nor does a meeting offered as one choice of an offer asked ("Want me to (1) send X, or (2) talk it through?": `passive`).
      if (rule.skipStated && field === 'body' && (ctx.roles.sentences[sentence]?.stated || ctx.roles.sentences[sentence]?.passive)) continue
      // perSentence: the sentence's first match only, for a rule that should count once per sentence.
      if (rule.perSentence && ranges[ranges.length - 1]?.[2] === sentence) continue
      ranges.push([start, end, sentence])
    }
    const findings: RawFinding[] = []
    for (const [start, end] of ranges) {
      const match = facts.text.slice(start, end)
      findings.push({field, start, end, data: {match}, ...buildEdits(facts, rule.suggestions, start, end, match)})
    }
    return findings
  }
}

/**
 * Options renamed, by old name: `scope` is a suggestion's range (the match or its sentence); which
 * sentences a phrase rule reads is `where`, as for a role rule.
 */
export const phraseOldNames = {scope: 'where'} as const

const WHERE = ['any', 'opening', 'closing', 'preamble'] as const

/** The options of a phrase rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const phraseOptions = ({z, definition, patternList, role, withOldNames}: OptionKit) =>
  withOldNames(
    z
      .object({
        ...definition,
        check: z.literal('phrase'),
        patterns: patternList,
        /** Matches that overlap a match of one of these are not reported ("feel free" for "free"). */
        exceptions: z.array(z.string().min(1)).optional(),
        /**
         * any sentence; opening: the first content sentence (roles.ts openingOf); closing: the last;
         * preamble: any sentence before the first observation about the reader.
         */
        where: z.enum(WHERE).optional(),
        /** @deprecated The old name of `where`. */
        scope: z.enum(WHERE).optional(),
        /** Skip matches in body sentences of these roles ("within 90 days" in a customer's result). */
        exceptRoles: z.array(role).optional(),
        /** Which field it reads: the body (the default), the subject, or both. */
        target: z.enum(['body', 'subject', 'both']).default('body'),
        /** Skip matches with a negation just before them ("I won't ask for a call"). */
        skipNegated: z.boolean().default(true),
        /** Skip matches inside quotation marks (the recipient's own words quoted back). */
        skipQuoted: z.boolean().default(true),
        /** sender: skip sentences that refer to the reader (you, your) and not to the sender (I, we, our). */
        about: z.enum(['any', 'sender']).default('any'),
        /** Report only the first match of each sentence (false: one finding per match). A finding never spans two matches. */
        perSentence: z.boolean().default(false),
        /** Skip matches in body sentences the roles mark `stated` or `passive`: an offer or a wish that asks nothing, a meeting offered as one choice. */
        skipStated: z.boolean().default(false),
        /** Skip matches in a proof sentence that names one third party: one customer's result ("Teams like Datadog cut it 22%"). */
        skipOneProof: z.boolean().default(false),
        /** Skip matches that are only part of a hyphenated word ("free" in "vendor-IP-free", "hands-free"). */
        wholeWords: z.boolean().default(false),
        /** Counts as a call to action of this kind in the indicators. */
        cta: z.enum(['meeting', 'link', 'reply']).optional()
      })
      .strict(),
    phraseOldNames,
    {where: 'any'}
  )
