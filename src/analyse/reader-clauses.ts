/**
 * Whose words a "you" is in. A sentence can name the reader ("you", "your team", a merge field of
 * theirs) and still say nothing of their world: the sender's offer or terms ("You send the videos, I
 * return the clips"), plan ("For your repo, I would focus on ..."), instruction ("Ask a question or
 * share feedback"), condition ("If it isn't on your roadmap, feel free to ignore"), purpose ("so you
 * can decide if it's useful"), the offering doing something to them ("it shows you what failed") or
 * thanks ("I appreciate your support"). Each reader word is read in its clause, by the clause's
 * subject, its verb and its kind; a sentence whose every reader word is in such a clause is the
 * sender's, and the relevance signals found in it say nothing seen of the reader.
 */
import type {Token} from './grammar.js'
import {indexAt, type TextFacts} from './facts.js'
import {ROLE_SIGNALS, SEEN_OF_READER, type Signals} from './signals.js'

/** Words that address the reader, by their normalised spelling (the tagger keeps "you" apart from "'re"). */
const READER = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', "you're", "you've", "you'd", "you'll", 'youre', "y'all"])
const SENDER = new Set(['i', 'we', 'my', 'our', "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll"])
const MODAL = new Set(['would', 'will', 'could', 'can', 'might', 'may', 'shall', "'d", "'ll", 'wo', 'ca'])
/** Clause marks of a condition: the reader in it is supposed, not seen. */
const CONDITION = new Set(['if', 'unless', 'whether'])
/** Words a clause may open with before its subject. */
const LEAD = new Set(['and', 'but', 'or', 'so', 'also', 'just', 'then', 'now', 'please', 'kindly', 'simply', 'still', 'plus', 'happy', 'feel'])
const BULLETS = new Set(['-', '*', '•', '–', '—', '→', '✓', '✔', '✅'])
/** Clause breaks: punctuation that closes a clause, a line break's list marks. */
const BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '!', '?', '.'])
/**
 * Verbs whose object "you" is someone seen, met or thanked, not served ("I saw you speak", "met you at
 * the fair", "congratulate you"): a clause with them can be about the reader.
 */
const SEEING = new Set(['see', 'saw', 'notice', 'meet', 'hear', 'watch', 'catch', 'congratulate', 'thank', 'follow', 'find', 'spot', 'read', 'know', 'remember'])
/** What the reader gives the sender's request, thanked for: no work of theirs (stock phrases). */
const GIVEN_TO_SENDER = new Set(['support', 'consideration', 'time', 'help', 'patience', 'attention', 'understanding', 'assistance', 'cooperation', 'kindness', 'generosity', 'trust'])
const THANKING = new Set(['appreciate', 'thank', 'value'])
/** Words of the sender's judgement that a thing suits them: "interesting for your audience". */
const FIT = new Set(['interesting', 'useful', 'relevant', 'helpful', 'valuable', 'worthwhile', 'handy', 'timely', 'fit', 'suited', 'well-suited'])
/** Words of a free relative: what follows is whatever the reader has or does, nothing known of theirs. */
const ANY_OF_THEIRS = new Set(['whatever', 'whichever', 'whoever', 'wherever', 'whenever', 'anything', 'everything', 'anyone'])
/** Verbs of a request or an offer made by the sender in the present ("we kindly ask you to use ..."). */
const REQUESTING = new Set(['ask', 'request', 'invite', 'offer', 'propose', 'suggest', 'recommend', 'encourage', 'urge'])
/** Verbs of looking at the reader's world: a sender's clause with them can tell what was seen. */
const PERCEIVING = new Set(['notice', 'see', 'read', 'spot', 'hear', 'watch', 'learn', 'find', 'come', 'follow', 'stumble', 'catch', 'love', 'like', 'enjoy', 'admire', 'look', 'visit'])

interface Clause {
  from: number
  to: number
  /** The subordinating word it opens with ("if", "so"), or ''. */
  mark: string
  subject: 'sender' | 'reader' | 'other' | 'none'
  /** The index of its main verb, or -1. */
  verb: number
  modal: boolean
  imperative: boolean
  /** Its verb comes right after "can" or "could" (not negated): what is possible, not what is. */
  can?: boolean
}

const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX')

/** Split tokens [from, to) into clauses at punctuation, subordinating words and "and" before a pronoun. */
function clausesOf(tokens: Token[], from: number, to: number): Clause[] {
  const out: Clause[] = []
  let start = from
  const close = (end: number) => {
    if (end > start) out.push(readClause(tokens, start, end))
    start = end
  }
  for (let i = from; i < to; i++) {
    const t = tokens[i]
    // (A dash between numbers is a range: "15–20 minutes".)
    const range = (t.norm === '–' || t.norm === '-') && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM'
    if ((BREAK.has(t.norm) || t.norm === '\n') && !range) {
      close(i)
      start = i + 1
    } else if (i > start && (t.pos === 'SCONJ' || (t.norm === 'so' && READER.has(tokens[i + 1]?.norm ?? '')))) close(i)
    else if (i > start && t.pos === 'CCONJ' && tokens[i + 1]?.pos === 'PRON' && isVerb(tokens[i + 2])) close(i)
  }
  close(to)
  return out.filter((c) => c.to > c.from)
}

function readClause(tokens: Token[], from: number, to: number): Clause {
  let i = from
  let mark = ''
  while (i < to && (tokens[i].pos === 'PUNCT' || tokens[i].pos === 'SYM' || tokens[i].pos === 'X')) i++
  if (i < to && (tokens[i].pos === 'SCONJ' || tokens[i].norm === 'so')) mark = tokens[i++].norm
  if (mark === 'so' && tokens[i]?.norm === 'that') i++
  while (i < to && (LEAD.has(tokens[i].norm) || tokens[i].pos === 'ADV' || tokens[i].pos === 'INTJ') && !READER.has(tokens[i].norm)) {
    // "feel free to ...", "happy to ...": an imperative or the writer's readiness, read below.
    if ((tokens[i].norm === 'feel' || tokens[i].norm === 'happy') && tokens[i + 1] !== undefined) break
    i++
  }
  const first = tokens[i]
  let subject: Clause['subject'] = 'none'
  let modal = false
  let imperative = false
  let k = i
  if (first === undefined) return {from, to, mark, subject, verb: -1, modal, imperative}
  // "Can I run one of your episodes?", "Are you open to ...", "Have you ever ...": the auxiliary before its subject.
  if (first.pos === 'AUX' && i + 1 < to && tokens[i + 1].pos === 'PRON') {
    modal = MODAL.has(first.norm)
    k = i + 1
  }
  const head = tokens[k]
  if (SENDER.has(head.norm)) subject = 'sender'
  else if (READER.has(head.norm)) subject = 'reader'
  // (Not a list item's verb: "What's in it for you:\n- Feature your reviews beside our deals" is the sender's offering, not an instruction.)
  else if (k === i && head.pos === 'VERB' && head.norm === head.lemma && tokens[k + 1]?.pos !== 'AUX' && !BULLETS.has(tokens[from].norm)) imperative = true
  else if (head.norm === 'happy' && tokens[k + 1]?.norm === 'to') subject = 'sender'
  // "Saw your post", "Loved the talk": the writer left out before a verb that is not an instruction.
  else if (k === i && head.pos === 'VERB') return {from, to, mark, subject, verb: k, modal, imperative}
  else subject = 'other'
  let verb = -1
  for (let j = imperative ? k : k + 1; j < to; j++) {
    const t = tokens[j]
    if (t.pos === 'AUX' && MODAL.has(t.norm)) {
      // "I could have taken your listings off your site": what might have been, said of what is there.
      if (tokens[j + 1]?.norm === 'have' || tokens[j + 1]?.norm === "'ve") break
      modal = true
    } else if (t.pos === 'VERB' || (t.pos === 'AUX' && !isVerb(tokens[j + 1]))) {
      verb = j
      break
    }
  }
  if (imperative) verb = k
  // "I return: ...": a word right after the pronoun, before its object, is its verb, whatever the model made of it.
  if (verb < 0 && head.pos === 'PRON' && subject !== 'other' && tokens[k + 1]?.pos === 'NOUN' && k + 1 < to) verb = k + 1
  const can = modal && (tokens[verb - 1]?.norm === 'can' || tokens[verb - 1]?.norm === 'could')
  return {from, to, mark, subject, verb, modal, imperative, can}
}

/** Whether the reader word at `i` in clause `c` of `clauses` (`main` the sentence's main clause) is in the sender's words. */
function sendersWord(tokens: Token[], clauses: Clause[], c: number, i: number, between: boolean): boolean {
  const clause = clauses[c]
  const t = tokens[i]
  const verb = clause.verb >= 0 ? tokens[clause.verb] : undefined
  // A condition: the reader supposed; it is the sender's when what it conditions is theirs (an offer,
  // a leave to ignore, a wish) or nothing follows ("If you're ever frustrated by: ...").
  if (CONDITION.has(clause.mark) && !asked(tokens, clause)) {
    const main = clauses.slice(c + 1).find((d) => d.mark === '' && d.verb >= 0) ?? clauses.slice(0, c).reverse().find((d) => d.mark === '' && d.verb >= 0)
    return main === undefined ? clauses.slice(0, c).every((d) => everyLead(tokens, d)) : sendersClause(tokens, main)
  }
  // A purpose or a benefit: "so you can decide", "so you never miss a customer".
  if (clause.mark === 'so' && clause.subject === 'reader' && (clause.modal || tokens[clause.from + 1]?.norm === 'never' || tokens[clause.from + 2]?.norm === 'never')) return true
  // The reader as the object of a verb that serves them ("saves you hours", "shows you what failed", "help you").
  // (Not the subject of what follows: "They believe you would make a fine curator".)
  if (t.norm === 'you' && i > clause.from && tokens[i - 1].pos === 'VERB' && !SEEING.has(tokens[i - 1].lemma) && clause.subject !== 'reader' && !isVerb(tokens[i + 1])) return true
  if (t.norm === 'you' && i > clause.from + 1 && tokens[i - 1].norm === 'for' && clause.subject !== 'reader') return true
  // The sender's judgement of fit, with the reader as whom it fits: "Might be interesting for your
  // audience", "could be useful to your team". (Not a thing of theirs named after it: "might be handy
  // for your next carrier review" names their work.)
  if (i > clause.from + 1 && (tokens[i - 1].norm === 'for' || tokens[i - 1].norm === 'to') && clause.subject !== 'reader' && tokens.slice(clause.from, i - 1).some((u) => FIT.has(u.norm)) && whom(tokens, i + 1, clause.to)) return true
  // Whatever it is: "whatever you need", "whichever your students use", "Anything you flag gets fixed".
  if (i > 0 && ANY_OF_THEIRS.has(tokens[i - 1].norm)) return true
  // Thanks for what they give the request: "I appreciate your support".
  if ((clause.subject === 'sender' || clause.subject === 'none') && verb !== undefined && THANKING.has(verb.lemma) && GIVEN_TO_SENDER.has(tokens[i + 1]?.lemma ?? '')) return true
  // A clause that is the sender's own: an instruction, the sender's plan or offer.
  if (sendersClause(tokens, clause)) return true
  // What the reader or a thing of theirs could do with the offering: "Your agent can join with one command".
  if (clause.subject === 'reader' && clause.mark === '' && clause.can === true) return true
  // Terms of an exchange: "You send source videos, I return: ..." (the reader's part beside the
  // sender's, in the sentence or in the sentences on both sides: "We fund it. You provide the cohort. We co-author.").
  if (clause.subject === 'reader' && clause.mark === '' && !clause.modal && verb !== undefined && verb.lemma === verb.norm) {
    return between || clauses.some((d, j) => j !== c && sendersPart(tokens, d))
  }
  return false
}

/**
 * Tokens from `from` are a bare noun or two ("audience", "dev team") up to the clause's end or a reason
 * after it ("since ...", which the tagger may read as a preposition): whom a thing suits, nothing of theirs told.
 */
function whom(tokens: Token[], from: number, to: number): boolean {
  let k = from
  while (k < to && k < from + 2 && tokens[k].pos === 'NOUN') k++
  return k > from && (k === to || REASON_AFTER.has(tokens[k].norm) || tokens[k].pos === 'PUNCT')
}
const REASON_AFTER = new Set(['since', 'because', 'as', 'given', 'while', 'and'])

/** The sender's part of terms: the sender doing something, in the present ("we fund the study", "I return ..."). */
function sendersPart(tokens: Token[], d: Clause): boolean {
  return d.subject === 'sender' && d.mark === '' && !d.modal && d.verb >= 0 && !PERCEIVING.has(tokens[d.verb].lemma) && tokens[d.verb].norm === tokens[d.verb].lemma
}

/** Whether the first clause with a verb of tokens [from, to) is the sender's part of terms. */
export function opensWithSendersPart(tokens: Token[], from: number, to: number): boolean {
  const first = clausesOf(tokens, from, to).find((d) => d.verb >= 0)
  return first !== undefined && sendersPart(tokens, first)
}

/** A clause of lead words only ("But", "And so"): nothing said before what follows. */
function everyLead(tokens: Token[], clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i++) if (!(LEAD.has(tokens[i].norm) || tokens[i].pos === 'CCONJ' || tokens[i].pos === 'PUNCT' || tokens[i].pos === 'INTJ')) return false
  return true
}

/**
 * "Curious whether {{company}} gates deploys", "I wonder if your team ...": an "if" or "whether" that
 * opens what is asked or wondered, not a condition.
 */
function asked(tokens: Token[], clause: Clause): boolean {
  const before = tokens[clause.from - 1]
  return before !== undefined && EMBEDDING.has(before.lemma)
}
const EMBEDDING = new Set(['curious', 'wonder', 'know', 'see', 'check', 'ask', 'sure', 'unsure', 'tell', 'find', 'out', 'confirm', 'clear', 'interested', 'learn', 'hear', 'understand', 'question'])

/** An instruction to the reader, or the sender's plan, offer or request: nothing of the reader's world. */
function sendersClause(tokens: Token[], clause: Clause): boolean {
  const verb = clause.verb >= 0 ? tokens[clause.verb] : undefined
  if (clause.imperative) return verb !== undefined && !PERCEIVING.has(verb.lemma) && !SEEING.has(verb.lemma)
  if (clause.subject !== 'sender' || verb === undefined) return false
  // ("We'd love to help", "we'd love the opportunity", "I'd like to show you": a wish, not what was seen.)
  const wish = tokens[clause.verb + 1]?.norm === 'to' || clause.modal
  if (!wish && (PERCEIVING.has(verb.lemma) || SEEING.has(verb.lemma))) return false
  return clause.modal || REQUESTING.has(verb.lemma) || tokens[clause.from]?.norm === 'happy'
}

/**
 * Whether tokens [from, to) (one sentence) name the reader only in the sender's words: some word
 * addresses them, and every such word is in an offer, a term, a plan, an instruction, a condition, a
 * purpose or thanks of the sender's. A sentence with no reader word is not read here, nor is a merge
 * field of theirs read as one ("the [Job Title] role I've applied for" names their opening inside the
 * sender's wish).
 */
export function readerOnlyInSendersWords(tokens: Token[], from: number, to: number, between = false): boolean {
  const clauses = clausesOf(tokens, from, to)
  // A reader word inside brackets or braces is an instruction to the writer ("{{One line about their
  // situation — show you did research}}"): what is to be written, which this reading does not judge.
  let depth = 0
  const slotted = new Set<number>()
  for (let i = from; i < to; i++) {
    const n = tokens[i].norm
    if (n.startsWith('[') || n.startsWith('{')) depth++
    else if (n.startsWith(']') || n.startsWith('}')) depth = Math.max(0, depth - 1)
    else if (depth > 0) slotted.add(i)
  }
  let any = false
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]
    for (let i = clause.from; i < clause.to; i++) {
      if (!READER.has(tokens[i].norm)) continue
      if (slotted.has(i)) return false
      any = true
      // What the reader did, said as done ("how you moved from audit into logistics", "what you've
      // built"): something known of them, whoever's clause it sits under.
      if (didAsDone(tokens, i, clause.to)) return false
      // A clause with no verb ("For your repo, ...") is read with the clause it leads into.
      const led = clause.verb < 0 && clause.mark === '' && c + 1 < clauses.length && tokens[clause.from].pos === 'ADP'
      if (!(led ? sendersClause(tokens, clauses[c + 1]) : sendersWord(tokens, clauses, c, i, between))) return false
    }
  }
  return any
}

/** "you moved", "you've built", "you had shipped": the reader as the subject of a verb in a past form. */
function didAsDone(tokens: Token[], i: number, to: number): boolean {
  if (tokens[i].norm !== 'you') return false
  let j = i + 1
  while (j < to && j <= i + 2 && tokens[j].pos === 'AUX' && /^(?:'ve|have|had|'d)$/.test(tokens[j].norm)) j++
  const verb = tokens[j]
  if (j >= to || verb === undefined || verb.pos !== 'VERB') return false
  return verb.norm !== verb.lemma && !/(?:ing|s)$/.test(verb.norm)
}

/** What is read of the roles: their sentences (roles.ts `Roles`, whose module reads this one). */
interface SentencesAndFields {
  sentences: ReadonlyArray<{start: number; end: number}>
}


/**
 * Cut the hits of the signals SEEN_OF_READER names (what is seen of the reader or their work) that sit in a sentence naming the reader only in the sender's words
 * (`readerOnlyInSendersWords`) and whose own words name the reader.
 */
export function cutSendersYou(facts: TextFacts, roles: SentencesAndFields, signals: Signals, tokens: Token[]): void {
  // The tokens inside [start, end): the first at or after start, by a binary search (a long paste has
  // thousands of tokens, and this is asked once per hit and per sentence), up to the last ending by end.
  const within = (start: number, end: number): [number, number] => {
    let lo = 0
    let hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tokens[mid].start < start) lo = mid + 1
      else hi = mid
    }
    let to = lo
    while (to < tokens.length && tokens[to].end <= end) to++
    return [lo, to]
  }
  const namesReader = (h: {start: number; end: number}): boolean => {
    const [from, to] = within(h.start, h.end)
    for (let i = from; i < to; i++) if (READER.has(tokens[i].norm)) return true
    return false
  }
  const range = (k: number): [number, number] => within(roles.sentences[k].start, roles.sentences[k].end)
  const read = new Map<number, boolean>()
  const senders = (k: number): boolean => {
    let known = read.get(k)
    if (known === undefined) {
      const [from, to] = range(k)
      const part = (j: number) => j >= 0 && j < roles.sentences.length && opensWithSendersPart(tokens, ...range(j))
      known = to > from && readerOnlyInSendersWords(tokens, from, to, part(k - 1) && part(k + 1))
      read.set(k, known)
    }
    return known
  }
  for (const name of SEEN_OF_READER) {
    const hits = signals.get(name)
    if (hits === undefined) continue
    const kept = hits.filter((h) => {
      const k = indexAt(roles.sentences, h.start)
      // (A guide line's words are what to write, not what is said; a phrase found through other
      // words than the reader's, "the role I've applied for", is not read here.)
      if (k < 0 || indexAt(facts.guides, h.start) >= 0 || !namesReader(h)) return true
      return !senders(k)
    })
    if (kept.length === 0) signals.delete(name)
    else if (kept.length < hits.length) signals.set(name, kept)
  }
  cutListsWords(facts, signals, tokens, within)
}

/** Verbs of coming upon someone: "I came across [Company]", "found your profile", "stumbled on your site". */
const CAME_UPON = new Set(['come', 'find', 'stumble', 'discover', 'run', 'bump'])
/** The sender's own search, what the list was drawn by: "while researching [topic]", "when looking for partners". */
const SEARCHING = new Set(['research', 'look', 'search', 'browse', 'explore', 'scout', 'hunt', 'compile', 'prospect', 'map'])
/** The sender's opinion or wish about the fit: "and I believe our work aligns with ...", "and wanted to reach out". */
const SENDERS_VIEW = new Set(['believe', 'think', 'feel', 'want', 'hope', 'wonder', 'reach', 'write'])
/** A profile of theirs, not a thing they made: "your work", "your background" (LABELLING.md 3.3, an area). */
const PROFILE = new Set(['work', 'experience', 'background', 'expertise', 'career', 'focus'])
/** The prepositions that place a profile: "your work at [Company] on infrastructure", "in healthcare". */
const PLACING = new Set(['at', 'in', 'on', 'with', 'within', 'around', 'across'])

/**
 * Where the list the reader is on shows instead of the reader (LABELLING.md M3, the slot policy's
 * area, written out): the sender coming upon them while searching a segment ("I came across [Shop
 * Name] while researching specialty coffee operators"), which is how the list was drawn, and their
 * profile placed by their company's slot and a field in fixed words ("your work at [COMPANY] on
 * infrastructure automation"), which every reader the slot is filled for gets. A sentence that is only
 * that (with at most the sender's view of the fit) says nothing seen of this reader.
 */
function cutListsWords(facts: TextFacts, signals: Signals, tokens: Token[], within: (start: number, end: number) => [number, number]): void {
  const name = ROLE_SIGNALS.theirObservation.signal
  const hits = signals.get(name)
  if (hits === undefined) return
  const kept = hits.filter((h) => {
    const [from, to] = within(h.start, h.end)
    return !(foundWhileSearching(tokens, from, to) || profileByTheirSlot(facts.text, tokens, from, to))
  })
  if (kept.length === 0) signals.delete(name)
  else if (kept.length < hits.length) signals.set(name, kept)
}

/** "I came across [X] while researching [topic]", and nothing else but the sender's view of the fit. */
function foundWhileSearching(tokens: Token[], from: number, to: number): boolean {
  const clauses = clausesOf(tokens, from, to)
  const c = clauses.findIndex((d) => (d.mark === 'while' || d.mark === 'when') && d.verb >= 0 && SEARCHING.has(tokens[d.verb].lemma) && tokens[d.verb].norm.endsWith('ing'))
  if (c < 1) return false
  const came = clauses[c - 1]
  if (came.verb < 0 || !CAME_UPON.has(tokens[came.verb].lemma) || came.subject === 'reader' || came.subject === 'other') return false
  // (Not "... while reading your post": what they searched holds nothing of the reader's.)
  // (Nor "... and was impressed by [specific achievement]", "... and noticed ...": after the search,
  // only the segment searched and what it does, "operators doing ...", "shops that run repair clinics".)
  for (let i = clauses[c].from; i < clauses[c].to; i++) {
    if (READER.has(tokens[i].norm)) return false
    if (i <= clauses[c].verb || !isVerb(tokens[i])) continue
    const before = tokens[i - 1].pos === 'AUX' || tokens[i - 1].pos === 'ADV' ? tokens[i - 2] : tokens[i - 1]
    if (PERCEIVING.has(tokens[i].lemma) || tokens[i].lemma === 'impress' || before?.pos === 'CCONJ') return false
  }
  if (!clauses.slice(0, c - 1).every((d) => everyLead(tokens, d) || d.verb < 0)) return false
  // What follows: the search going on ("..., [specific focus area]") or the sender's view of the fit.
  return clauses.slice(c + 1).every((d) => (d.verb < 0 && d.subject !== 'reader') || (d.subject === 'sender' && SENDERS_VIEW.has(tokens[d.verb]?.lemma ?? '')))
}

/**
 * "I noticed your work at [COMPANY] on infrastructure automation", "your work in healthcare
 * innovation at [Company]": a profile of theirs, placed by a slot and by a field in fixed words (no
 * article, number or name), and nothing else after the verb of seeing.
 */
function profileByTheirSlot(text: string, tokens: Token[], from: number, to: number): boolean {
  let i = from
  while (i < to && !(tokens[i].pos === 'VERB' && PERCEIVING.has(tokens[i].lemma))) i++
  if (i >= to || tokens[i + 1]?.norm !== 'your' || !PROFILE.has(tokens[i + 2]?.norm ?? '')) return false
  let slot = false
  let fixed = false
  let j = i + 3
  while (j < to && PLACING.has(tokens[j].norm)) {
    let k = j + 1
    if (tokens[k]?.field >= 0 && k < to) {
      slot = true
      k++
    } else {
      const at = k
      // (A hyphen inside a word joins it: "cold-chain logistics".)
      const joins = (t: Token) => t.norm === '-' && k > at && tokens[k - 1].end === t.start && tokens[k + 1]?.start === t.end
      while (k < to && (((tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ') && tokens[k].field < 0 && !/^[\p{Lu}\p{N}]/u.test(text[tokens[k].start]) && !READER.has(tokens[k].norm)) || joins(tokens[k]))) k++
      if (k === at) return false
      fixed = true
    }
    j = k
  }
  while (j < to && tokens[j].pos === 'PUNCT') j++
  return j === to && slot && fixed
}
