/** Offsets, lines, list-item markers and code points: what every layer that reports a position shares. */

/** Offsets where each line starts; CRLF, CR and LF each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  const re = /\r\n?|\n/g
  while (re.exec(text)) starts.push(re.lastIndex)
  return starts
}

const LINES = new WeakMap<object, number[]>()

/** `lineStarts` of the text of an analysed text, computed once for it however many ask. */
export function linesOf(facts: {text: string}): number[] {
  let starts = LINES.get(facts)
  if (!starts) LINES.set(facts, (starts = lineStarts(facts.text)))
  return starts
}

/** 1-based [line, column] of a 0-based offset (columns in UTF-16 code units). */
export function locate(starts: number[], offset: number): [number, number] {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return [lo + 1, offset - starts[lo] + 1]
}

/** Length in code points (what `[...text].length` counts), without building the array. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/

export function codePoints(text: string): number {
  // Most texts have no surrogate pair at all: the engine's scan says so faster than a loop here.
  if (!HIGH_SURROGATE.test(text)) return text.length
  let n = text.length
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

/** What starts a list item: a bullet, a tick, a check-box emoji or a number ("1." "2)"). */
export const ITEM_MARKER = String.raw`(?:[-*•–✓✔✅☑➤►▪◦]|\d{1,2}[.)])`
