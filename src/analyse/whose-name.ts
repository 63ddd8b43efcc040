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
 *   "{{!-- Call To Action --}}") is the heading's style;
 * - a place's possessive ("India's metros", "Michigan's CRA"), a bare plural acronym ("recommendations
 *   for DERs") and its spelling out in parentheses name a kind, or a place's public thing;
 * - a name in the sender's example or analogy ("such as Notion", "(HireVue, Modern Hire)", "Think
 *   'Etsy meets Coinbase'") stands for a kind or for the sender's picture of their offering;
 * - a name the reader is asked or offered to try ("let me watch you try Kaiwa") is the offering.
 *
 * Each reads the grammar around the name (determiners, the head noun, the question's subject, the
 * line's markup), never the name itself.
 */
import type {Token} from './tagging.js'
import {isPlace} from './places.js'
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
  // (A space token has no place among the words: nothing to classify.)
  if (at < 0) return false
  // (A line broken inside the phrase still joins it: drafts are often wrapped by hand.)
  const joined = (k: number) => tokens[k + 1] !== undefined && !/[.!?,;:()]|\n\s*\n/.test(text.slice(tokens[k].end, tokens[k + 1].start))
  const capital = (t: Token | undefined) => t !== undefined && (t.pos === 'PROPN' || t.pos === 'X') && /^[A-Z]/.test(text.charAt(t.start))
  // (The run spelling out an acronym is read first: the tagger reads its words as common nouns.)
  if (spellsOut(text, tokens, at) || spelledBefore(text, tokens, at)) return true
  if (!capital(tokens[at])) return false
  let end = at
  while (joined(end) && capital(tokens[end + 1])) end++
  // "recommendations for DERs", "other SMBs": the run is itself a plural, an acronym with its -s; and
  // a run in parentheses that spells out such an acronym ("DERs (Designated Engineering
  // Representatives)") is the same kind again.
  if (/^[A-Z]{2,}s$/.test(text.slice(tokens[end].start, tokens[end].end))) return bareBefore(text, tokens, at, joined, capital)
  // "India's metros", "Europe's banks", "Michigan's CRA": a place owns no one's things; what its
  // possessive names is a kind of thing there, or a public body or rule of it ("Northwind's stores"
  // are one company's).
  if (end === at && isPlace(tokens[at].norm) && tokens[at + 1]?.norm === "'s" && joined(at)) return bareBefore(text, tokens, at, joined, capital)
  // The head: the last common noun of the nouns that follow ("African energy data").
  let head = end
  while (joined(head) && tokens[head + 1].pos === 'NOUN') head++
  if (head === end || !plural(tokens[head])) return false
  return bareBefore(text, tokens, at, joined, capital)
}

/** No determiner or possessive stands before the noun phrase the run at `at` opens (adjectives and "other" may). */
function bareBefore(text: string, tokens: Token[], at: number, joined: (k: number) => boolean, capital: (t: Token | undefined) => boolean): boolean {
  let k = at
  while (k > 0 && joined(k - 1) && capital(tokens[k - 1])) k--
  while (k > 0 && joined(k - 1) && (tokens[k - 1].pos === 'ADJ' || tokens[k - 1].norm === 'other')) k--
  const before = k > 0 && joined(k - 1) ? tokens[k - 1] : undefined
  return before === undefined || !(DETERMINERS.has(before.norm) || before.pos === 'DET' || before.pos === 'NUM')
}

/**
 * The capitalised run holding `at` stands in parentheses right after a plural acronym whose letters
 * are its words' initials and that no determiner fixes: "DERs (Designated Engineering
 * Representatives)". It spells out a bare plural kind, so it is one too. ("the FAA (Federal Aviation
 * Administration)" is one body, and stays a name.)
 */
function spellsOut(text: string, tokens: Token[], at: number): boolean {
  if (!/^[A-Z]/.test(text.charAt(tokens[at].start))) return false
  let k = at
  while (k > 0 && /^[A-Z]/.test(text.charAt(tokens[k - 1].start)) && tokens[k - 1].norm !== '(') k--
  if (tokens[k - 1]?.norm !== '(' || tokens[k - 2] === undefined) return false
  let e = at
  while (tokens[e + 1] !== undefined && /^[A-Z]/.test(text.charAt(tokens[e + 1].start))) e++
  if (tokens[e + 1]?.norm !== ')') return false
  const acronym = text.slice(tokens[k - 2].start, tokens[k - 2].end)
  const initials = tokens.slice(k, e + 1).map((t) => text.charAt(t.start)).join('')
  // The acronym itself is a bare plural kind ("DERs"), so its spelling out is one too.
  return /^[A-Z]{2,}s$/.test(acronym) && initials === acronym.slice(0, -1) && !DETERMINERS.has(tokens[k - 3]?.norm ?? '')
}

/**
 * The capitalised run holding `at` is a bare plural spelt out before its acronym: "Designated Engineering
 * Representatives (DERs)", "for Chief Information Security Officers (CISOs)". It names a kind.
 */
function spelledBefore(text: string, tokens: Token[], at: number): boolean {
  if (!/^[A-Z]/.test(text.charAt(tokens[at].start))) return false
  let k = at
  while (k > 0 && /^[A-Z]/.test(text.charAt(tokens[k - 1].start))) k--
  let e = at
  while (tokens[e + 1] !== undefined && /^[A-Z]/.test(text.charAt(tokens[e + 1].start))) e++
  const acronym = tokens[e + 2] !== undefined ? text.slice(tokens[e + 2].start, tokens[e + 2].end) : ''
  if (tokens[e + 1]?.norm !== '(' || tokens[e + 3]?.norm !== ')' || !/^[A-Z]{2,}s$/.test(acronym)) return false
  const initials = tokens.slice(k, e + 1).map((t) => text.charAt(t.start)).join('')
  return initials === acronym.slice(0, -1) && !DETERMINERS.has(tokens[k - 1]?.norm ?? '')
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

/** Words after which a name is one example of a kind: "tools such as Notion", "e.g. HireVue", "including Asana". */
const EXAMPLE_MARKERS = [['such', 'as'], ['e.g.'], ['e.g'], ['eg'], ['for', 'example'], ['for', 'instance'], ['including'], ['incl.']]
/** Imperatives that open an analogy: "Think 'Etsy meets Coinbase'", "Imagine Stripe, but for rent". */
const ANALOGY_OPENERS = new Set(['think', 'imagine', 'picture'])
/** What may stand between names in a run of examples: "HireVue, Modern Hire, or Spark Hire". */
const LIST_JOINS = new Set([',', 'and', 'or', '/', '&', '"', "'", '“', '”'])

const capitalised = (text: string, t: Token | undefined): boolean => t !== undefined && /^[A-Z]/.test(text.charAt(t.start)) && (t.pos === 'PROPN' || t.pos === 'X' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM')

/**
 * The name at `at` (in `sentence`, its sentence's tokens) is the sender's example or analogy, not a
 * thing of the reader's (docs/fresh-errors.md, round 20 SPUR): the name stands for a kind, or for the
 * sender's picture of their own offering, whatever its wording.
 *
 * - one of a run of names after an example marker ("tools such as Notion or Coda", "(e.g. HireVue)",
 *   "platforms like Shopify"): `like` counts after a common noun, the kind it gives examples of
 *   ("tools like", not "looks like" or "I like");
 * - one of a run of names in parentheses right after a common noun, the kind they exemplify ("AI video
 *   interviewing (HireVue, Modern Hire)", "a CRM (HubSpot, Pipedrive)"), unless the noun phrase is
 *   theirs ("your CRM (HubSpot)");
 * - a name in an analogy: a sentence that opens on "Think", "Imagine" or "Picture" and goes straight to
 *   a quotation or a name ("Think 'Etsy meets Coinbase for audio'"), or "X meets Y" between two names.
 */
export function exampleOrAnalogy(text: string, sentence: Token[], name: Token): boolean {
  const tokens = sentence.filter((t) => t.pos !== 'SPACE')
  const at = tokens.indexOf(name)
  if (at < 0) return false
  // Back over the run of names (and their joins) the name is part of.
  let k = at
  while (k > 0 && (capitalised(text, tokens[k - 1]) || LIST_JOINS.has(tokens[k - 1].norm))) k--
  const before = (n: number) => tokens.slice(Math.max(0, k - n), k).map((t) => t.norm)
  if (EXAMPLE_MARKERS.some((m) => before(m.length).join(' ') === m.join(' '))) return true
  const prev = tokens[k - 1]
  if (prev?.norm === 'like' && tokens[k - 2] !== undefined && tokens[k - 2].pos === 'NOUN' && /^[a-z]/.test(text.charAt(tokens[k - 2].start))) return true
  // In parentheses right after a common noun, and only names (and joins) inside them.
  if (prev?.norm === '(' && tokens[k - 2] !== undefined && (tokens[k - 2].pos === 'NOUN' || tokens[k - 2].pos === 'VERB') && /^[a-z]/.test(text.charAt(tokens[k - 2].start))) {
    let e = at
    while (e + 1 < tokens.length && (capitalised(text, tokens[e + 1]) || LIST_JOINS.has(tokens[e + 1].norm))) e++
    if (tokens[e + 1]?.norm === ')' && !nounPhraseTheirs(tokens, k - 2)) return true
  }
  // "Think 'Etsy meets Coinbase ...'": an analogy opens the sentence.
  let first = 0
  while (first < tokens.length && tokens[first].pos === 'PUNCT') first++
  if (ANALOGY_OPENERS.has(tokens[first]?.norm ?? '') && (tokens[first + 1]?.pos === 'PUNCT' || capitalised(text, tokens[first + 1]))) return true
  // "Etsy meets Coinbase": two names set side by side.
  let end = at
  while (end + 1 < tokens.length && capitalised(text, tokens[end + 1])) end++
  const after = tokens[end + 1]
  if ((after?.norm === 'meets' && capitalised(text, tokens[end + 2])) || (prev?.norm === 'meets' && capitalised(text, tokens[k - 2]))) return true
  return false
}

/** The noun phrase ending at token `head` opens on a possessive of the reader's ("your CRM", "their intake form"). */
function nounPhraseTheirs(tokens: Token[], head: number): boolean {
  let k = head
  while (k > 0 && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'ADJ' || tokens[k - 1].pos === 'PROPN')) k--
  const det = tokens[k - 1]?.norm
  return det === 'your' || det === 'their' || det === 'his' || det === 'her' || det === "'s"
}

/** Verbs of taking a thing up: what they take, after "you" or "to" in an ask, is the sender's offering put in the reader's hands. */
const TRYING = new Set(['try', 'test', 'demo', 'trial', 'pilot', 'use', 'join', 'download', 'install', 'explore'])

/**
 * In an ask or a question (the caller checks), the name is what the reader is asked or offered to
 * take up ("let me watch you try Kaiwa", "Want to test Ledgerly?", "happy to let you join Tally",
 * "Try Foo free for a week"): the sender's offering put in the reader's hands, nothing seen of theirs.
 * Not where the sender tried it ("I tried Kiln last week": what they saw of the reader's product) or
 * it is theirs ("try your Kiln workspace").
 */
export function offeredToTry(sentence: Token[], name: Token): boolean {
  const tokens = sentence.filter((t) => t.pos !== 'SPACE')
  const at = tokens.indexOf(name)
  const verb = tokens[at - 1]
  if (verb === undefined || !TRYING.has(verb.norm)) return false
  const by = tokens[at - 2]
  // "you try", "to try", a sentence that opens on "Try", or "try" after "and" in an ask ("... and try Foo").
  return by === undefined || by.pos === 'PUNCT' || by.norm === 'you' || by.norm === 'to' || by.norm === 'and' || by.norm === 'please'
}

/**
 * A greeting to a team by its name ("Hi Anchor team", "Dear Barcelona Declaration team", "To the Rabby
 * maintainers"): the name the draft addresses the reader by, in its first line. Its words, or none.
 */
const TEAM_GREETING = /^[^\S\n]*(?:hi|hey|hello|dear|to)[^\S\n]+(?:the[^\S\n]+)?((?:[A-Z0-9][\w.&+-]*[^\S\n]+){1,4}?)(?:team|maintainers|folks|developers|devs|crew|community|editors|secretariat)\b/i

/** Where the greeting names the team addressed, and that name's words, in the draft's first line. */
export function addresseeTeam(text: string): {end: number; words: string[]} | undefined {
  const line = text.slice(0, Math.min(text.length, 200)).split('\n').find((l) => l.trim() !== '') ?? ''
  const m = TEAM_GREETING.exec(line)
  if (m === null || !/^[A-Z0-9]/.test(m[1])) return undefined
  return {end: text.indexOf(line) + m.index + m[0].length, words: m[1].trim().split(/\s+/)}
}

/**
 * The things the body names by the team the greeting addresses, the reader's own (docs/fresh-errors.md,
 * round 23 ROLE): "Rabby's send screen", "Anchor IDL v0", "the Barcelona Declaration", "Replicate
 * models". Whoever's sentence it stands in, the addressee's name with a thing of theirs after it (a
 * possessive, a common noun or another name) or as one thing ("the ...") says something of the reader.
 * Returns the spans of the name in each.
 */
export function addresseesThings(text: string, tokens: Token[], from: number, to: number): Array<{start: number; end: number}> {
  const team = addresseeTeam(text)
  if (team === undefined) return []
  const spans: Array<{start: number; end: number}> = []
  const n = team.words.length
  for (let i = 0; i + n <= tokens.length; i++) {
    const first = tokens[i]
    if (first.start < Math.max(from, team.end) || first.end > to || first.field >= 0) continue
    let k = 0
    while (k < n && text.slice(tokens[i + k].start, tokens[i + k].end) === team.words[k]) k++
    if (k < n) continue
    const next = tokens[i + n]
    const joined = next !== undefined && !/[\n,;:.!?()]/.test(text.slice(tokens[i + n - 1].end, next.start))
    const owned = joined && next.norm === "'s" && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + n + 1]?.pos ?? '')
    // (A thing named by it: another name, or a plural or compound noun: "Anchor IDL", "Lumen dashboards",
    // "Helicone API key". Not the name as an object before its verb: "help Lumen grow".)
    const thing = joined && next.field < 0 && (next.pos === 'PROPN' || (next.pos === 'NOUN' && (next.lemma !== next.norm || tokens[i + n + 1]?.pos === 'NOUN' || tokens[i - 1]?.pos !== 'VERB')))
    const one = tokens[i - 1]?.norm === 'the'
    if (owned || thing || one) spans.push({start: first.start, end: tokens[i + n - 1].end})
    i += n - 1
  }
  return spans
}
