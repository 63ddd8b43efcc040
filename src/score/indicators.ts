/** Indicators: the measured facts of a message that a CRM shows beside the score. */
import type {TextFacts} from '../analyse/facts.js'
import {readingGrade} from '../analyse/readability.js'
import type {Signals} from '../analyse/signals.js'
import type {CallToAction, Indicators} from '../types.js'
import {codePoints} from '../analyse/positions.js'

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
