import type {TextFacts} from '../analyse/facts.js'

/** The range of the message proper: first word after the greeting to the last word before the sign-off. */
export function bodyRange(facts: TextFacts): [number, number] {
  let first = -1
  let last = -1
  for (const w of facts.words) {
    if (w.start < facts.bodyStart || w.start >= facts.signatureStart) continue
    if (first < 0) first = w.start
    last = w.end
  }
  if (first < 0) {
    const trimmed = facts.text.trimEnd().length
    const lead = facts.text.length - facts.text.trimStart().length
    return [Math.min(lead, trimmed), trimmed]
  }
  return [first, last]
}

/** The first sentence of the message proper, as a range. */
export function openingRange(facts: TextFacts): [number, number] {
  for (const s of facts.sentences) {
    for (let w = s.wordFrom; w < s.wordTo; w++) {
      if (facts.words[w].start >= facts.bodyStart) return [facts.words[w].start, s.end]
    }
  }
  return bodyRange(facts)
}
