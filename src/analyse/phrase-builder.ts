/**
 * Building phrase sets: patterns added to a trie over stemmed terms (copy on write where paths
 * share nodes), and a set written as data for shipping (phrases.ts reads it back and matches).
 *
 * Pattern syntax (space-separated tokens):
 *   word        the word or any inflection of it (compared on Porter stems): `reach` ~ reaching, reached
 *   (a|b c|d)   any one of the alternatives, each a word or a sequence of words (a contraction counts
 *               as its expansion; slots included: `(we|our *?)`); alternatives are always in brackets
 *
 * A pattern is at most MAX_PATTERN_LENGTH characters: a longer list of alternatives is several
 * patterns, or a role.
 *   token?      the token is optional
 *   =word       exactly this spelling (case-folded), no stemming
 *   *           any one word          *?  zero or one word
 *   <num>       a number (15, fifteen, couple)
 *   <cap>       a capitalised word inside a sentence (a name: Intercom, Leeds)
 *   <field>     one merge field ({{first_name}}, [Name], {company}, %NAME%): not a word, so it takes
 *               no term; a field beside a word, or at either end of the match (then part of it)
 *   ^           (first) the match must start its sentence, after any greeting
 */
import {internKey, keyLabel} from './keys.js'
import {children, FRESH_KEY, FRESH_NODE, PhraseSet, TrieNode, type PhraseSetData} from './phrases.js'
import {splitTerms, stem} from './terms.js'

type Slot = 'any' | 'num' | 'cap' | 'field'

/** A copy of `node` for one parent: same edges, so every child gains a parent. */
function cloneNode(node: TrieNode): TrieNode {
  const copy = new TrieNode()
  if (node.next) copy.next = new Map(node.next)
  if (node.exact) copy.exact = new Map(node.exact)
  copy.any = node.any
  copy.num = node.num
  copy.cap = node.cap
  copy.field = node.field
  if (node.ends) copy.ends = [...node.ends]
  for (const child of children(copy)) child.refs++
  return copy
}

/** The child of `node` along `key`, if any. */
function peek(node: TrieNode, key: string | Slot): TrieNode | undefined {
  if (key === 'any' || key === 'num' || key === 'cap' || key === 'field') return node[key]
  return key.startsWith('=') ? node.exact?.get(internKey(key.slice(1))) : node.next?.get(internKey(key))
}

function setEdge(node: TrieNode, key: string | Slot, child: TrieNode): void {
  if (key === 'any' || key === 'num' || key === 'cap' || key === 'field') node[key] = child
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
type Step = {kind: 'seqs'; seqs: string[][]} | {kind: 'any'} | {kind: 'num'} | {kind: 'cap'} | {kind: 'field'}

const MAX_EXPANSION = 4096

export class PatternError extends Error {}

/** The most patterns one written pattern's slot groups may expand into. */
const MAX_SLOT_PATHS = 256

const SLOT = /^(?:\*|<num>|<cap>|<field>)\??$/
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

/** The longest pattern the builder takes, in characters. */
const MAX_PATTERN_LENGTH = 1000

/** Refuse a pattern longer than the bound, or with alternatives outside brackets (`a|b`). */
function checkPatternShape(pattern: string): void {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new PatternError(`a pattern of ${pattern.length} characters, more than ${MAX_PATTERN_LENGTH}: make it several patterns ("${pattern.slice(0, 40)}...")`)
  if (pattern.replace(/\([^()]*\)/g, '').includes('|')) throw new PatternError(`alternatives go inside brackets, "(a|b)" not "a|b": "${pattern}"`)
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
    if (token === '<field>') return {step: {kind: 'field'}, optional}
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

/** A phrase set that patterns can be added to, and that can be written as data. */
export class PhraseBuilder extends PhraseSet {
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
      // (The field edge last, and only when there is one: most nodes have none.)
      const fields = [edges(node.next), edges(node.exact), one(node.any), one(node.num), one(node.cap), ends]
      if (node.field) fields.push(one(node.field))
      nodes.push(fields.map((f) => f.join(',')).join('|'))
    }
    return {size: this.size, keys, nodes}
  }

  /** Add a pattern for `owner`; returns nothing, throws PatternError on bad syntax. */
  add(owner: number, patternIndex: number, pattern: string): void {
    checkPatternShape(pattern)
    this.settle()
    this.first = undefined
    const paths = expandSlotGroups(pattern).map((one) => {
      const steps = parsePattern(one)
      if (steps.every((s) => s.optional || s.step.kind === 'field')) throw new PatternError(`"${pattern}" matches nothing`)
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
    const signature = [edges(node.next), edges(node.exact), one(node.any), one(node.num), one(node.cap), node.ends?.join(',') ?? '', one(node.field)].join('|')
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

