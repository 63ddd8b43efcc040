/**
 * The list of changes, told as the result reads (issue 17: "the result explains itself"). The
 * rewrite runs in passes, and a later pass may change what an earlier one wrote: a sentence replaced,
 * then removed; a line moved, then joined to the greeting ("Your work ..." -> "your work ..."); a
 * connective dropped from a kept line. Each change's `after` is put as the result has it, a change a
 * later one undid is folded into that one, and a change whose text is nowhere in the result (an
 * insertion a later edit overlapped) is not told.
 */
import type {Change} from './draft.js'
import {escapeRegExp} from './pattern.js'

/** A connective a later pass drops from the start of a kept line: "Also, ", "And ", "But ". */
const LEAD = String.raw`(?:(?:also|and|but|so|plus|anyway|still)\s*,?\s+)?`

/** `after` as a pattern over the result: any run of spaces for its spaces, either case for its first letter, a connective before it or not. */
function loosely(after: string): RegExp {
  const words = after.trim().replace(new RegExp(`^${LEAD}`, 'i'), '').split(/\s+/).map(escapeRegExp)
  const first = words[0]
  const head = /^\p{L}/u.test(first) ? `[${first[0].toLowerCase()}${first[0].toUpperCase()}]${first.slice(1)}` : first
  return new RegExp(`(?<=^|[^\\p{L}])${LEAD}(${[head, ...words.slice(1)].join('\\s+')})`, 'iu')
}

/** Where a shorthand `after` ("... is why I'm writing") stands in the result: the whole sentence it ends. */
function sentenceEnding(rest: string, text: string): string | undefined {
  const at = text.indexOf(rest)
  if (at < 0) return undefined
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at)
  // (Not a full stop inside a template's slot, "[e.g. "the manual's chapters"]".)
  const bounds = [...line.matchAll(/[.!?]["”’]?\s+(?=[\p{Lu}[{"“])/gu)].map((m) => m.index + m[0].length).filter((i) => depth(line.slice(i)) >= 0)
  return (line.slice(bounds[bounds.length - 1] ?? 0) + rest + (/^[.!?]/.exec(text.slice(at + rest.length))?.[0] ?? '')).trim()
}

/** Brackets opened less brackets closed: below zero inside a slot. */
function depth(s: string): number {
  return (s.match(/[[{]/g)?.length ?? 0) - (s.match(/[\]}]/g)?.length ?? 0)
}

/** A guide line the result holds that begins as `after` does (a later pass trimmed a word of the proof it keeps). */
function guideLike(after: string, text: string): string | undefined {
  if (!after.startsWith('[[')) return undefined
  const head = after.slice(0, 40)
  const at = text.indexOf(head)
  const end = at < 0 ? -1 : text.indexOf(']]', at)
  return end < 0 ? undefined : text.slice(at, end + 2)
}

/** The changes, each as the result reads: `text` and `subject` are the rewrite's result. */
export function asResultReads(changes: Change[], text: string, subject?: string | null): Change[] {
  const out = changes.map((c) => ({...c}))
  const told = (s: string) => text.includes(s) || (typeof subject === 'string' && subject.includes(s))
  const drop = new Set<Change>()
  for (const [i, c] of out.entries()) {
    if (c.after === '' || told(c.after)) continue
    // A later change took what this one wrote: that one is told, from the draft's own words.
    const shorthand = /^\.\.\.\s+(.+)$/.exec(c.after)
    const said = shorthand ? shorthand[1] : c.after
    const later = out.slice(i + 1).find((k) => k.before !== '' && !drop.has(k) && k.before.includes(said))
    if (later) {
      drop.add(c)
      if (later.before !== c.after) continue
      // (What an insertion wrote and a later change took was never the draft's: an insertion undone is not told.)
      if (c.before === '' && later.after === '') drop.add(later)
      if (later.kind === 'moved' || c.before === '') later.kind = c.kind
      later.before = c.before
      continue
    }
    const whole = shorthand ? sentenceEnding(shorthand[1], text) : (loosely(c.after).exec(text)?.[1] ?? guideLike(c.after, text))
    if (whole !== undefined) c.after = whole
    // (One never made, or made and undone, is not told; one whose words went is told as a removal.)
    else if (c.kind === 'inserted' || told(c.before)) drop.add(c)
    else Object.assign(c, {kind: 'removed', after: ''})
  }
  return out.filter((c) => !drop.has(c))
}
