/**
 * A numbered or lettered list the rewrite shortens counts on without a gap: where an item went, the items
 * after it take the numbers (or letters) that follow on from the ones kept ("1. ... 3." -> "1. ... 2."), and
 * an item whose words all went takes its number with it (no lone "2." left on its line).
 */
import type {Edit} from './apply.js'

/** An item's marker at a line's start: "1. ", "2) ", "(3) ", "a. ", "B) ". Groups: open paren, number or letter, closing mark. */
const MARKER = /^[ \t]*(\(?)(\d{1,2}|[a-zA-Z])([.)])[ \t]+(?=\S)/gm

interface Item {
  lineStart: number
  /** Where the number or letter is. */
  at: number
  value: number
  letter: 'lower' | 'upper' | undefined
  close: string
  open: string
  /** Where its words start, after the marker, and where its first line ends. */
  words: number
  lineEnd: number
}

function valueOf(token: string): [number, Item['letter']] {
  if (/^\d+$/.test(token)) return [Number(token), undefined]
  return [token.toLowerCase().charCodeAt(0) - 96, token === token.toLowerCase() ? 'lower' : 'upper']
}

/** The items of the text's lists between `from` and `to`, each list counting on by one from its first item. */
function listsIn(text: string, from: number, to: number): Item[][] {
  const lists: Item[][] = []
  MARKER.lastIndex = 0
  for (const m of text.slice(from, to).matchAll(MARKER)) {
    const lineStart = from + m.index
    const at = lineStart + m[0].indexOf(m[2], m[0].length - m[0].trimStart().length)
    const [value, letter] = valueOf(m[2])
    const newline = text.indexOf('\n', lineStart)
    const item: Item = {lineStart, at, value, letter, close: m[3], open: m[1], words: lineStart + m[0].length, lineEnd: newline < 0 || newline > to ? to : newline}
    const list = lists.at(-1)
    const last = list?.at(-1)
    if (list && last && last.letter === item.letter && last.close === item.close && last.open === item.open && item.value === last.value + 1) list.push(item)
    // (A letter alone opens a list only from "a" or "A": "I. " is a pronoun or a numeral, not an item.)
    else if (item.value === 1 || item.letter === undefined) lists.push([item])
  }
  return lists.filter((l) => l.length >= 2)
}

const covers = (e: Edit, start: number, end: number): boolean => e.start <= start && e.end >= end

/**
 * The edits that keep the shortened lists counting: a number for each kept item after one that went, and the
 * marker of an item whose words went. None where an edit of the plan touches the marker already.
 */
export function renumberLists(text: string, edits: Edit[], from: number, to: number): Edit[] {
  const out: Edit[] = []
  for (const list of listsIn(text, from, to)) {
    let kept = 0
    let changed = false
    const add: Edit[] = []
    for (const item of list) {
      const lineWords = text.slice(item.words, item.lineEnd).trimEnd()
      const wordsEnd = item.words + lineWords.length
      // Gone whole: an edit takes its marker and its first line (a removal, or a guide line in its place).
      if (edits.some((e) => covers(e, item.at, wordsEnd))) {
        changed = true
        continue
      }
      // Its words gone, its marker left: the marker goes too.
      if (edits.some((e) => e.replacement === '' && covers(e, item.words, wordsEnd))) {
        if (!edits.some((e) => e.start < item.words && e.end > item.lineStart)) add.push({start: item.lineStart, end: item.words, replacement: ''})
        changed = true
        continue
      }
      const want = list[0].value + kept
      kept++
      const end = item.at + String(item.letter ? 'x' : item.value).length
      if (want === item.value || edits.some((e) => e.start < end && e.end > item.at)) continue
      add.push({start: item.at, end, replacement: item.letter === undefined ? String(want) : String.fromCharCode((item.letter === 'lower' ? 96 : 64) + want)})
    }
    if (changed) out.push(...add)
  }
  return out
}
