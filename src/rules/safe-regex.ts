/**
 * Regular expressions from rule packs are data from users: each is checked before it is compiled
 * for use, and refused when it could backtrack catastrophically on text typed by anyone.
 *
 * Two checks, both conservative (refusing a rare safe pattern is fine, accepting a dangerous one is not):
 * - safe-regex2: star height above 1 (nested repetition) and more than 25 repetitions;
 * - our own walk over the pattern's syntax tree, for what star height misses:
 *   - a repetition of anything that itself repeats, is optional, or can match nothing: `(a?){30}`, `(|a)+`;
 *   - a repetition over alternatives that can start with the same character: `(a|aa)+`, `(a|a)*`, `(ab|a)*`;
 *   - two unbounded repetitions in a row that can match the same character with nothing between
 *     them that tells them apart (polynomial backtracking): `\w+\d+\w+$`, `a*a*$`, `.*.*=`;
 *   - back-references (`\1`, `\k<name>`), quantified look-arounds, syntax this walk does not know.
 * Character sets are compared exactly enough by testing each atom, compiled on its own, against
 * every character the pattern names (with its neighbours and case variants) plus the boundaries
 * of the built-in classes.
 */
import safeRegex from 'safe-regex2'
import {ConfigError} from './errors.js'

const MAX_PATTERN_LENGTH = 500
/** A repetition with a higher bound than this counts as unbounded for the polynomial check. */
const LOOP = 16

type Node =
  | {t: 'char'; src: string; wide: boolean}
  | {t: 'assert'}
  | {t: 'look'; body: Node}
  | {t: 'group'; body: Node}
  | {t: 'seq'; items: Node[]}
  | {t: 'alt'; branches: Node[]}
  | {t: 'quant'; body: Node; min: number; max: number}

class Unsafe extends Error {}

// ---------------------------------------------------------------------------------------------
// Parsing (the pattern already compiled, so its syntax is valid JavaScript)

function parse(source: string): Node {
  const parser = new Parser(source)
  const tree = parser.alternation()
  if (parser.at !== source.length) fail('an unbalanced group')
  return tree
}

function fail(why: string): never {
  throw new Unsafe(why)
}

/** A recursive descent over the pattern's source, from `at`. */
class Parser {
  at = 0
  constructor(readonly source: string) {}

  peek(): string | undefined {
    return this.source[this.at]
  }

  alternation(): Node {
    const branches = [this.sequence()]
    while (this.peek() === '|') {
      this.at++
      branches.push(this.sequence())
    }
    return branches.length === 1 ? branches[0] : {t: 'alt', branches}
  }

  sequence(): Node {
    const items: Node[] = []
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()))
    return {t: 'seq', items}
  }

  quantified(node: Node): Node {
    const {source} = this
    let min: number
    let max: number
    const c = this.peek()
    if (c === '*') [min, max] = [0, Infinity]
    else if (c === '+') [min, max] = [1, Infinity]
    else if (c === '?') [min, max] = [0, 1]
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(this.at))
      if (!m) return node
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
      this.at += m[0].length - 1
    } else return node
    this.at++
    if (this.peek() === '?') this.at++
    if (node.t === 'assert' || node.t === 'look') fail('a look-around or anchor is repeated')
    const next = this.peek()
    if (next === '*' || next === '+' || next === '?' || (next === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(this.at)))) fail('a repetition is repeated')
    return {t: 'quant', body: node, min, max}
  }

  atom(): Node {
    const {source} = this
    const start = this.at
    const c = source[this.at++]
    if (c === '(') return this.group()
    if (c === '[') return this.charClass(start)
    if (c === '^' || c === '$') return {t: 'assert'}
    if (c === '.') return {t: 'char', src: '.', wide: false}
    if (c === '\\') return this.escape(start)
    if (c === ')' || c === '|') fail('an unbalanced group')
    if (c === '*' || c === '+' || c === '?') fail('a repetition of nothing')
    const cp = source.codePointAt(start)!
    this.at = start + (cp > 0xffff ? 2 : 1)
    return {t: 'char', src: source.slice(start, this.at), wide: false}
  }

  /** A group, after its "(": capturing, named, non-capturing or a look-around. */
  group(): Node {
    const {source} = this
    let look = false
    if (source.startsWith('?:', this.at)) this.at += 2
    else if (source.startsWith('?=', this.at) || source.startsWith('?!', this.at)) [this.at, look] = [this.at + 2, true]
    else if (source.startsWith('?<=', this.at) || source.startsWith('?<!', this.at)) [this.at, look] = [this.at + 3, true]
    else if (source.startsWith('?<', this.at)) {
      const end = source.indexOf('>', this.at)
      if (end < 0) fail('an unreadable group name')
      this.at = end + 1
    } else if (this.peek() === '?') fail('a group syntax this check does not know')
    const body = this.alternation()
    if (this.peek() !== ')') fail('an unbalanced group')
    this.at++
    return look ? {t: 'look', body} : {t: 'group', body}
  }

  /** A character class from its "[" at `start`. */
  charClass(start: number): Node {
    const {source} = this
    while (this.at < source.length && source[this.at] !== ']') this.at += source[this.at] === '\\' ? 2 : 1
    if (this.at >= source.length) fail('an unterminated character class')
    this.at++
    const src = source.slice(start, this.at)
    return {t: 'char', src, wide: /\\[pP]/.test(src)}
  }

  /** An escape from its backslash at `start`: an assertion, a character or a class. */
  escape(start: number): Node {
    const {source} = this
    const e = source[this.at++]
    if (e === undefined) fail('a trailing backslash')
    if (e === 'b' || e === 'B') return {t: 'assert'}
    if (/[1-9]/.test(e) || e === 'k') fail('a back-reference')
    if (e === 'x') this.at += 2
    else if (e === 'u') this.at += source[this.at] === '{' ? source.indexOf('}', this.at) - this.at + 1 : 4
    else if (e === 'c') this.at += 1
    else if (e === 'p' || e === 'P') {
      if (source[this.at] === '{') this.at = source.indexOf('}', this.at) + 1
      return {t: 'char', src: source.slice(start, this.at), wide: true}
    }
    if (this.at <= start || this.at > source.length) fail('an unreadable escape')
    return {t: 'char', src: source.slice(start, this.at), wide: false}
  }
}

// ---------------------------------------------------------------------------------------------
// Character sets over a finite universe that is exact for the intersections we ask about

/** Boundaries of \s, `.`, \w and friends, and a few representatives of other scripts. */
const BOUNDARIES = [
  0x80, 0x85, 0x9f, 0xa0, 0xa1, 0xad, 0xc0, 0xe9, 0xff, 0x100, 0x17f, 0x212a, 0x2126, 0x1680, 0x1681, 0x1fff, 0x2000, 0x200a, 0x200b,
  0x2027, 0x2028, 0x2029, 0x202a, 0x202f, 0x2030, 0x205f, 0x2060, 0x2fff, 0x3000, 0x3001, 0x4e00, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff,
  0xe000, 0xfefe, 0xfeff, 0xff00, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff
]

function universeOf(source: string): number[] {
  const points = new Set<number>(BOUNDARIES)
  for (let c = 0; c < 0x80; c++) points.add(c)
  const named: number[] = []
  for (const ch of source) named.push(ch.codePointAt(0)!)
  for (const m of source.matchAll(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}|\\c([A-Za-z])/g)) {
    if (m[4]) named.push(m[4].toUpperCase().charCodeAt(0) % 32)
    else named.push(parseInt(m[1] ?? m[2] ?? m[3], 16))
  }
  for (const cp of named) for (const p of [cp - 1, cp, cp + 1]) if (p >= 0 && p <= 0x10ffff) points.add(p)
  for (const cp of [...points]) {
    const ch = String.fromCodePoint(cp)
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) for (const x of v) points.add(x.codePointAt(0)!)
  }
  return [...points].sort((a, b) => a - b)
}

type CharSet = Uint8Array

class Sets {
  readonly size: number
  private cache = new Map<string, CharSet>()
  constructor(
    private universe: number[],
    private flags: string
  ) {
    this.size = universe.length
  }
  empty(): CharSet {
    return new Uint8Array(this.size)
  }
  of(node: Extract<Node, {t: 'char'}>): CharSet {
    let set = this.cache.get(node.src)
    if (set) return set
    set = this.empty()
    if (node.wide) set.fill(1)
    else {
      let re: RegExp
      try {
        re = new RegExp(`^(?:${node.src})$`, this.flags)
      } catch {
        throw new Unsafe('a character this check cannot read')
      }
      this.universe.forEach((cp, i) => {
        if (re.test(String.fromCodePoint(cp))) set![i] = 1
      })
    }
    this.cache.set(node.src, set)
    return set
  }
}

function union(into: CharSet, from: CharSet): CharSet {
  for (let i = 0; i < into.length; i++) into[i] |= from[i]
  return into
}

function meets(a: CharSet, b: CharSet, c?: CharSet): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] && b[i] && (!c || c[i])) return true
  return false
}

// ---------------------------------------------------------------------------------------------
// The analysis

function nullable(n: Node): boolean {
  switch (n.t) {
    case 'char':
      return false
    case 'assert':
    case 'look':
      return true
    case 'group':
      return nullable(n.body)
    case 'seq':
      return n.items.every(nullable)
    case 'alt':
      return n.branches.some(nullable)
    case 'quant':
      return n.min === 0 || nullable(n.body)
  }
}

function children(n: Node): Node[] {
  if (n.t === 'seq') return n.items
  if (n.t === 'alt') return n.branches
  if (n.t === 'group' || n.t === 'look' || n.t === 'quant') return [n.body]
  return []
}

function some(n: Node, test: (n: Node) => boolean): boolean {
  return test(n) || children(n).some((c) => some(c, test))
}

/** Every character a node can consume. */
function charsOf(n: Node, sets: Sets): CharSet {
  if (n.t === 'char') return sets.of(n)
  const out = sets.empty()
  if (n.t !== 'look') for (const c of children(n)) union(out, charsOf(c, sets))
  return out
}

/** The characters a non-empty match of the node can start with. */
function firstOf(n: Node, sets: Sets): CharSet {
  switch (n.t) {
    case 'char':
      return sets.of(n)
    case 'assert':
    case 'look':
      return sets.empty()
    case 'group':
    case 'quant':
      return firstOf(n.body, sets)
    case 'alt':
      return n.branches.reduce((acc, b) => union(acc, firstOf(b, sets)), sets.empty())
    case 'seq': {
      const out = sets.empty()
      for (const item of n.items) {
        union(out, firstOf(item, sets))
        if (!nullable(item)) break
      }
      return out
    }
  }
}

/** The characters consumed by the unbounded repetitions inside a node. */
function loopCharsOf(n: Node, sets: Sets): CharSet {
  const out = sets.empty()
  const walk = (m: Node) => {
    if (m.t === 'quant' && m.max > LOOP) union(out, charsOf(m.body, sets))
    children(m).forEach(walk)
  }
  walk(n)
  return out
}

function isEmpty(set: CharSet): boolean {
  return !set.some((x) => x)
}

/** Throws Unsafe with the reason when the tree can backtrack catastrophically. */
function check(n: Node, sets: Sets, tail: boolean): void {
  if (n.t === 'quant' && n.max > 1) {
    if (some(n.body, (m) => m.t === 'quant')) throw new Unsafe('a repetition contains another repetition or an optional part')
    if (nullable(n.body)) throw new Unsafe('a repetition can match nothing')
    const ambiguous = (m: Node) => {
      if (m.t !== 'alt') return false
      if (m.branches.some(nullable)) return true
      const firsts = m.branches.map((b) => firstOf(b, sets))
      for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) if (meets(firsts[i], firsts[j])) return true
      return false
    }
    if (some(n.body, ambiguous)) throw new Unsafe('a repetition of alternatives that can start with the same character')
  }
  if (n.t === 'seq') {
    const loops = n.items.map((item) => loopCharsOf(item, sets))
    for (let i = 0; i < n.items.length; i++) {
      if (isEmpty(loops[i])) continue
      for (let j = i + 1; j < n.items.length; j++) {
        if (!meets(loops[i], loops[j])) continue
        // Nothing after the second one can fail: the match ends there, greedy, without backtracking.
        if (tail && j === n.items.length - 1) continue
        let separated = false
        for (let k = i + 1; k < j && !separated; k++) {
          const item = n.items[k]
          if (!nullable(item) && !meets(charsOf(item, sets), loops[i], loops[j])) separated = true
        }
        if (!separated) throw new Unsafe('two repetitions in a row can match the same characters')
      }
    }
    n.items.forEach((item, k) => check(item, sets, tail && k === n.items.length - 1))
    return
  }
  const inner = n.t === 'look' ? true : n.t === 'quant' ? false : tail
  for (const c of children(n)) check(c, sets, inner)
}

/** Why a pattern (already known to compile) is unsafe, or undefined when it is accepted. */
export function unsafeReason(source: string, flags = ''): string | undefined {
  if (!safeRegex(source)) return 'nested repetition'
  try {
    const tree = parse(source)
    check(tree, new Sets(universeOf(source), flags.replace(/[gmy]/g, '')), true)
  } catch (error) {
    // Anything this walk cannot follow is refused, not waved through.
    return error instanceof Unsafe ? error.message : 'a syntax this check cannot read'
  }
  return undefined
}

export function compileSafeRegExp(source: string, flags: string, owner: string): RegExp {
  if (source.length > MAX_PATTERN_LENGTH) throw new ConfigError(`${owner}: pattern: longer than ${MAX_PATTERN_LENGTH} characters`)
  let re: RegExp
  try {
    re = new RegExp(source, flags.replace(/g/g, '') + 'g')
  } catch (error) {
    throw new ConfigError(`${owner}: pattern: not a valid regular expression (${(error as Error).message})`)
  }
  const reason = unsafeReason(source, flags)
  if (reason) {
    throw new ConfigError(
      `${owner}: pattern: can backtrack catastrophically (${reason}); rewrite it without nested or overlapping repetition`
    )
  }
  return re
}
