/** Indicators: the measured facts of a message that a CRM shows beside the score. */
import type {TextFacts} from '../analyse/facts.js'
import type {Signals} from '../analyse/signals.js'
import type {CallToAction, Indicators} from '../types.js'
import {codePoints} from '../analyse/positions.js'

function hasAsciiLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) return true
  }
  return false
}

/** Flesch-Kincaid grade level over the prose words (merge fields, URLs excluded). */
export function readingGrade(facts: TextFacts): number {
  let words = 0
  for (const w of facts.words) if (hasAsciiLower(w.norm)) words++
  if (words === 0) return 0
  let sentences = 0
  for (const s of facts.sentences) if (s.wordTo > s.wordFrom) sentences++
  const grade = 0.39 * (words / Math.max(1, sentences)) + 11.8 * (facts.syllables / words) - 15.59
  return Math.max(0, grade)
}

const PERSONALISATION_SIGNALS = ['recipient-placeholder', 'slot-placeholder', 'recipient-fact', 'recipient-company', 'recipient-role', 'trigger-event', 'your-specifics', 'recipient-words', 'named-detail', 'quoted-words']

export function computeIndicators(
  facts: TextFacts,
  signals: Signals,
  references: {self: number; recipient: number},
  meetings: CallToAction[]
): Indicators {
  const personalisation: string[] = []
  for (const name of PERSONALISATION_SIGNALS) {
    for (const hit of signals.get(name) ?? []) personalisation.push(`${name}: ${hit.text}`)
  }
  const callsToAction: CallToAction[] = [...meetings]
  for (const hit of signals.get('question') ?? []) callsToAction.push({kind: 'question', text: hit.text, start: hit.start, end: hit.end})
  for (const hit of signals.get('invitation') ?? []) callsToAction.push({kind: 'reply', text: hit.text, start: hit.start, end: hit.end})
  callsToAction.sort((a, b) => a.start - b.start || a.end - b.end)
  let sentenceCount = 0
  for (const s of facts.sentences) if (s.wordTo > s.wordFrom) sentenceCount++
  return {
    wordCount: facts.words.length,
    characterCount: codePoints(facts.text.trim()),
    sentenceCount,
    questionCount: facts.sentences.filter((s) => s.question).length,
    readingGrade: Math.round(readingGrade(facts) * 10) / 10,
    selfReferences: references.self,
    recipientReferences: references.recipient,
    selfToRecipientRatio: Math.round((references.self / Math.max(1, references.recipient)) * 100) / 100,
    personalisation,
    callsToAction,
    linkCount: facts.links.filter((l) => l.kind === 'url').length
  }
}
