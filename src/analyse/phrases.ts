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

interface TrieNode {
  next?: Map<string, TrieNode>
  any?: TrieNode
  num?: TrieNode
  cap?: TrieNode
  /** Owners whose pattern ends here: [owner, pattern index] pairs. */
  ends?: Array<[number, number]>
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
  private root: TrieNode = {}
  private size = 0

  /** Add a pattern for `owner`; returns nothing, throws PatternError on bad syntax. */
  add(owner: number, patternIndex: number, pattern: string): void {
    const steps = parsePattern(pattern)
    if (steps.every((s) => s.optional)) throw new PatternError(`"${pattern}" matches nothing`)
    let frontier: TrieNode[] = [this.root]
    for (const {step, optional} of steps) {
      const reached: TrieNode[] = optional ? [...frontier] : []
      for (const node of frontier) {
        if (step.kind === 'any') reached.push((node.any ??= {}))
        else if (step.kind === 'num') reached.push((node.num ??= {}))
        else if (step.kind === 'cap') reached.push((node.cap ??= {}))
        else {
          for (const seq of step.seqs) {
            let at = node
            for (const key of seq) {
              at.next ??= new Map()
              let child = at.next.get(key)
              if (!child) at.next.set(key, (child = {}))
              at = child
            }
            reached.push(at)
          }
        }
      }
      frontier = [...new Set(reached)]
      if (frontier.length > MAX_EXPANSION) throw new PatternError(`"${pattern}" has too many alternatives`)
    }
    for (const node of frontier) (node.ends ??= []).push([owner, patternIndex])
    this.size++
  }

  get patternCount(): number {
    return this.size
  }

  /** All matches within `[from, to)` of `terms` (a sentence), every start, every length. */
  matchRange(terms: Term[], from: number, to: number, out: PhraseMatch[]): void {
    const root = this.root
    if (!root.next && !root.any && !root.num && !root.cap) return
    const visit = (node: TrieNode, start: number, at: number) => {
      if (node.ends && at > start) for (const [owner, pattern] of node.ends) out.push({owner, pattern, from: start, to: at})
      if (at >= to) return
      const term = terms[at]
      if (node.next) {
        const child = node.next.get(term.stem)
        if (child) visit(child, start, at + 1)
        const exact = node.next.get('=' + term.norm)
        if (exact) visit(exact, start, at + 1)
      }
      if (node.num && term.num) visit(node.num, start, at + 1)
      if (node.cap && term.cap) visit(node.cap, start, at + 1)
      if (node.any) visit(node.any, start, at + 1)
    }
    for (let start = from; start < to; start++) visit(root, start, start)
  }
}

export {isNumberTerm}
