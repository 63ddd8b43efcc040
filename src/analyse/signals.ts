/**
 * Signals: named facts about a message that rules read through `unless`, `onlyIf` and the
 * required-signal check. Phrase signals come from the rule pack's `signals` (matched in the same
 * single pass as the rules); the rest are computed here from the facts.
 */
import type {TextFacts} from './facts.js'
import type {PhraseMatch} from './phrases.js'
import {stem} from './terms.js'
import type {Recipient} from '../types.js'
import {acceptMatch} from './match-filter.js'

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
  senderFields: Set<string>
  commonCapitalised: Set<string>
}

export interface SignalOwner {
  name: string
  owner: number
  skipNegated: boolean
}

/** Pronoun counts over the message proper (greeting and sign-off excluded, quotes excluded). */
export function countReferences(facts: TextFacts, vocabulary: Vocabulary, generic: PhraseMatch[]) {
  const genericWords = new Set<number>()
  for (const m of generic) for (let t = m.from; t < m.to; t++) genericWords.add(facts.terms[t].word)
  let self = 0
  let recipient = 0
  for (const term of facts.terms) {
    const word = facts.words[term.word]
    if (word.quoted || word.start < facts.bodyStart || word.start >= facts.signatureStart) continue
    if (vocabulary.self.has(term.norm)) self++
    else if (vocabulary.recipient.has(term.norm) && !genericWords.has(term.word)) recipient++
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

export function computeSignals(
  facts: TextFacts,
  owners: SignalOwner[],
  matches: Map<number, PhraseMatch[]>,
  vocabulary: Vocabulary,
  recipient: Recipient | undefined
): Signals {
  const signals: Signals = new Map()
  for (const {name, owner, skipNegated} of owners) {
    for (const m of matches.get(owner) ?? []) {
      if (!acceptMatch(facts, m, skipNegated, true)) continue
      add(signals, name, hit(facts, facts.words[facts.terms[m.from].word].start, facts.words[facts.terms[m.to - 1].word].end))
    }
  }
  for (const s of facts.sentences) {
    if (s.question && s.start < facts.signatureStart) add(signals, 'question', hit(facts, s.start, s.end))
  }
  for (const p of facts.placeholders) {
    if (vocabulary.firstNameFields.has(p.name)) add(signals, 'first-name-placeholder', hit(facts, p.start, p.end))
    else if (!vocabulary.senderFields.has(p.name)) add(signals, 'recipient-placeholder', hit(facts, p.start, p.end))
  }
  for (const link of facts.links) if (link.kind === 'url') add(signals, 'link', hit(facts, link.start, link.end))
  // Capitalised words inside a sentence (not its first word), outside greeting and sign-off:
  // names of the recipient's company, product, city, event.
  for (const s of facts.sentences) {
    if (s.end <= facts.bodyStart || s.start >= facts.signatureStart) continue
    for (let w = s.wordFrom + 1; w < s.wordTo; w++) {
      const word = facts.words[w]
      if (word.start < facts.bodyStart || word.quoted) continue
      if (!/^[A-Z][A-Za-z]*[a-z][A-Za-z]*$/.test(word.text)) continue
      if (vocabulary.commonCapitalised.has(word.norm) || vocabulary.self.has(word.norm)) continue
      add(signals, 'proper-noun', hit(facts, word.start, word.end))
    }
  }
  if (recipient) {
    const known = [recipient.company, recipient.role, ...(recipient.facts ?? [])].filter((f): f is string => Boolean(f && f.trim()))
    if (known.length > 0) {
      const present = new Set(facts.terms.map((t) => t.stem))
      for (const fact of known) {
        const stems = factStems(fact)
        if (stems.length === 0) continue
        const found = stems.filter((s) => present.has(s)).length
        if (found / stems.length >= 0.5) add(signals, 'recipient-fact', {text: fact, start: 0, end: 0})
      }
    }
  }
  return signals
}
