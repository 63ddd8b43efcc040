/** Readability of a text's facts, computed once per text and read by the reading-grade check and the indicators. */
import type {TextFacts} from './facts.js'

const grades = new WeakMap<TextFacts, number>()

/** Flesch-Kincaid grade level over the prose words (merge fields, URLs excluded). */
export function readingGrade(facts: TextFacts): number {
  let grade = grades.get(facts)
  if (grade === undefined) {
    const words = facts.proseWords
    let sentences = 0
    for (const s of facts.sentences) if (s.wordTo > s.wordFrom) sentences++
    grade = words === 0 ? 0 : Math.max(0, 0.39 * (words / Math.max(1, sentences)) + 11.8 * (facts.syllables / words) - 15.59)
    grades.set(facts, grade)
  }
  return grade
}
