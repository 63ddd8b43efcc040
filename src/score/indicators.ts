/** Indicators: the measured facts of a message that a CRM shows beside the score. */
import type {TextFacts} from '../analyse/facts.js'
import {readingGrade} from '../analyse/readability.js'
import type {SignalHit, Signals} from '../analyse/signals.js'
import type {CallToAction, Indicators} from '../types.js'
import {codePoints} from '../analyse/positions.js'
import type {IndicatorSignals} from '../rules/format.js'

export function computeIndicators(
  facts: TextFacts,
  signals: Signals,
  references: {self: number; recipient: number},
  meetings: CallToAction[],
  shown: IndicatorSignals
): Indicators {
  const personalisation = personalisationOf(signals, shown.personalisation)
  const callsToAction = callsToActionOf(facts, signals, meetings, shown.callsToAction)
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

/**
 * The details about the reader, as "signal: text". Several patterns of one signal can match in the
 * same words ("your careers page" and "your careers page mentions"), and a phrase can recur: each
 * detail is listed once, in its longest form.
 */
function personalisationOf(signals: Signals, names: readonly string[]): string[] {
  const personalisation: string[] = []
  for (const name of names) {
    const hits = signals.get(name)
    if (hits === undefined) continue
    // A set: 100,000 recipient facts (a CSV column) made a list's lookups quadratic.
    const seen = new Set<string>()
    for (const hit of outermost(hits)) {
      if (seen.has(hit.text)) continue
      seen.add(hit.text)
      personalisation.push(`${name}: ${hit.text}`)
    }
  }
  return personalisation
}

/**
 * The calls to action in text order: the meeting asks the rules found, the questions and the
 * invitations. Overlapping calls to action of one kind are one ("Worth a reply" and "reply with").
 */
function callsToActionOf(facts: TextFacts, signals: Signals, meetings: CallToAction[], byKind: IndicatorSignals['callsToAction']): CallToAction[] {
  const asks: CallToAction[] = [...meetings]
  for (const kind of Object.keys(byKind) as Array<keyof typeof byKind>) {
    for (const name of byKind[kind]) for (const hit of signals.get(name) ?? []) asks.push({kind, text: hit.text, start: hit.start, end: hit.end})
  }
  const byPosition = (a: CallToAction, b: CallToAction): number => a.start - b.start || a.end - b.end
  asks.sort(byPosition)
  // Every ask here was made for this lint (the meetings by the engine, the rest above): merging
  // changes them in place.
  const callsToAction: CallToAction[] = []
  const lastOfKind = new Map<CallToAction['kind'], CallToAction>()
  let grown = false
  for (const ask of asks) {
    const last = lastOfKind.get(ask.kind)
    if (last && ask.start < last.end) {
      if (ask.end > last.end) {
        last.end = ask.end
        last.text = facts.text.slice(last.start, last.end)
        grown = true
      }
      continue
    }
    callsToAction.push(ask)
    lastOfKind.set(ask.kind, ask)
  }
  if (grown) callsToAction.sort(byPosition)
  return callsToAction
}

/** The hits not inside a longer (or earlier equal) hit, in text order. */
function outermost(hits: SignalHit[]): SignalHit[] {
  if (hits.length < 2) return hits
  // Most lists are already in text order, with nothing inside anything else.
  let plain = true
  for (let i = 1; i < hits.length && plain; i++) plain = hits[i].start >= hits[i - 1].end
  if (plain) return hits
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: SignalHit[] = []
  let reach = -1
  for (const hit of sorted) {
    if (hit.end <= reach) continue
    kept.push(hit)
    reach = hit.end
  }
  return kept
}
