/**
 * Phrase sets: phrase patterns compiled into one trie over stemmed terms, matched in one pass. This
 * module is what matching needs, a set made from data included (the built-in pack ships its sets
 * compiled); phrase-builder.ts adds patterns to a set and writes it as data, which only a config
 * with patterns of its own, and the build, need. The pattern syntax: phrase-builder.ts.
 */
import {internKey} from './keys.js'
import {isNumberTerm} from './terms.js'

/**
 * What one term of a word is, shared by every occurrence of that spelling (terms.ts splits "I'm"
 * into i + am). `flags`/`flagsFor` are a memo slot for signals.ts: the term's pronoun flags under
 * the vocabulary `flagsFor`, so a term in a hot loop costs no lookup at all.
 */
export interface Lexeme {
  stem: string
  norm: string
  num: boolean
  key: number
  exactKey: number
  flags: number
  flagsFor: object | undefined
}

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
  /**
   * A pattern's <field>: where the merge field just before this term (the last, if several) starts
   * and ends, and where the one just after it (the first) ends, in the sentence; -1 or absent when
   * there is none.
   */
  fieldBefore?: number
  fieldBeforeEnd?: number
  fieldAfter?: number
  /** What the term's spelling decides, shared by its occurrences (absent on terms made by hand). */
  lexeme?: Lexeme
}

/**
 * A trie node. A class with every field set in the constructor, so all nodes share one shape and the
 * matcher's property reads stay monomorphic.
 */
export class TrieNode {
  /** Children by the key id of a Porter stem. */
  next: Map<number, TrieNode> | undefined = undefined
  /** Children by the key id of an exact (case-folded) spelling, for `=word`. */
  exact: Map<number, TrieNode> | undefined = undefined
  any: TrieNode | undefined = undefined
  num: TrieNode | undefined = undefined
  cap: TrieNode | undefined = undefined
  /** A merge field between two terms (or before the first, after the last): no term read. */
  field: TrieNode | undefined = undefined
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
    const [next, exact, any, num, cap, ends, field = ''] = this.data.nodes[node.index].split('|')
    const at = {node: this.firstNode[node.index], key: this.firstKey[node.index]}
    node.restorer = undefined
    node.next = this.edges(next, at)
    node.exact = this.edges(exact, at)
    node.any = this.child(any, at)
    node.num = this.child(num, at)
    node.cap = this.child(cap, at)
    node.field = this.child(field, at)
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

export function children(node: TrieNode): TrieNode[] {
  const out: TrieNode[] = []
  if (node.next) out.push(...node.next.values())
  if (node.exact) out.push(...node.exact.values())
  if (node.any) out.push(node.any)
  if (node.num) out.push(node.num)
  if (node.cap) out.push(node.cap)
  if (node.field) out.push(node.field)
  return out
}

export interface PhraseMatch {
  owner: number
  pattern: number
  /** First term index (inclusive) and last term index (exclusive). */
  from: number
  to: number
  /** Where the match starts and ends in the text, when a merge field (<field>) opens or closes it. */
  fieldStart?: number
  fieldEnd?: number
}

/**
 * A phrase set as plain data, for shipping one compiled at build time: its nodes in order, the root
 * first, a node that several paths share once, and a subtree equal to one already written not at
 * all (its first copy stands for it: sameNodes in phrase-builder.ts). Edge labels (stems, `=`
 * spellings) are indexes into `keys`. A node is one string of six or seven fields separated by `|`:
 * stem edges and exact edges (key, node, key, node, ... separated by `,`), the any, num and cap edges
 * (a node, or empty), the owner/pattern pairs that end there, and the field edge (a node; absent
 * when there is none). Numbers are written in base 36. The
 * nodes are numbered as they are first reached, reading the nodes in order and each node's edges in
 * order, and so are the keys: a node or a key reached for the first time is not written as its
 * number but as `.` (node) or `+` (key), so most edges cost a character or two, which is most of the
 * size of the built-in pack in a browser bundle. The count of edges into a node is not stored: it is
 * counted when a change needs it. (Strings: JSON of this size parses several times faster than the
 * same numbers in arrays.)
 */
export interface PhraseSetData {
  size: number
  keys: string[]
  nodes: string[]
}

/** In a node's data: the next node not reached before, the next key not used before. */
export const FRESH_NODE = '.'
export const FRESH_KEY = '+'

const fromBase36 = (text: string): number => parseInt(text, 36)

/** A compiled phrase set, matched in one pass; made from data (fromData), or built by PhraseBuilder (phrase-builder.ts). */
export class PhraseSet {
  protected root = new TrieNode()
  /**
   * The root's stem and spelling children as arrays indexed by key id: every term of every sentence
   * starts a walk at the root, so its first step is an array read, not a map lookup. Made on the
   * first match after a change.
   */
  protected first: {next: Array<TrieNode | undefined>; exact: Array<TrieNode | undefined>} | undefined = undefined
  protected size = 0
  /** For a set made from data: what still has nodes to read (all of them before a change). */
  protected restorer: {expandAll(): void} | undefined = undefined

  /** A set (of this class) with the same nodes as the one `data` came from; its nodes are read as matching reaches them. */
  static fromData<T extends PhraseSet>(this: new () => T, data: PhraseSetData): T {
    const set = new this()
    const restorer = new Restorer(data)
    set.restorer = restorer
    set.root = restorer.node(0)
    set.size = data.size
    return set
  }

  get patternCount(): number {
    return this.size
  }

  /** All matches within `[from, to)` of `terms` (a sentence), every start, every length. */
  matchRange(terms: Term[], from: number, to: number, out: PhraseMatch[]): void {
    const root = this.root
    root.restorer?.expand(root)
    if (!root.next && !root.exact && !root.any && !root.num && !root.cap && !root.field) return
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
      // A pattern that opens with <field>: the one merge field before this term opens the match.
      const before = term.fieldBefore ?? -1
      if (root.field !== undefined && before >= 0) visit(root.field, terms, start, start, to, out, before)
    }
  }
}

/** A node's children as a dense array by key id (holes are undefined). */
function byKey(map: Map<number, TrieNode> | undefined): Array<TrieNode | undefined> {
  let length = 0
  for (const id of map?.keys() ?? []) length = Math.max(length, id + 1)
  const out = new Array<TrieNode | undefined>(length).fill(undefined)
  for (const [id, child] of map ?? []) out[id] = child
  return out
}

/**
 * `fieldStart`: the match opened with a merge field, there; `fieldEnd`: the step into `node` was a
 * merge field, ending there (a match that ends here ends with it).
 */
function visit(node: TrieNode, terms: Term[], start: number, at: number, to: number, out: PhraseMatch[], fieldStart = -1, fieldEnd = -1): void {
  if (node.restorer !== undefined) node.restorer.expand(node)
  const ends = node.ends
  if (ends !== undefined && at > start) {
    for (let i = 0; i < ends.length; i += 2) {
      const match: PhraseMatch = {owner: ends[i], pattern: ends[i + 1], from: start, to: at}
      if (fieldStart >= 0) match.fieldStart = fieldStart
      if (fieldEnd >= 0) match.fieldEnd = fieldEnd
      out.push(match)
    }
  }
  // <field>: the one merge field between the last term read and the next (or the sentence's end).
  if (node.field !== undefined && at > start && fieldEnd < 0) {
    const after = terms[at - 1].fieldAfter ?? -1
    if (after >= 0) visit(node.field, terms, start, at, to, out, fieldStart, after)
  }
  if (at >= to) return
  const term = terms[at]
  // After a <field>, the next term only if that field is the one just before it (one field between them).
  if (fieldEnd >= 0 && term.fieldBeforeEnd !== fieldEnd) return
  if (node.next !== undefined && term.key >= 0) {
    const child = node.next.get(term.key)
    if (child !== undefined) visit(child, terms, start, at + 1, to, out, fieldStart)
  }
  if (node.exact !== undefined && term.exactKey >= 0) {
    const child = node.exact.get(term.exactKey)
    if (child !== undefined) visit(child, terms, start, at + 1, to, out, fieldStart)
  }
  if (node.num !== undefined && term.num) visit(node.num, terms, start, at + 1, to, out, fieldStart)
  if (node.cap !== undefined && term.cap) visit(node.cap, terms, start, at + 1, to, out, fieldStart)
  if (node.any !== undefined) visit(node.any, terms, start, at + 1, to, out, fieldStart)
}

export {isNumberTerm}
