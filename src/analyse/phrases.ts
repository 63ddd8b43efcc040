/**
 * Phrase patterns compiled into one trie over stemmed terms, matched in one pass.
 *
 * Pattern syntax (space-separated tokens):
 *   word        the word or any inflection of it (compared on Porter stems): `reach` ~ reaching, reached
 *   a|b|c       any one of the alternatives (single words; a contraction counts as its expansion)
 *   (a b|c d)   any one of the alternatives, each a sequence of words
 *   token?      the token is optional
 *   =word       exactly this spelling (case-folded), no stemming
 *   *           any one word          *?  zero or one word
 *   <num>       a number (15, fifteen, couple)
 *   <cap>       a capitalised word inside a sentence (a name: Intercom, Leeds)
 *   ^           (first) the match must start its sentence, after any greeting
 */
import {isNumberTerm, splitTerms, stem} from './terms.js'

export interface Term {
  stem: string
  norm: string
  /** Index into the words list. */
  word: number
  num: boolean
  /** The word is capitalised (a name: "Intercom", "Leeds") and not the first of its sentence. */
  cap: boolean
  /** Clause number: commas, semicolons and dashes separate clauses. */
  clause: number
}

/**
 * A trie node. A class with every field set in the constructor, so all nodes share one shape and the
 * matcher's property reads stay monomorphic.
 */
class TrieNode {
  /** Children by Porter stem. */
  next: Map<string, TrieNode> | undefined = undefined
  /** Children by exact (case-folded) spelling, for `=word`. */
  exact: Map<string, TrieNode> | undefined = undefined
  any: TrieNode | undefined = undefined
  num: TrieNode | undefined = undefined
  cap: TrieNode | undefined = undefined
  /** Owners whose pattern ends here, flat: owner, pattern index, owner, pattern index, ... */
  ends: number[] | undefined = undefined
}

/** One edge step of a pattern: a set of alternative term sequences. */
type Step = {kind: 'seqs'; seqs: string[][]} | {kind: 'any'} | {kind: 'num'} | {kind: 'cap'}

export interface PhraseMatch {
  owner: number
  pattern: number
  /** First term index (inclusive) and last term index (exclusive). */
  from: number
  to: number
}

const MAX_EXPANSION = 4096

export class PatternError extends Error {}

function parsePattern(pattern: string): Array<{step: Step; optional: boolean}> {
  const tokens = pattern.trim().replace(/^\^\s*/, '').match(/\([^()]*\)\??|[^\s()]+/g) ?? []
  if (/[()]/.test(pattern.replace(/\([^()]*\)/g, ''))) throw new PatternError(`unbalanced parentheses in "${pattern}"`)
  if (tokens.length === 0) throw new PatternError('empty pattern')
  return tokens.map((token) => {
    let optional = false
    if (token.length > 1 && token.endsWith('?')) {
      optional = true
      token = token.slice(0, -1)
    }
    if (token === '*') return {step: {kind: 'any'}, optional}
    if (token === '<num>') return {step: {kind: 'num'}, optional}
    if (token === '<cap>') return {step: {kind: 'cap'}, optional}
    const group = token.startsWith('(')
    if (group) token = token.slice(1, -1)
    const seqs = token.split('|').map((alt) => {
      const words = group ? alt.trim().split(/\s+/).filter(Boolean) : [alt]
      const seq = words.flatMap((word) => (word.startsWith('=') ? ['=' + word.slice(1).toLowerCase()] : splitTerms(word).map(stem)))
      if (seq.length === 0) throw new PatternError(`cannot read "${alt}" in "${pattern}"`)
      return seq
    })
    return {step: {kind: 'seqs', seqs}, optional}
  })
}

export class PhraseSet {
  private root = new TrieNode()
  private size = 0

  /** Add a pattern for `owner`; returns nothing, throws PatternError on bad syntax. */
  add(owner: number, patternIndex: number, pattern: string): void {
    const steps = parsePattern(pattern)
    if (steps.every((s) => s.optional)) throw new PatternError(`"${pattern}" matches nothing`)
    let frontier: TrieNode[] = [this.root]
    for (const {step, optional} of steps) {
      const reached: TrieNode[] = optional ? [...frontier] : []
      for (const node of frontier) {
        if (step.kind === 'any') reached.push((node.any ??= new TrieNode()))
        else if (step.kind === 'num') reached.push((node.num ??= new TrieNode()))
        else if (step.kind === 'cap') reached.push((node.cap ??= new TrieNode()))
        else {
          for (const seq of step.seqs) {
            let at = node
            for (const key of seq) {
              const exact = key.startsWith('=')
              const edges = exact ? (at.exact ??= new Map()) : (at.next ??= new Map())
              const edge = exact ? key.slice(1) : key
              let child = edges.get(edge)
              if (!child) edges.set(edge, (child = new TrieNode()))
              at = child
            }
            reached.push(at)
          }
        }
      }
      frontier = [...new Set(reached)]
      if (frontier.length > MAX_EXPANSION) throw new PatternError(`"${pattern}" has too many alternatives`)
    }
    for (const node of frontier) {
      const ends = (node.ends ??= [])
      ends.push(owner, patternIndex)
    }
    this.size++
  }

  get patternCount(): number {
    return this.size
  }

  /** All matches within `[from, to)` of `terms` (a sentence), every start, every length. */
  matchRange(terms: Term[], from: number, to: number, out: PhraseMatch[]): void {
    const root = this.root
    if (!root.next && !root.exact && !root.any && !root.num && !root.cap) return
    for (let start = from; start < to; start++) visit(root, terms, start, start, to, out)
  }
}

function visit(node: TrieNode, terms: Term[], start: number, at: number, to: number, out: PhraseMatch[]): void {
  const ends = node.ends
  if (ends !== undefined && at > start) {
    for (let i = 0; i < ends.length; i += 2) out.push({owner: ends[i], pattern: ends[i + 1], from: start, to: at})
  }
  if (at >= to) return
  const term = terms[at]
  if (node.next !== undefined) {
    const child = node.next.get(term.stem)
    if (child !== undefined) visit(child, terms, start, at + 1, to, out)
  }
  if (node.exact !== undefined) {
    const child = node.exact.get(term.norm)
    if (child !== undefined) visit(child, terms, start, at + 1, to, out)
  }
  if (node.num !== undefined && term.num) visit(node.num, terms, start, at + 1, to, out)
  if (node.cap !== undefined && term.cap) visit(node.cap, terms, start, at + 1, to, out)
  if (node.any !== undefined) visit(node.any, terms, start, at + 1, to, out)
}

export {isNumberTerm}
