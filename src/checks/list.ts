/**
 * list: a bulleted list introduced as features ("Our platform offers:") is a feature dump; so is the
 * same list run into one sentence ("We offer a, b, c and d.") when the rule sets `inlineItems`.
 */
import type {ListRule} from '../rules/format.js'
import {matchRange} from './phrase.js'
import {sentenceIndexAt, type TextFacts} from '../analyse/facts.js'
import {ITEM_MARKER} from '../analyse/positions.js'
import {headsOffering, isContent, isImagined, isReaderWord, type Role} from '../analyse/roles.js'
import type {CheckContext, CheckKind, RawFinding} from './types.js'
import type {OptionKit} from '../rules/definition.js'

/** What starts a list item: a bullet, an arrow ("→ Logs every consent"), or a number and a full stop or bracket. */
const MARKER = String.raw`(?:${ITEM_MARKER}|→)`
const ITEM_RE = new RegExp(String.raw`^[ \t]*${MARKER}[ \t]+\S.*$`, 'gm')
/** An item's text after its marker and any emphasis or heading label marks. */
const ITEM_TEXT_RE = new RegExp(String.raw`^[ \t]*${MARKER}[ \t]+[*_]*`)

interface Run {
  start: number
  end: number
  items: number
}

export const list: CheckKind<ListRule> = (rule, env) => {
  const owner = rule.leadIn === undefined ? -1 : env.phrases(rule.leadIn, 'body', `${rule.id} leadIn`)
  const roles = new Set<Role>(rule.leadInRoles ?? [])
  return (ctx) => {
    const facts = ctx.body
    const text = facts.text
    const runs: Run[] = []
    ITEM_RE.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = ITEM_RE.exec(text))) {
      const last = runs[runs.length - 1]
      const gap = last ? text.slice(last.end, m.index) : ''
      if (last && /^\r?\n$/.test(gap)) {
        last.end = m.index + m[0].length
        last.items++
      } else runs.push({start: m.index, end: m.index + m[0].length, items: 1})
    }
    const leadIns = owner < 0 ? [] : (ctx.matches.body.get(owner) ?? []).map((x) => matchRange(facts, x))
    const findings: RawFinding[] = []
    for (const run of runs) {
      if (run.items < rule.minItems) continue
      // The last line with words before the list (a blank line may sit between), and the list itself.
      let before = run.start - 1
      while (before >= 0 && isSpace(text.charCodeAt(before))) before--
      const from = before < 0 ? 0 : Math.max(0, text.lastIndexOf('\n', before))
      const phrased = owner < 0 || leadIns.some(([s]) => s >= from && s < run.end)
      const pitched = phrased ? undefined : pitchBefore(ctx, roles, from, before + 1)
      if (!phrased && pitched === undefined && !specSheet(text.slice(run.start, run.end))) continue
      // A list its lead-in line introduces as the offering ("Here's what it does:") is one, whoever its
      // items name; so is one under a heading of the sender's pitch ("## Our services", "How we help:").
      const introduced = (owner >= 0 && leadIns.some(([s]) => s >= from && s < run.start)) || (pitched !== undefined && headsOffering(text.slice(from, before + 1)))
      // A list a pitch leads into answers what the sentence before it said of the reader ("Your guide
      // links a checklist that now returns 404. I keep a replacement: ..."): theirs too.
      const context = pitched === undefined ? from : Math.min(from, pitched)
      if (rule.skipReaderLists && !introduced && aboutReader(ctx, run, context, before + 1)) continue
      findings.push({field: 'body', start: run.start, end: run.end, data: {value: run.items}})
    }
    if (rule.inlineItems !== undefined) {
      inlineLists(facts, leadIns, runs, rule.inlineItems, rule.minItems, findings)
      apposedParts(ctx, roles, runs, rule.minItems, findings)
    }
    return findings
  }
}

/**
 * Items that are each a measure of a made thing, a label and its figures ("Drag error: <1% vs full
 * solve", "Reynolds range: 500 - 10,000"), none speaking to the reader and none a figure that moved:
 * a spec sheet, whatever line leads into it.
 */
function specSheet(run: string): boolean {
  return run.split('\n').every((item) => {
    const said = item.replace(ITEM_TEXT_RE, '')
    return SPEC_ITEM.test(said) && !CHANGE.test(said) && !isReaderLine(said)
  })
}
/** A figure that moved ("4% → 12%", "-40%"): a result someone had, the proof's business, not a spec. */
const CHANGE = /→|->|(?:^|\s)[+-]\d/
const SPEC_ITEM = /^[^\d:\n]{2,40}:[*_]*\s*[^\n]*\d/

/** Ends of items in a run-in list: a comma, or "and"/"or" (with or without a serial comma). */
const SEPARATOR_RE = /,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/gi

/**
 * Lists run into the sentence after a lead-in: the items are what follows the lead-in up to the
 * sentence's end, split at commas and at the last "and"/"or". At least two commas are required, so
 * "cloud and data" or one aside is never a list; `min` items are needed, or `minAttributes` after a
 * lead-in ending in "with". Sentences holding a bulleted run are left to it.
 */
function inlineLists(
  facts: TextFacts,
  leadIns: Array<[number, number]>,
  runs: Array<{start: number; end: number}>,
  min: number,
  minAttributes: number,
  findings: RawFinding[]
): void {
  let lastSentence = -1
  for (const [start, end] of leadIns) {
    const index = sentenceIndexAt(facts, start)
    if (index < 0 || index === lastSentence) continue
    const sentence = facts.sentences[index]
    if (runs.some((r) => r.start < sentence.end && r.end > sentence.start)) continue
    let tail = facts.text.slice(end, sentence.end)
    tail = tail.replace(/^[\s:\-–—]+/, '').replace(/[\s.!?;]+$/, '')
    let commas = 0
    for (let i = 0; i < tail.length; i++) if (tail.charCodeAt(i) === 44) commas++
    if (commas < 2) continue
    const items = tail.split(SEPARATOR_RE).filter((item) => item.trim() !== '').length
    // Parts the offering is said to come "with" ("a platform with a program builder, a website and
    // registration") are its features however few: the sentence describes a thing, no triad of work.
    if (items < (/\bwith$/i.test(facts.text.slice(start, end)) ? minAttributes : min)) continue
    lastSentence = index
    findings.push({field: 'body', start, end: end + facts.text.slice(end, sentence.end).replace(/[\s.!?;]+$/, '').length, data: {value: items}})
  }
}

/**
 * "I built a client tracking tool for PTs — meal logs, workout history, progress charts, all in one
 * dashboard": a sentence of the sender's pitch or introduction that names the thing they made, then
 * after a dash or a colon sets out its parts, short noun phrases joined by commas. The parts are the
 * offering's features, as "a tool with a, b and c" has them, however few. (Actions after the dash,
 * "— flying drones over one block, delivering a map", tell what the sender does, not what it has.)
 */
function apposedParts(ctx: CheckContext, roles: ReadonlySet<Role>, runs: Array<{start: number; end: number}>, min: number, findings: RawFinding[]): void {
  const facts = ctx.body
  ctx.roles.sentences.forEach((s, index) => {
    if (s.subject !== 'sender' || !roles.has(s.role) || findings.some((f) => f.start < s.end && f.end > s.start)) return
    const sentence = facts.sentences[index]
    if (sentence === undefined || runs.some((r) => r.start < sentence.end && r.end > sentence.start)) return
    const said = facts.text.slice(sentence.start, sentence.end)
    const mark = APPOSITION.exec(said)
    // Before the mark, the sender's made thing, made and told ("I built a tool for PTs", "we've launched a
    // planner"), with no clause of its own ("because I kept hitting the same wall:").
    if (mark === null || !MADE.test(mark[0]) || OWN_CLAUSE.test(mark[0])) return
    const from = sentence.start + mark.index + mark[0].length
    const tail = facts.text.slice(from, sentence.end).replace(/[\s.!?;]+$/, '')
    const items = tail.split(SEPARATOR_RE).filter((item) => item.trim() !== '')
    // (Parts of theirs, "your shift board, your swap requests", are not the offering's; what the last part
    // lets them do, "a dashboard so you can see all your clients", is still the offering's.)
    if (items.length < min || (tail.match(/,/g) ?? []).length < 2 || items.slice(0, -1).some(isReaderLine)) return
    // Every part but the last a short noun phrase, no action ("flying drones") and no clause ("we ...").
    if (!items.slice(0, -1).every((item) => PART.test(item.trim()))) return
    // The parts themselves: the sentence that names the thing made stays the pitch it is.
    findings.push({field: 'body', start: from, end: from + tail.length, data: {value: items.length}})
  })
}
const MADE = /\b(?:built|made|created|developed|designed|launched|released|shipped)\b/i
const OWN_CLAUSE = /\b(?:because|if|when|since|so|that|which|while)\b/i
/** A dash set off by spaces, or a colon, after at least three words of the sentence. */
const APPOSITION = /^(?:\S+\s+){3,}?\S*?(?:\s[—–-]\s|:\s)/u
/** A short noun phrase: up to four words, the first no verb form in -ing or -ed and no pronoun. */
const PART = /^(?![\p{L}-]+(?:ing|ed)\b)(?!(?:i|we|it|they|he|she|you|this|that)\b)[\p{L}\d$%'’&/+-]+(?:\s+[\p{L}\d$%'’&/+-]+){0,3}$/iu

/**
 * The reader is part of the list: its lead-in line addresses them ("Three things I noticed on your
 * site:"), names a field of theirs or asks them something, half its items or more speak to them
 * ("You're busy", "Feature your reviews beside prices") or hold a field of theirs, or every item is a
 * question. Such a list is about them, whoever wrote it.
 */
function aboutReader(ctx: CheckContext, run: Run, from: number, to: number): boolean {
  const facts = ctx.body
  // A lead-in that imagines the offering in their hands ("What if you could:") is the pitch's set-up:
  // its "you" is whoever reads it, and the items are what the offering does.
  const imagined = isImagined(facts.text.slice(facts.text.lastIndexOf('\n', to - 1) + 1, to))
  if (!imagined && facts.words.some((w) => w.start >= from && w.end <= to && isReaderWord(w.norm))) return true
  if (holdsTheirField(ctx, from, to)) return true
  if (ctx.roles.sentences.some((s) => s.start < to && s.end > from && (s.role === 'ask' || s.role === 'chaser'))) return true
  const items = facts.text.slice(run.start, run.end).split('\n')
  let reader = 0
  let questions = 0
  let at = run.start
  for (const item of items) {
    const words = item.replace(ITEM_TEXT_RE, '').split(/[^\p{L}'’]+/u)
    // An item that speaks to them anywhere ("Feature your reviews beside prices") or holds a field of theirs ("[their need]").
    if (words.some((w) => isReaderWord(w.toLowerCase().replace('’', "'"))) || holdsTheirField(ctx, at, at + item.length)) reader++
    if (/\?[*_\s]*$/.test(item)) questions++
    at += item.length + 1
  }
  return reader * 2 >= items.length || questions === items.length
}

/**
 * Where the lead-in line (`from` to `to`) is in a sentence of one of `roles` said by the sender (the
 * list goes on with its pitch), the start of the content sentence before that one (or of the pitch).
 */
function pitchBefore(ctx: CheckContext, roles: ReadonlySet<Role>, from: number, to: number): number | undefined {
  if (roles.size === 0 || to <= from) return undefined
  const sentences = ctx.roles.sentences
  const i = sentences.findIndex((s) => s.start < to && s.end > to - 1)
  const s = sentences[i]
  if (s === undefined) return undefined
  // A heading that points at the sender's offering ("**What it is:**", "**Why Kiln works:**") after the
  // draft has had the sender speak: the list under it goes on with that offering.
  if (s.subject !== 'sender' || !roles.has(s.role)) return offeringHeading(ctx, sentences, i, from, to) ? s.start : undefined
  const previous = sentences[i - 1]
  // (A question before it asks about a pain any reader may have, "Do your planners ever lose track of
  // swaps?": nothing the list answers of theirs. Nor does a pitch of the sender's before it, whatever
  // "you" it says: "Tally counts the till while you sleep.")
  // (Nor does a line that sees nothing of theirs, "Big fan of your work on [project].": praise, no
  // situation of theirs for the list to answer; the list is read by its items.)
  return previous !== undefined && isContent(previous) && previous.role !== 'ask' && previous.role !== 'chaser' && !admires(ctx, previous) && !(previous.subject === 'sender' && roles.has(previous.role)) ? previous.start : s.start
}

/** A line of the sender's regard for the reader ("Big fan of your work on [project].", "Loved your talk."), read as no more. */
const admires = (ctx: CheckContext, s: CheckContext['roles']['sentences'][number]): boolean => s.role === 'other' && ADMIRES.test(ctx.body.text.slice(s.start, s.end))
const ADMIRES = /\b(?:fan|reader|listener|admirer|follower|subscriber)\s+of\b|\b(?:love|loved|admire|enjoyed)\b/i

/**
 * The lead-in line is a heading (a bold or Markdown line, or a short label before a colon) that points
 * back with "it"/"this" or names one of the sender's names, no reader in it, and a sentence of the
 * sender's comes before it in the draft.
 */
function offeringHeading(ctx: CheckContext, sentences: CheckContext['roles']['sentences'], i: number, from: number, to: number): boolean {
  const line = ctx.body.text.slice(from, to).trim()
  if (!HEADING_LEAD.test(line) || isReaderLine(line)) return false
  const words = line.toLowerCase().match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? []
  if (!words.some((w) => POINTING_BACK.has(w.replace('’', "'")) || ctx.roles.senderNames.has(w))) return false
  return sentences.slice(0, i).some((s) => isContent(s) && s.subject === 'sender')
}
/** A heading line: bold or Markdown, or a label of up to four words before a colon ("What it does:"). */
const HEADING_LEAD = /^(?:#{1,6}\s*\S.{0,60}|(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__):?|[^\s:.!?]+(?:\s+[^\s:.!?]+){0,3}:(?:\*\*|__)?)$/u
const POINTING_BACK = new Set(['it', 'its', "it's", 'this'])
const isReaderLine = (line: string): boolean => line.toLowerCase().split(/[^\w'’]+/).some((w) => isReaderWord(w.replace('’', "'")))

/** A merge field of the reader's (their name, a fact of theirs) between `from` and `to`. */
function holdsTheirField(ctx: CheckContext, from: number, to: number): boolean {
  const {placeholders} = ctx.body
  for (let i = 0; i < placeholders.length; i++) {
    const p = placeholders[i]
    const role = ctx.roles.fields[i]?.role
    if (p.start >= from && p.end <= to && (role === 'recipient-name' || role === 'recipient-detail')) return true
  }
  return false
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** The options of a list rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const listOptions = ({z, definition, patternList, role}: OptionKit) =>
  z
    .object({
      ...definition,
      check: z.literal('list'),
      minItems: z.number().int().positive().default(3),
      /**
       * Also a list run into one sentence after a lead-in ("We offer a, b, c and d."), from this many
       * items; unset, only bulleted lists count. A natural triad ("design, build and support") is
       * prose, so this is usually one more than minItems.
       */
      inlineItems: z.number().int().min(2).optional(),
      /** Phrases in the line before the list (or in the items) that make it a feature list; unset, every list counts. */
      leadIn: patternList.optional(),
      /**
       * Also a list whose lead-in line is in a sentence of one of these roles said by the sender
       * ("Ledgerly provides the full payroll stack:"): the list goes on with the pitch.
       */
      leadInRoles: z.array(role).min(1).optional(),
      /**
       * Leave out lists the reader is part of: a lead-in line that addresses them, names a field of
       * theirs or asks them something, items that mostly speak to them ("Feature your reviews beside
       * prices") or hold a field of theirs, or items that are all questions. With `leadIn`, a list the
       * line before introduces as the offering ("Here's what it does:") is never left out.
       */
      skipReaderLists: z.boolean().default(false)
    })
    .strict()
