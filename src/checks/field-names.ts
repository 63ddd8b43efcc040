/**
 * Misspelt merge fields: a field name one edit away from a field the template may use ("frist_name"
 * for "first_name"), and the same placeholder written with the right name in its own style.
 */
import {placeholderName} from '../parse/placeholders.js'

export interface KnownField {
  /** As the rule writes it: "first_name". */
  written: string
  /** Normalised like a placeholder's name: "firstname". */
  norm: string
  /** Lower-case words: ["first", "name"]. */
  words: string[]
}

/** Shorter names have too many real neighbours ("name", "game") to call one a misspelling. */
const MIN_LENGTH = 6
/** From this length a name may be two edits away. */
const TWO_EDITS_FROM = 10

export function knownFields(fields: string[]): KnownField[] {
  return fields.map((written) => ({written, norm: placeholderName(written), words: wordsOf(written)}))
}

function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase())
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `limit + 1` as soon as
 * it must exceed `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, before[j - 2] + 1)
      }
      current[j] = d
      if (d < best) best = d
    }
    if (best > limit) return limit + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]
}

/** The known field `name` (normalised) misspells, or undefined when it is one or is far from all. */
export function misspeltField(name: string, known: KnownField[], raw = ''): KnownField | undefined {
  if (known.some((k) => k.norm === name)) return undefined
  // A numbered or lettered variant ("[Company A]", "{{company_2}}") is a field of its own.
  if (VARIANT_RE.test(raw) && known.some((k) => k.norm === name.slice(0, -1))) return undefined
  let found: KnownField | undefined
  let distance = Infinity
  for (const k of known) {
    if (k.norm.length < MIN_LENGTH) continue
    // A plural is more likely a field of its own ("websites") than a slip.
    if (name === `${k.norm}s` || k.norm === `${name}s`) continue
    const limit = k.norm.length >= TWO_EDITS_FROM ? 2 : 1
    const d = editDistance(name, k.norm, limit)
    if (d <= limit && d < distance) [found, distance] = [k, d]
  }
  return found
}

/** A field name ending in a separate letter or a digit: "[Company A]", "{{company_b}}", "{{company2}}". */
const VARIANT_RE = /(?:[\s_-][A-Za-z0-9]|\d)[^A-Za-z0-9]*$/

// The field's own name: the last run of name characters in the placeholder, before its closing marks.
const NAME_RE = /[A-Za-z0-9](?:[A-Za-z0-9_ -]*[A-Za-z0-9])?(?=[^A-Za-z0-9]*$)/

/** `raw` with its field name replaced by `field`'s, written the way `raw` writes names. */
export function respell(raw: string, field: KnownField): string {
  const m = NAME_RE.exec(raw)
  if (!m) return raw
  const name = m[0]
  const words = field.words
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
  let spelled: string
  if (name.includes(' ')) spelled = words.map(/^[A-Z]/.test(name) ? cap : (w: string) => w).join(' ')
  else if (name.includes('_') || name.includes('-')) {
    const joined = words.join(name.includes('_') ? '_' : '-')
    spelled = name === name.toUpperCase() ? joined.toUpperCase() : joined
  } else if (name === name.toUpperCase()) spelled = words.join('').toUpperCase()
  else if (name === name.toLowerCase()) spelled = words.join('')
  else if (/^[A-Z]/.test(name)) spelled = words.map(cap).join('')
  else spelled = words[0] + words.slice(1).map(cap).join('')
  return raw.slice(0, m.index) + spelled + raw.slice(m.index + name.length)
}
