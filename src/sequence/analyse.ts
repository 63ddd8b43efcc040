/**
 * What the sequence rules read of each step, computed once: its sentences with their roles (from
 * analyse/roles.ts) and each sentence's content words (the lemmas of its nouns, proper nouns,
 * numbers, adjectives and verbs, by the part-of-speech tagger), its links and questions. Overlap of
 * content words is how the rules tell a repeated or an empty step from one that adds something.
 */
import {analyseText, type TextFacts} from '../analyse/facts.js'
import {modifierView, tagText, type Token} from '../analyse/grammar.js'
import {analyseRoles, isPleasantry, type AskKind, type Role} from '../analyse/roles.js'
import type {Vocabulary} from '../analyse/signals.js'
import {scanPlaceholders} from '../parse/placeholders.js'
import {parsePieces} from '../parse/processor.js'
import type {Channel, Recipient} from '../types.js'
import {NO_NEWS_ROLES, OBSERVATION_ROLE, RECIPIENT_DETAIL_FIELD} from './roles.js'
import type {StepChannel, StepMessage} from './types.js'

export interface StepSentence {
  start: number
  end: number
  role: Role
  ask?: AskKind
  question: boolean
  /** Says something about the reader's world (an observation, or concrete in their terms). */
  aboutThem: boolean
  /** A pleasantry ("Hope you had a good weekend"): no content, whatever its words. */
  pleasantry: boolean
  /** Part of a guide line (`[[...]]`, for the writer to fill in): not yet content. */
  guide: boolean
  words: Set<string>
  /** The content words that are numbers ("18", "40%"): a new figure is news. */
  numbers: Set<string>
  text: string
}

export interface StepFacts {
  text: string
  sentences: StepSentence[]
  links: string[]
  /** Offsets of the message proper: after the greeting, before the sign-off. */
  bodyStart: number
  signatureStart: number
  /** A merge field whose role is a fact about the recipient ({{recent_post}}). */
  recipientFact: boolean
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'VERB'])
/**
 * Light verbs carry no news of their own ("I wanted to get back to you", "let me know"): a closed
 * class of English grammar, not a list of the team's phrasings.
 */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'let', 'go', 'make', 'want', 'know', 'think', 'hope', 'come', 'take', 'give', 'say', 'tell', 'try', 'need', 'like', 'would', 'could', 'will', 'can', 'may', 'might', 'should'])

function contentWords(tokens: Token[], from: number, to: number, text: string, numbers?: Set<string>): Set<string> {
  const words = new Set<string>()
  for (let i = from; i < to; i++) {
    const t = tokens[i]
    if (t.field >= 0) continue
    if (!CONTENT_POS.has(t.pos) || (t.pos === 'VERB' && LIGHT_VERBS.has(t.lemma))) continue
    if (!/[\p{L}\p{N}]/u.test(text.slice(t.start, t.end))) continue
    words.add(t.lemma || t.norm)
    if (t.pos === 'NUM' && numbers) numbers.add(t.lemma || t.norm)
  }
  return words
}

export function analyseStep(text: string, channel: Channel, vocabulary: Vocabulary, recipient?: Recipient): StepFacts {
  const {placeholders, broken} = scanPlaceholders(text)
  const facts: TextFacts = analyseText(parsePieces(text, placeholders), text, placeholders, broken)
  // Read as the roles read them: "a 15-minute chat" holds no new figure, its number is part of an adjective.
  const tokens = modifierView(tagText(text.slice(0, facts.signatureStart), placeholders))
  const roles = analyseRoles(facts, tokens, vocabulary, recipient, channel)
  const sentences: StepSentence[] = []
  let t = 0
  for (const r of roles.sentences) {
    while (t < tokens.length && tokens[t].start < r.start) t++
    let to = t
    while (to < tokens.length && tokens[to].start < r.end) to++
    const numbers = new Set<string>()
    const words = contentWords(tokens, t, to, text, numbers)
    sentences.push({
      start: r.start,
      end: r.end,
      role: r.role,
      ...(r.ask ? {ask: r.ask} : {}),
      question: facts.sentences[r.sentence]?.question ?? false,
      aboutThem: r.role === OBSERVATION_ROLE || r.concrete === true,
      pleasantry: isPleasantry(r, text),
      guide: facts.guides.some((g) => g.start < r.end && r.start < g.end),
      words,
      numbers,
      text: text.slice(r.start, r.end)
    })
    t = to
  }
  return {
    text,
    sentences,
    links: facts.links.filter((l) => l.kind === 'url').map((l) => l.value.toLowerCase().replace(/^https?:\/\//, '').replace(/\/$/, '')),
    bodyStart: facts.bodyStart,
    signatureStart: facts.signatureStart,
    recipientFact: roles.fields.some((f) => f.role === RECIPIENT_DETAIL_FIELD)
  }
}

/** Sentences that can carry news: not the greeting, the sign-off, a chase, a pleasantry or a guide line. */
export function carriesContent(s: StepSentence): boolean {
  return !NO_NEWS_ROLES.has(s.role) && !s.pleasantry && !s.guide
}

/** One step as the checks see it. */
export interface CheckStep {
  step: number
  channel: StepChannel
  lintedAs?: Channel
  /** Days after step 1. */
  day: number
  /** The sequence or the step says the recipient agreed to be contacted on this step's channel. */
  consent: boolean
  /** Days since the previous step (absent for step 1). */
  gap?: number
  /** Absent for a step with no text to read (a call). */
  facts?: StepFacts
  /** The step's own findings as a single message. */
  messages: StepMessage[]
}

/** The step's message proper (greeting and sign-off left out), trimmed; the whole text when that is empty. */
export function contentRange(facts: StepFacts): [number, number] {
  let start = facts.bodyStart
  let end = facts.signatureStart
  while (start < end && /\s/.test(facts.text[start])) start++
  while (end > start && /\s/.test(facts.text[end - 1])) end--
  if (start < end) return [start, end]
  let s = 0
  let e = facts.text.length
  while (s < e && /\s/.test(facts.text[s])) s++
  while (e > s && /\s/.test(facts.text[e - 1])) e--
  return [s, e]
}

/** |a ∩ b| / |a ∪ b|. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0
  let common = 0
  for (const w of a) if (b.has(w)) common++
  return common / (a.size + b.size - common)
}
