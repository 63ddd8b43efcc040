/**
 * Whose a name is, read from where it stands (docs/fresh-errors.md, class SPUR): a capitalised word
 * counts as a detail of the reader's only where the sentence says it of them. These readings find
 * names that stand where nothing is said of anyone in particular:
 *
 * - a name that classifies a bare plural or mass noun ("other London unis", "African data",
 *   "verified React projects") names a kind of thing, not one thing of theirs;
 * - a name in a yes/no question whether the reader uses it ("Do you use WhatsApp for ...?") is
 *   what the sender does not know, a tool anyone may use;
 * - a word of the language capitalised on a heading line ("### Optional Challenges",
 *   "{{!-- Call To Action --}}") is the heading's style.
 *
 * Each reads the grammar around the name (determiners, the head noun, the question's subject, the
 * line's markup), never the name itself.
 */
import type {Token} from './tagging.js'
import {isWord} from './words.js'

/** Words that fix a noun phrase to one thing, or to someone's: then a name in it may be theirs. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'your', 'their', 'our', 'my', 'his', 'her', 'its', "'s", 'each', 'every', 'one'])

/** A noun read as plural or mass: its lemma differs from it ("data" -> "datum", "projects"), or it ends in a plural -s. */
const plural = (t: Token): boolean => t.pos === 'NOUN' && (t.lemma !== t.norm || /[^s]s$/.test(t.norm))

/**
 * The capitalised run holding token `at` modifies a plural or mass common noun, and no determiner
 * or possessive stands before the noun phrase (adjectives and "other" may): "other London unis",
 * "or African data", "verified React projects", "for Indian SMBs". A bare plural speaks of a kind;
 * "the Leeds depot", "your Solana program" and "Northwind's stores" are one thing, or theirs.
 */
export function classifiesKind(text: string, tagged: Token[], at: number): boolean {
  if (at < 0) return false
  const tokens = tagged.filter((t) => t.pos !== 'SPACE')
  at = tokens.indexOf(tagged[at])
  // (A line broken inside the phrase still joins it: drafts are often wrapped by hand.)
  const joined = (k: number) => tokens[k + 1] !== undefined && !/[.!?,;:()]|\n\s*\n/.test(text.slice(tokens[k].end, tokens[k + 1].start))
  const capital = (t: Token | undefined) => t !== undefined && (t.pos === 'PROPN' || t.pos === 'X') && /^[A-Z]/.test(text.charAt(t.start))
  if (!capital(tokens[at])) return false
  let end = at
  while (joined(end) && capital(tokens[end + 1])) end++
  // The head: the last common noun of the nouns that follow ("African energy data").
  let head = end
  while (joined(head) && tokens[head + 1].pos === 'NOUN') head++
  if (head === end || !plural(tokens[head])) return false
  let k = at
  while (k > 0 && joined(k - 1) && capital(tokens[k - 1])) k--
  while (k > 0 && joined(k - 1) && (tokens[k - 1].pos === 'ADJ' || tokens[k - 1].norm === 'other')) k--
  const before = k > 0 && joined(k - 1) ? tokens[k - 1] : undefined
  return before === undefined || !(DETERMINERS.has(before.norm) || before.pos === 'DET' || before.pos === 'NUM')
}

/** Auxiliaries that open a yes/no question to "you": "Do you use ...", "Are you using ...". */
const QUESTION_AUX = new Set(['do', 'are'])
/** Words that say the sender knows the answer already ("Are you still on Xero?"). */
const KNOWING = new Set(['still', 'already', 'again', 'also'])

/**
 * The name stands in a yes/no question put to the reader about what they do ("Do you use WhatsApp
 * for customer queries?", "are you using OpenClaw (or thinking about it)?"): the sender asks because
 * they do not know, so the name is a tool anyone may use, nothing seen of theirs. Not where the
 * question presupposes it ("Are you still running Sage?"), names one thing ("Do you run the Leeds
 * depot?"), looks back ("Did you get my note about the Brampton site?") or has a third party as its
 * subject ("Is the Leeds depot still scanning by hand?").
 */
export function askedWhetherTheyUse(sentence: Token[], name: Token): boolean {
  const last = sentence[sentence.length - 1]
  if (last === undefined || last.norm !== '?') return false
  // After a label ("Quick question: do you ..."), the question starts after its colon.
  let i = sentence.findIndex((t) => t.norm === ':')
  i = i >= 0 && i < 5 ? i + 1 : 0
  if (!QUESTION_AUX.has(sentence[i]?.norm ?? '') || sentence[i + 1]?.norm !== 'you' || sentence[i + 2]?.pos !== 'VERB') return false
  if (sentence.some((t) => KNOWING.has(t.norm))) return false
  // The name comes after the verb, as what the question asks about, and bare: "the Brampton site"
  // or "your Leeds depot" is one thing the sender knows of.
  const at = sentence.indexOf(name)
  return at > i + 2 && !DETERMINERS.has(sentence[at - 1].norm)
}

/** A heading line: a Markdown heading, a line all in bold, or a template comment ("{{!-- ... --}}", "<!-- ... -->"). */
const HEADING_LINE = /^\s*(?:#{1,6}\s+\S.*|(?:\*\*|__)[^*_\n]+(?:\*\*|__):?|\{\{!.*\}\}|<!--.*-->)\s*$/

/**
 * The word at `start` is a word of the language capitalised on a heading line ("### Part 3: Optional
 * Challenges", "{{!-- Call To Action --}}"): capitals there are the heading's style. A name that
 * is no word of the language ("**Your second line at Fenwick Dairy**" names Fenwick) stays one.
 */
export function headingStyle(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  let lineEnd = text.indexOf('\n', end)
  if (lineEnd < 0) lineEnd = text.length
  return HEADING_LINE.test(text.slice(lineStart, lineEnd)) && isWord(text.slice(start, end).toLowerCase())
}
