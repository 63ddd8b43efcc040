/**
 * A word in capitals that stands where a name stands, not where a voice is raised (docs/fresh-errors.md,
 * class SPUR): "is its lower case a word" cannot tell "SPARK" the toolset from "SPARK" said louder, so
 * these readings look at the word's place in the sentence instead. Shouting is emphasis on a word of
 * the sentence (an adjective, a verb, an adverb: "FREE audit", "CLICK HERE", "it BREAKS"); a name is a
 * noun phrase that the sentence does something with:
 *
 * - it classifies a counted thing ("247 SPARK proofs", "three AWS regions"): after a figure and before
 *   the noun counted;
 * - it is the subject of a finite verb, opening its sentence ("RAIL has built most of the methods");
 * - it is what a tool verb takes ("I used SPARK to prove ...", "we migrated to KAFKA");
 * - the subject line names it too, in a line not itself written in capitals ("YC startup replacing
 *   SWIFT"): a name kept, as shouting would not be, across the two.
 */
import type {WordFact} from '../analyse/facts.js'
import type {Token} from '../analyse/tagging.js'
import {escapeRegExp} from '../fix/pattern.js'

/** Verbs whose object is a tool, a language or a platform: what they take is a name. */
const TOOL_VERBS = new Set(['used', 'use', 'uses', 'adopted', 'adopt', 'adopts', 'migrated', 'migrate', 'ported', 'port', 'replacing', 'replace', 'replaces', 'replaced', 'integrated', 'integrate', 'integrates', 'wrote', 'written', 'proved', 'verified'])
/** A finite verb or auxiliary after a name that opens its sentence: "RAIL has built", "ACME is". */
const FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'can', 'could', 'does', 'did', 'would', 'should', 'may', 'might'])
/** Number words that count a noun ("three AWS regions"); digits are read from the word. */
const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'hundred', 'thousand', 'hundreds', 'thousands'])

/**
 * Nouns that name the kind of thing a template's slot is filled with ("at INSTITUTION", "department
 * of DEPARTMENT", "in COUNTRY"): a profile's fields, not words a seller raises ("your BUSINESS").
 */
const SLOT_NOUNS = new Set(['company', 'role', 'title', 'industry', 'sector', 'field', 'city', 'country', 'region', 'location', 'organisation', 'organization', 'org', 'publication', 'outlet', 'agency', 'name', 'institution', 'department', 'university', 'school', 'lab', 'faculty', 'position', 'date', 'amount', 'email', 'phone', 'address', 'state', 'province', 'county', 'employer'])
/** Words after which a noun is a noun phrase's head: a preposition or a determiner. */
const NOUN_PLACE = new Set(['at', 'of', 'in', 'for', 'from', 'to', 'on', 'with', 'the', 'your', 'my', 'our', 'their', 'his', 'her'])

/**
 * A bare template slot in capitals: a noun naming the kind of thing to fill in, where a noun phrase
 * stands ("I work at INSTITUTION department of DEPARTMENT in COUNTRY"). An unfilled template word,
 * not a word said louder: shouting raises a word of the sentence (an adjective, a verb), and no one
 * raises their voice on "COUNTRY" after "in".
 */
export function capsTemplateSlot(words: readonly WordFact[], i: number): boolean {
  const w = words[i]
  const before = words[i - 1]
  return SLOT_NOUNS.has(w.norm) && before !== undefined && before.sentence === w.sentence && NOUN_PLACE.has(before.norm)
}

/** The tagger read the word in capitals (in lower case, as it reads shouting) as a noun: "spark proofs", not "free months". */
const nounThere = (tokens: readonly Token[] | undefined, w: WordFact): boolean => tokens?.find((t) => t.start === w.start)?.pos === 'NOUN'

const counted = (w: WordFact | undefined): boolean => w !== undefined && (/^[\d.,]+[kKmM+]?$/.test(w.text) || COUNTS.has(w.norm))
const lower = (w: WordFact | undefined): boolean => w !== undefined && /^[a-z]/.test(w.text)

/**
 * Whether the word in capitals `words[i]` stands in a name's place (see above), in `text`, the body;
 * `subject` is the subject line's text, when there is one, and `tokens` the body's tagged words.
 */
export function capsInNamePlace(words: readonly WordFact[], i: number, text: string, subject: string | undefined, tokens: readonly Token[] | undefined): boolean {
  const w = words[i]
  const near = (j: number) => (words[j] !== undefined && words[j].sentence === w.sentence ? words[j] : undefined)
  const before = near(i - 1)
  const after = near(i + 1)
  const gap = (a: WordFact, b: WordFact) => text.slice(a.end, b.start)
  // "247 SPARK proofs": a figure, the name, the noun it counts (nothing but spaces between), where
  // the word in lower case is read as a noun too: "2 FREE months" is an adjective said louder.
  if (before !== undefined && after !== undefined && counted(before) && lower(after) && /^[ \t]+$/.test(gap(before, w)) && /^[ \t]+$/.test(gap(w, after)) && nounThere(tokens, w)) return true
  // "RAIL has built ...": the first word of its sentence (or after "The"), then a finite verb.
  const opens = before === undefined || (before.norm === 'the' && near(i - 2) === undefined)
  if (opens && after !== undefined && FINITE.has(after.norm) && /^[ \t]+$/.test(gap(w, after))) return true
  // "I used SPARK to prove", "written in ADA", "migrated to KAFKA".
  if (before !== undefined && TOOL_VERBS.has(before.norm)) return true
  const prep = near(i - 2)
  if (before !== undefined && prep !== undefined && (before.norm === 'in' || before.norm === 'to' || before.norm === 'with') && TOOL_VERBS.has(prep.norm)) return true
  // The subject line says it too, and is not itself in capitals.
  if (subject !== undefined && /[a-z]/.test(subject) && new RegExp(String.raw`(?:^|[^\w])${escapeRegExp(w.text)}(?:[^\w]|$)`).test(subject)) {
    const letters = subject.replace(/[^A-Za-z]/g, '')
    if (letters.replace(/[^A-Z]/g, '').length / letters.length < 0.5) return true
  }
  return false
}
