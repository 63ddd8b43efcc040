/**
 * How deep a Markdown draft nests, found in one pass before it is parsed: the parser and the tree
 * walk recurse once per level (3,000 list markers on one line, or 10,000 '*' around a word,
 * overflowed the stack), and the parser's work grows faster than the text with the levels open (a
 * 15 KB nest of 2,500 images took 6 s). No draft nests more than a few levels; past
 * MAX_MARKDOWN_DEPTH it is not read.
 */

export const MAX_MARKDOWN_DEPTH = 100

/** What nests: block quotes and list items; links and images ('[' not yet closed); emphasis ('*', '_'). */
type Nest = 'blocks' | 'brackets' | 'emphasis'

export interface Nesting {
  /** An upper bound of the levels open at once, and what nests so deep. */
  depth: number
  what: Nest
  /** The first line (1-based) that has that depth. */
  line: number
}

/** A list marker: a bullet, or up to nine digits and "." or ")", then white space or the line's end. */
const LIST_MARKER = /^(?:[-*+]|(\d{1,9})[.)])(?=[ \t]|$)/
/** A thematic break ("* * *", "---"): no list and no emphasis however many of its marks there are. */
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/
/** What starts a block on a line that cannot be the lazy continuation of a paragraph. */
const NOT_LAZY = /^(?:#{1,6}(?:[ \t]|$)|`{3,}|~{3,})/

/**
 * Upper bounds, line by line. Blocks: each '>' of a line continues a block quote or opens one, each
 * list marker opens a list item, and the indentation before the first list marker (two columns at
 * least per level, not counting the space a '>' takes) continues at most as many list items as the
 * line before left open; a blank line, or one that may be a paragraph's lazy continuation, keeps
 * them all open. Links and images: the '[' not yet closed by a ']' since the last blank line.
 * Emphasis: half the longest run of '*' or '_' (one level takes one or two marks on each side).
 */
export function nestingBound(text: string): Nesting {
  const deepest: Nesting = {depth: 0, what: 'blocks', line: 1}
  const reach = (depth: number, what: Nest, line: number): void => {
    if (depth > deepest.depth) Object.assign(deepest, {depth, what, line})
  }
  let open = 0
  let brackets = 0
  let blankBefore = true
  let line = 0
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    line++
    let i = start
    let columns = 0
    let quotes = 0
    let lists = 0
    // Whether the first list marker could interrupt a paragraph (a bullet or "1." with text after it).
    let interrupts = false
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 32 || c === 9) {
        // The space after a '>' is the quote's; what follows a list marker is its item's content.
        if (lists === 0 && !(c === 32 && i > start && text.charCodeAt(i - 1) === 62)) columns += c === 9 ? 4 : 1
        i++
      } else if (c === 62) (quotes++, i++)
      else {
        const marker = LIST_MARKER.exec(text.slice(i, Math.min(end, i + 12)))
        if (!marker || (lists === 0 && THEMATIC_BREAK.test(text.slice(i, end).trimEnd()))) break
        if (lists === 0) interrupts = (marker[1] === undefined || marker[1] === '1') && /\S/.test(text.slice(i + marker[0].length, end))
        lists++
        i += marker[0].length
      }
    }
    const content = text.slice(i, end).replace(/\r$/, '')
    const blank = content.trim() === ''
    const lazy = !blank && !blankBefore && !interrupts && !NOT_LAZY.test(content)
    open = Math.max(lazy || blank ? open : 0, quotes + lists + Math.min(open, Math.floor(columns / 2)))
    reach(open, 'blocks', line)
    if (blank) brackets = 0
    else if (!THEMATIC_BREAK.test(content.trim())) {
      for (let k = 0; k < content.length; k++) {
        const c = content.charCodeAt(k)
        if (c === 92) k++ // a backslash escapes what follows
        else if (c === 91) reach(++brackets, 'brackets', line)
        else if (c === 93) brackets = Math.max(0, brackets - 1)
        else if (c === 42 || c === 95) {
          let run = 1
          while (content.charCodeAt(k + 1) === c) (run++, k++)
          reach(Math.ceil(run / 2), 'emphasis', line)
        }
      }
    }
    blankBefore = blank
    start = end + 1
  }
  return deepest
}

/** The one line that says why a draft nested past the bound is not read. */
export function tooDeep(nesting: Nesting): string {
  const what = {blocks: 'block quotes and lists', brackets: 'links and images', emphasis: 'emphasis marks'}[nesting.what]
  return `${what} nested more than ${MAX_MARKDOWN_DEPTH} deep (line ${nesting.line}); not read`
}
