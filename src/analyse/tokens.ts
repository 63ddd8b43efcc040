/**
 * The tokens the part-of-speech tagger reads, found in one left-to-right scan of the text. It cuts
 * where the grammar expects: a line break (with the blank space around it) is a token, a pronoun and
 * its auxiliary are two ("we" + "'re", "do" + "n't"), a possessive "'s" is its own token, words joined
 * by a hyphen are cut at it (so grammar.ts can read "a 200-person team" as a compound) unless the
 * first part is a prefix ("mid-market", "re-scan", "e-meet"), and a URL, an e-mail address, a number
 * with its decimals or range ("2,000", "4.8/5", "20-30") and an abbreviation ("e.g.", "P.S.") are one.
 */

/** Offsets of one token in the text. */
export interface Span {
  start: number
  end: number
}

/** What a hyphen does not cut: a prefix that makes one word with what follows. */
const PREFIXES = new Set(['mid', 'pre', 're', 'co', 'multi', 'non', 'cross', 'over', 'post', 'counter', 'anti', 'semi', 'sub', 'inter', 'under', 'e', 'x'])

const SCAN = new RegExp(
  [
    // A line break and the blank space that follows it.
    String.raw`\r?\n\s*`,
    // A URL or an e-mail address, to the next space.
    String.raw`(?:https?:\/\/|www\.)\S+`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    // Abbreviations whose stop is part of the word.
    String.raw`(?:[Pp]\.[Ss]\.|e\.g\.|i\.e\.|etc\.|vs\.|[DM]r\.|Mrs\.|Ms\.|St\.|Sept\.|[Cc]o\.)`,
    // A number with its thousands, decimals and a range or ratio ("2,000", "4.8/5", "1-800-555-0199").
    String.raw`[+]?\d+(?:[.,]\d+)*(?:[-\u2010\u2011\/]\d+(?:[.,]\d+)*)*(?![\d.,]|[-\u2010\u2011]?\p{L})`,
    // A multiplier or a unit of one letter is a word of its own ("3x", "10K", "24h"); "2pm", "5th" stay whole.
    String.raw`\d+(?=[xXkKmMbBhG](?![\p{L}\d]))`,
    // A word, with any apostrophe inside it and hyphenated parts (cut below unless a prefix): the
    // pattern's one capturing group (a numbered group: a named one costs an object per match).
    String.raw`([\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[-\u2010\u2011][\p{L}\p{N}]+(?:['’][\p{L}]+)*)*)`,
    // Emoticons, dashes and ellipses typed as several characters.
    String.raw`[:;][)(DPpo*](?![\p{L}\p{N}])`,
    String.raw`--(?!-)|\.{2,}`,
    // Anything else is a token of one character (an emoji is one, however many code units).
    String.raw`\S`
  ].join('|'),
  'guy'
)

/**
 * A hyphen as typed: "-", or the Unicode hyphen (U+2010) and non-breaking hyphen (U+2011) that some
 * editors put in "15‑min" or "night‑shift"; all three join and cut words alike.
 */
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011
}

const HAS_HYPHEN = /[-\u2010\u2011]/

const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|m|ve|d|ll))$/i

/** The word tokens of one scanned word: cut at its hyphens (after a prefix, not) and before a clitic. */
function pushWord(text: string, start: number, end: number, out: Span[]): void {
  let from = start
  for (let i = start; i <= end; i++) {
    if (i < end && !isHyphen(text.charCodeAt(i))) continue
    // A hyphen: keep the word whole after a prefix or a single letter, or before a digit ("GPT-4").
    if (i < end) {
      const part = text.slice(from, i).toLowerCase()
      const joined = from === start && (PREFIXES.has(part) || /^\p{L}$/u.test(part) || /\d/.test(text[i + 1] ?? ''))
      if (joined) continue
    }
    pushClitic(text, from, i, out)
    if (i < end) out.push({start: i, end: i + 1})
    from = i + 1
  }
}

function pushClitic(text: string, start: number, end: number, out: Span[]): void {
  const word = text.slice(start, end)
  const m = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC.exec(word) : null
  // "here's" stays one word; so does a word in capitals ("DIDN'T").
  if (m === null || /^here['’]s$/i.test(word) || word === word.toUpperCase()) {
    out.push({start, end})
    return
  }
  const cut = start + m[1].length
  out.push({start, end: cut}, {start: cut, end})
}

/** What may follow a plain word for the scan's answer to be that word (see `tokenize`): 1 at those character codes. */
const WORD_STOPS = new Uint8Array(256)
for (const c of [' ', '\t', '\n', '\r', '\u00a0', ',', ';', '?', '!', ')', '"']) WORD_STOPS[c.charCodeAt(0)] = 1

function stopsWord(c: number): boolean {
  return c < 256 && WORD_STOPS[c] === 1
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

/** Every token of `text`, in order; spaces and tabs are between tokens, line breaks are tokens. */
export function tokenize(text: string): Span[] {
  const out: Span[] = []
  SCAN.lastIndex = 0
  let at = 0
  while (at < text.length) {
    const c = text.charCodeAt(at)
    if (c === 32 || c === 9 || c === 160 || c === 13) {
      at++
      continue
    }
    // A run of ASCII letters with a space, a line break or one of , ; ? ! ) " after it (or the end) is
    // a word, as the scan would find: each alternative before the word's needs a ":", ".", "@", a
    // digit or a mark where the run stops, and the word's own stops there too.
    let stop = at
    while (stop < text.length && isAsciiLetter(text.charCodeAt(stop))) stop++
    if (stop > at && (stop === text.length || stopsWord(text.charCodeAt(stop)))) {
      out.push({start: at, end: stop})
      at = stop
      continue
    }
    SCAN.lastIndex = at
    const m = SCAN.exec(text)
    if (m === null) {
      at++
      continue
    }
    const end = at + m[0].length
    const first = m[0].charCodeAt(0)
    if (first === 10) {
      // The line break token ends at the last line break of the run: spaces after it indent the next line.
      out.push({start: at, end: at + m[0].lastIndexOf('\n') + 1})
    } else if (m[1] !== undefined) {
      if (HAS_HYPHEN.test(m[0])) pushWord(text, at, end, out)
      else pushClitic(text, at, end, out)
    }
    else out.push({start: at, end})
    at = end
  }
  return out
}
