/**
 * Phrase patterns compiled into one trie over stemmed terms, matched in one pass.
 *
 * Pattern syntax (space-separated tokens):
 *   word        the word or any inflection of it (compared on Porter stems): `reach` ~ reaching, reached
 *   a|b|c       any one of the alternatives (single words; a contraction counts as its expansion)
 *   (a b|c d)   any one of the alternatives, each a sequence of words (slots included: `(we|our *?)`)
 *   token?      the token is optional
 *   =word       exactly this spelling (case-folded), no stemming
 *   *           any one word          *?  zero or one word
 *   <num>       a number (15, fifteen, couple)
 *   <cap>       a capitalised word inside a sentence (a name: Intercom, Leeds)
 *   ^           (first) the match must start its sentence, after any greeting
 */
import type {Lexeme} from './facts.js'
import {internKey, keyLabel} from './keys.js'
import {isNumberTerm, splitTerms, stem} from './terms.js'

export interface Term {
  stem: string
  norm: string
  /** Key ids (keys.ts) of `stem` and of `norm`, or -1 when no trie has that label. */
  key: number
  exactKey: number
  /** Index into the words list. */
  word: number
  num: boolean
  /** The word is capitalised (a name: "Intercom", "Leeds") and not the first of its sentence. */
  cap: boolean
  /** Clause number: commas, semicolons and dashes separate clauses. */
  clause: number
  /** What the term's spelling decides, shared by its occurrences (absent on terms made by hand). */
  lexeme?: Lexeme
}

/**
 * A trie node. A class with every field set in the constructor, so all nodes share one shape and the
 * matcher's property reads stay monomorphic.
 */
class TrieNode {
  /** Children by the key id of a Porter stem. */
  next: Map<number, TrieNode> | undefined = undefined
  /** Children by the key id of an exact (case-folded) spelling, for `=word`. */
  exact: Map<number, TrieNode> | undefined = undefined
  any: TrieNode | undefined = undefined
  num: TrieNode | undefined = undefined
  cap: TrieNode | undefined = undefined
  /** Owners whose pattern ends here, flat: owner, pattern index, owner, pattern index, ... */
  ends: number[] | undefined = undefined
  /** Number of edges pointing here. A node with more than one is shared and copied before a change. */
  refs = 0
  /** For a set restored from data: set until this node has read its edges there (at index `index`). */
  restorer: Restorer | undefined = undefined
  index = 0
}

/**
 * Restores the nodes of a set from data as they are first visited: a short message visits a few
 * hundred of the thousands of nodes of the built-in pack, so most are never built.
 */
class Restorer {
  private nodes: Array<TrieNode | undefined> = []
  /** The data's labels as key ids, interned up front: terms analysed before a node is read must already carry them. */
  private ids: number[]
  /**
   * Per node, the first node id and the first key index its `.` and `+` stand for: what the nodes
   * before it used up. One pass over the strings counting those two characters, no parsing.
   */
  private firstNode: Uint32Array
  private firstKey: Uint32Array

  constructor(private data: PhraseSetData) {
    this.ids = data.keys.map(internKey)
    const count = data.nodes.length
    this.firstNode = new Uint32Array(count)
    this.firstKey = new Uint32Array(count)
    let nodes = 1
    let keys = 0
    for (let i = 0; i < count; i++) {
      this.firstNode[i] = nodes
      this.firstKey[i] = keys
      const text = data.nodes[i]
      for (let at = text.indexOf(FRESH_NODE); at !== -1; at = text.indexOf(FRESH_NODE, at + 1)) nodes++
      for (let at = text.indexOf(FRESH_KEY); at !== -1; at = text.indexOf(FRESH_KEY, at + 1)) keys++
    }
  }

  node(index: number): TrieNode {
    let node = this.nodes[index]
    if (node === undefined) {
      node = this.nodes[index] = new TrieNode()
      node.restorer = this
      node.index = index
    }
    return node
  }

  expand(node: TrieNode): void {
    const [next, exact, any, num, cap, ends] = this.data.nodes[node.index].split('|')
    const at = {node: this.firstNode[node.index], key: this.firstKey[node.index]}
    node.restorer = undefined
    node.next = this.edges(next, at)
    node.exact = this.edges(exact, at)
    node.any = this.child(any, at)
    node.num = this.child(num, at)
    node.cap = this.child(cap, at)
    if (ends !== '') node.ends = ends.split(',').map(fromBase36)
  }

  expandAll(): void {
    for (let index = 0; index < this.data.nodes.length; index++) {
      const node = this.node(index)
      if (node.restorer) this.expand(node)
    }
    // Every node read: count the edges into each, which a change needs (copy on write).
    for (const node of this.nodes) for (const child of children(node!)) child.refs++
  }

  private child(field: string, at: {node: number}): TrieNode | undefined {
    if (field === '') return undefined
    return this.node(field === FRESH_NODE ? at.node++ : fromBase36(field))
  }

  private edges(field: string, at: {node: number; key: number}): Map<number, TrieNode> | undefined {
    if (field === '') return undefined
    const list = field.split(',')
    const map = new Map<number, TrieNode>()
    for (let k = 0; k < list.length; k += 2) {
      const key = list[k] === FRESH_KEY ? at.key++ : fromBase36(list[k])
      map.set(this.ids[key], this.child(list[k + 1], at)!)
    }
    return map
  }
}

type Slot = 'any' | 'num' | 'cap'

/** A copy of `node` for one parent: same edges, so every child gains a parent. */
function cloneNode(node: TrieNode): TrieNode {
  const copy = new TrieNode()
  if (node.next) copy.next = new Map(node.next)
  if (node.exact) copy.exact = new Map(node.exact)
  copy.any = node.any
  copy.num = node.num
  copy.cap = node.cap
  if (node.ends) copy.ends = [...node.ends]
  for (const child of children(copy)) child.refs++
  return copy
}

function children(node: TrieNode): TrieNode[] {
  const out: TrieNode[] = []
  if (node.next) out.push(...node.next.values())
  if (node.exact) out.push(...node.exact.values())
  if (node.any) out.push(node.any)
  if (node.num) out.push(node.num)
  if (node.cap) out.push(node.cap)
  return out
}

/** The child of `node` along `key`, if any. */
function peek(node: TrieNode, key: string | Slot): TrieNode | undefined {
  if (key === 'any' || key === 'num' || key === 'cap') return node[key]
  return key.startsWith('=') ? node.exact?.get(internKey(key.slice(1))) : node.next?.get(internKey(key))
}

function setEdge(node: TrieNode, key: string | Slot, child: TrieNode): void {
  if (key === 'any' || key === 'num' || key === 'cap') node[key] = child
  else if (key.startsWith('=')) (node.exact ??= new Map()).set(internKey(key.slice(1)), child)
  else (node.next ??= new Map()).set(internKey(key), child)
}

/**
 * Follow the edge `key` of `node` for a change below it. A child shared by several paths is first
 * copied for this parent (copy on write), so the change never leaks into another path (of another
 * pattern, or another alternative of this one); only the join node of the step being added is
 * entered as it is. With no edge, `make` supplies the child: a fresh node, or that join node.
 * `copied` hears of every copy, so a copy of a node that is still to be extended is extended too.
 */
function follow(
  node: TrieNode,
  key: string | Slot,
  make: () => TrieNode,
  join: TrieNode | undefined,
  copied: (from: TrieNode, to: TrieNode) => void
): TrieNode {
  let child = peek(node, key)
  if (child === undefined) child = make()
  else if (child.refs > 1 && child !== join) {
    child.refs--
    const copy = cloneNode(child)
    copied(child, copy)
    child = copy
  } else return child
  child.refs++
  setEdge(node, key, child)
  return child
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

/** The most patterns one written pattern's slot groups may expand into. */
const MAX_SLOT_PATHS = 256

const SLOT = /^(?:\*|<num>|<cap>)\??$/
const hasSlot = (alternative: string): boolean => alternative.split(/\s+/).some((word) => SLOT.test(word))
/** The alternatives of a group token (`(a b|c)?`), none for any other token. */
const alternativesOf = (token: string): string[] =>
  token.startsWith('(') ? token.slice(1, token.lastIndexOf(')')).split('|').map((alternative) => alternative.trim()) : []

/**
 * The trie's group steps hold words only, so a group with slots in some of its alternatives
 * (`(we|our *? *?)`, `(you|<cap>)`) is read as several patterns: one with each such alternative in
 * place of the group, and one with the group's other alternatives (or, for an optional group, one
 * without the group).
 */
function expandSlotGroups(pattern: string): string[] {
  const tokens = pattern.trim().match(/\([^()]*\)\??|[^\s()]+/g) ?? []
  // Each such group multiplies the patterns: bound the product before making any.
  let paths = 1
  for (const token of tokens) paths *= 1 + alternativesOf(token).filter(hasSlot).length
  if (paths > MAX_SLOT_PATHS) throw new PatternError(`"${pattern}" has too many alternatives with slots`)
  const at = tokens.findIndex((token) => alternativesOf(token).some(hasSlot))
  if (at < 0) return [pattern]
  const token = tokens[at]
  const optional = token.endsWith('?')
  const alternatives = alternativesOf(token)
  const plain = alternatives.filter((alternative) => !hasSlot(alternative))
  const around = (middle: string[]) => [...tokens.slice(0, at), ...middle, ...tokens.slice(at + 1)].join(' ')
  const out: string[] = []
  if (plain.length > 0) out.push(around([`(${plain.join('|')})${optional ? '?' : ''}`]))
  else if (optional) out.push(around([]))
  for (const alternative of alternatives) if (hasSlot(alternative)) out.push(around(alternative.split(/\s+/)))
  return out.flatMap(expandSlotGroups)
}

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

/**
 * A phrase set as plain data, for shipping one compiled at build time: its nodes in order, the root
 * first, a node that several paths share once. Edge labels (stems, `=` spellings) are indexes into
 * `keys`. A node is one string of six fields separated by `|`: stem edges and exact edges (key,
 * node, key, node, ... separated by `,`), the any, num and cap edges (a node, or empty), and the
 * owner/pattern pairs that end there. Numbers are written in base 36. The nodes are numbered as
 * they are first reached, reading the nodes in order and each node's edges in order, and so are the
 * keys: a node or a key reached for the first time is not written as its number but as `.` (node) or
 * `+` (key), so most edges cost a character or two, which is most of the size of the built-in pack
 * in a browser bundle. The count of edges into a node is not stored: it is counted when a change
 * needs it. (Strings: JSON of this size parses several times faster than the same numbers in arrays.)
 */
export interface PhraseSetData {
  size: number
  keys: string[]
  nodes: string[]
}

/** In a node's data: the next node not reached before, the next key not used before. */
const FRESH_NODE = '.'
const FRESH_KEY = '+'

const fromBase36 = (text: string): number => parseInt(text, 36)

export class PhraseSet {
  private root = new TrieNode()
  /**
   * The root's stem and spelling children as arrays indexed by key id: every term of every sentence
   * starts a walk at the root, so its first step is an array read, not a map lookup. Made on the
   * first match after a change.
   */
  private first: {next: Array<TrieNode | undefined>; exact: Array<TrieNode | undefined>} | undefined = undefined
  private size = 0
  private restorer: Restorer | undefined = undefined

  /** Read every node a restored set has not read yet: before a change or a copy of the whole. */
  private settle(): void {
    this.restorer?.expandAll()
    this.restorer = undefined
  }

  toData(): PhraseSetData {
    this.settle()
    const same = sameNodes(this.root)
    const index = new Map<TrieNode, number>([[this.root, 0]])
    const order = [this.root]
    /** The node's number, or FRESH_NODE when this is the first time it is reached. */
    const id = (reached: TrieNode): string => {
      const node = same.get(reached)!
      const at = index.get(node)
      if (at !== undefined) return at.toString(36)
      index.set(node, order.length)
      order.push(node)
      return FRESH_NODE
    }
    const keys: string[] = []
    const keyIndex = new Map<string, number>()
    const edges = (map: Map<number, TrieNode> | undefined): string[] => {
      const out: string[] = []
      for (const [label, child] of map ?? []) {
        const key = keyLabel(label)
        const k = keyIndex.get(key)
        if (k === undefined) keyIndex.set(key, keys.push(key) - 1)
        out.push(k === undefined ? FRESH_KEY : k.toString(36), id(child))
      }
      return out
    }
    const one = (node: TrieNode | undefined): string[] => (node ? [id(node)] : [])
    const nodes: string[] = []
    for (let i = 0; i < order.length; i++) {
      const node = order[i]
      const ends = (node.ends ?? []).map((n) => n.toString(36))
      nodes.push([edges(node.next), edges(node.exact), one(node.any), one(node.num), one(node.cap), ends].map((f) => f.join(',')).join('|'))
    }
    return {size: this.size, keys, nodes}
  }

  /** A set with the same nodes as the one `data` came from; its nodes are read as matching reaches them. */
  static fromData(data: PhraseSetData): PhraseSet {
    const set = new PhraseSet()
    set.restorer = new Restorer(data)
    set.root = set.restorer.node(0)
    set.size = data.size
    return set
  }

  /** Add a pattern for `owner`; returns nothing, throws PatternError on bad syntax. */
  add(owner: number, patternIndex: number, pattern: string): void {
    this.settle()
    this.first = undefined
    const paths = expandSlotGroups(pattern).map((one) => {
      const steps = parsePattern(one)
      if (steps.every((s) => s.optional)) throw new PatternError(`"${pattern}" matches nothing`)
      return steps
    })
    for (const steps of paths) this.addPath(owner, patternIndex, pattern, steps)
    this.size++
  }

  private addPath(owner: number, patternIndex: number, pattern: string, steps: Array<{step: Step; optional: boolean}>): void {
    // The alternatives of a step that open new paths all lead into one shared "join" node, so a
    // pattern like `(hope|trust) (this|the) (email|note) finds you` costs nodes in proportion to its
    // length, not to the product of its alternatives. Shared nodes are copied on write (`follow`).
    let frontier: TrieNode[] = [this.root]
    const fresh = () => new TrieNode()
    for (const {step, optional} of steps) {
      const reached: TrieNode[] = optional ? [...frontier] : []
      let join: TrieNode | undefined
      const joinNode = () => (join ??= fresh())
      // Longest alternatives first, so a shorter one ends on a node a longer one already made.
      const seqs = step.kind === 'seqs' ? [...step.seqs].sort((a, b) => b.length - a.length) : []
      const queue = [...frontier]
      const done = new Set<TrieNode>()
      // A copy of a frontier node still to be extended stands for some of its paths: extend it too,
      // and keep it wherever the original was kept (reached by an earlier alternative of this step,
      // or kept as it is when the step is optional).
      const copied = (from: TrieNode, to: TrieNode) => {
        if (queue.includes(from) && !done.has(from)) queue.push(to)
        if (reached.includes(from)) reached.push(to)
      }
      for (let q = 0; q < queue.length; q++) {
        const node = queue[q]
        done.add(node)
        if (step.kind !== 'seqs') {
          reached.push(follow(node, step.kind, joinNode, join, copied))
          continue
        }
        for (const seq of seqs) {
          let at = node
          for (let k = 0; k < seq.length; k++) {
            const last = k === seq.length - 1
            if (!last && join !== undefined && peek(at, seq[k]) === join) {
              // A longer alternative passing where a shorter one ended: the edge gets a node of
              // its own that still ends the shorter alternative.
              const detour = fresh()
              detour.refs = 1
              join.refs--
              setEdge(at, seq[k], detour)
              reached.push(detour)
              at = detour
              continue
            }
            at = follow(at, seq[k], last ? joinNode : fresh, last ? join : undefined, copied)
          }
          reached.push(at)
        }
      }
      frontier = [...new Set(reached)]
      if (frontier.length > MAX_EXPANSION) throw new PatternError(`"${pattern}" has too many alternatives`)
    }
    for (const node of frontier) {
      const ends = (node.ends ??= [])
      // Two paths of one pattern (see expandSlotGroups) can end on one node: one match, not two.
      let known = false
      for (let e = 0; e < ends.length && !known; e += 2) known = ends[e] === owner && ends[e + 1] === patternIndex
      if (!known) ends.push(owner, patternIndex)
    }
  }

  get patternCount(): number {
    return this.size
  }

  /** All matches within `[from, to)` of `terms` (a sentence), every start, every length. */
  matchRange(terms: Term[], from: number, to: number, out: PhraseMatch[]): void {
    const root = this.root
    root.restorer?.expand(root)
    if (!root.next && !root.exact && !root.any && !root.num && !root.cap) return
    const first = (this.first ??= {next: byKey(root.next), exact: byKey(root.exact)})
    const {next, exact} = first
    for (let start = from; start < to; start++) {
      // The root's step of `visit`, unrolled (the root never ends a pattern: none is empty).
      const term = terms[start]
      const at = start + 1
      if (term.key >= 0 && term.key < next.length) {
        const child = next[term.key]
        if (child !== undefined) visit(child, terms, start, at, to, out)
      }
      if (term.exactKey >= 0 && term.exactKey < exact.length) {
        const child = exact[term.exactKey]
        if (child !== undefined) visit(child, terms, start, at, to, out)
      }
      if (root.num !== undefined && term.num) visit(root.num, terms, start, at, to, out)
      if (root.cap !== undefined && term.cap) visit(root.cap, terms, start, at, to, out)
      if (root.any !== undefined) visit(root.any, terms, start, at, to, out)
    }
  }
}

/**
 * For every node below `root`, the first node met with the same edges to the same nodes and the same
 * ends: the same matches below it, found in the same order. Copies made on write and the branches of
 * alternatives repeat whole subtrees; written once each (toData), the built-in pack's body set has
 * about 1,700 nodes instead of 6,000. A set restored from such data shares those nodes, which a later
 * change copies on write like any shared node.
 */
function sameNodes(root: TrieNode): Map<TrieNode, TrieNode> {
  const same = new Map<TrieNode, TrieNode>()
  const bySignature = new Map<string, TrieNode>()
  const ids = new Map<TrieNode, number>()
  const walk = (node: TrieNode): number => {
    const known = same.get(node)
    if (known !== undefined) return ids.get(known)!
    const edges = (map: Map<number, TrieNode> | undefined) => [...(map ?? [])].map(([key, child]) => `${key}:${walk(child)}`).join(',')
    const one = (child: TrieNode | undefined) => (child ? walk(child) : '')
    const signature = [edges(node.next), edges(node.exact), one(node.any), one(node.num), one(node.cap), node.ends?.join(',') ?? ''].join('|')
    let first = bySignature.get(signature)
    if (first === undefined) {
      bySignature.set(signature, (first = node))
      ids.set(node, ids.size)
    }
    same.set(node, first)
    return ids.get(first)!
  }
  walk(root)
  return same
}

/** A node's children as a dense array by key id (holes are undefined). */
function byKey(map: Map<number, TrieNode> | undefined): Array<TrieNode | undefined> {
  let length = 0
  for (const id of map?.keys() ?? []) length = Math.max(length, id + 1)
  const out = new Array<TrieNode | undefined>(length).fill(undefined)
  for (const [id, child] of map ?? []) out[id] = child
  return out
}

function visit(node: TrieNode, terms: Term[], start: number, at: number, to: number, out: PhraseMatch[]): void {
  if (node.restorer !== undefined) node.restorer.expand(node)
  const ends = node.ends
  if (ends !== undefined && at > start) {
    for (let i = 0; i < ends.length; i += 2) out.push({owner: ends[i], pattern: ends[i + 1], from: start, to: at})
  }
  if (at >= to) return
  const term = terms[at]
  if (node.next !== undefined && term.key >= 0) {
    const child = node.next.get(term.key)
    if (child !== undefined) visit(child, terms, start, at + 1, to, out)
  }
  if (node.exact !== undefined && term.exactKey >= 0) {
    const child = node.exact.get(term.exactKey)
    if (child !== undefined) visit(child, terms, start, at + 1, to, out)
  }
  if (node.num !== undefined && term.num) visit(node.num, terms, start, at + 1, to, out)
  if (node.cap !== undefined && term.cap) visit(node.cap, terms, start, at + 1, to, out)
  if (node.any !== undefined) visit(node.any, terms, start, at + 1, to, out)
}

export {isNumberTerm}
