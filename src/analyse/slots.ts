/**
 * Whose slot is it (LABELLING.md section 3, item 3): one reading of a template slot (`[...]`,
 * `{{...}}`, `${...}`, `<...>`, or a bracketed note) by the words of its name and the words of the
 * sentence just before it, shared by every reader of slots (the relevance signals, the sentence roles,
 * the rewrite), so the written policy is applied the same everywhere.
 *
 * - `sender`: the sender's content ([angle], [insight], [use case], [data points], [skill 1], [your
 *   examples], [blog post link]): never a detail about the reader.
 * - `reason`: a bare reason or instruction ("because [reason]", "[Mention company details if
 *   available]"): says nothing of what will be written, so no detail.
 * - `area`: an area of the reader's (company, role, industry, field, topic, platform, audience, beat;
 *   "your background in [area]", "[Publication]'s focus on [topic]"): a weak detail (M3).
 * - `own`: the reader's own thing (their post, project, issue, request; "your post on [topic]"): strong.
 *
 * - `other`: another party's thing, told of in the line by "they" after that party's slot ("I looked at
 *   [competitor]'s site and what they do well is [specific thing]"): no detail about the reader.
 *
 * `undefined`: the policy's words do not decide; the caller keeps its own reading.
 */

import {fieldLabel, fieldWords, type Placeholder} from '../parse/placeholders.js'

export type SlotKind = 'sender' | 'reason' | 'area' | 'own' | 'other'

/**
 * The name words of each kind, as reviewable data. A word here decides only where nothing stronger
 * does (the reader's pronoun in the name, the frame before the slot).
 */
export const SLOT_WORDS = {
  /** The sender's content: what they will say, show or link to. */
  sender: ['tip', 'tips', 'angle', 'benefit', 'benefits', 'usecase', 'usecases', 'data', 'datapoints', 'partners', 'partner', 'examples', 'example', 'blog', 'demo', 'writeup', 'credential', 'credentials', 'take', 'perspective', 'findings', 'deliverable', 'deliverables', 'testimonial', 'testimonials'],
  /** First words of a bare reason or an instruction to the writer. */
  reason: ['reason', 'reasons', 'why', 'mention', 'tie', 'add', 'explain', 'describe', 'include'],
  /** An area of the reader's: what many readers share. */
  area: ['company', 'role', 'title', 'industry', 'sector', 'field', 'area', 'topic', 'topics', 'expertise', 'platform', 'location', 'audience', 'beat', 'niche', 'vertical', 'domain', 'specialty', 'speciality', 'city', 'country', 'region', 'publication', 'outlet', 'organisation', 'organization', 'org', 'team', 'business', 'background', 'experience', 'career', 'service', 'services', 'product', 'products', 'agency', 'brand', 'website', 'site', 'segment', 'type'],
  /** A thing of the reader's own: something they made, did, said or asked. */
  own: ['post', 'posts', 'article', 'articles', 'project', 'projects', 'issue', 'issues', 'request', 'requests', 'comment', 'comments', 'thread', 'talk', 'paper', 'papers', 'repo', 'episode', 'video', 'videos', 'podcast', 'launch', 'announcement', 'achievement', 'initiative', 'said', 'wrote', 'asked', 'mentioned', 'shared', 'posted', 'published', 'built', 'working']
} as const satisfies Record<Exclude<SlotKind, 'other'>, readonly string[]>

const KIND_WORDS = Object.fromEntries(Object.entries(SLOT_WORDS).map(([k, v]) => [k, new Set<string>(v)])) as Record<SlotKind, Set<string>>

/** The reader named in a slot's words: "[their platform]", "[something they said]". */
const THEIRS = new Set(['their', 'they', 'them', 'theirs'])
/** The heads of a slot of theirs that names a profile, not a thing they did: "[their platform]". */
const THEIR_PROFILE = new Set(['company', 'role', 'title', 'industry', 'sector', 'field', 'platform', 'location', 'audience', 'niche', 'vertical', 'business', 'team', 'website', 'site', 'service', 'services', 'product', 'products', 'brand', 'agency', 'city', 'country', 'region', 'publication', 'outlet', 'organisation', 'organization', 'org'])
/** Words that make a slot something observed about them, whatever it is about. */
const OBSERVED = new Set(['about', 'observation', 'something', 'detail', 'details', 'noticed', 'specific'])
/** Words of someone else's slot: a customer, a peer, a competitor. */
const OTHERS = new Set(['similar', 'competitor', 'competitors', 'peer', 'peers', 'case', 'customer', 'customers', 'client', 'clients', 'reference', 'other', 'mutual'])
/** A slot of someone else's earlier in the line ("[competitor]", "{{similar_company}}"). */
const OTHERS_SLOT_BEFORE = /[[{<][^\]}>\n]*\b(?:competitors?|similar|peers?|customers?|clients?|reference)\b[^\]}>\n]*[\]}>]/i
/** Words of a name-only field: "[their first name]", "{{contact_name}}". */
const NAME_ONLY = new Set(['first', 'last', 'full', 'contact', 'recipient', 'prospect', 'lead', 'person', 'editor', 'journalist', 'host', 'professor', 'teacher', 'recruiter', 'manager', 'founder', 'ceo', 'f', 'l', 's'])
/** A slot's words that make it the sender's own ("[your examples]", "[my company]" in a template the sender fills). */
const MINE = new Set(['your', 'my', 'our', 'sender'])

/**
 * The frames before a slot, as reviewable data: what the sentence says the slot's value is.
 * - `own`: "your post on [topic]", "your content about [x]": the topic of a thing of theirs; "your
 *   recent [x]": a thing of theirs that happened.
 * - `area`: "your background in [area]", "your experience with [x]", "[Publication]'s focus on
 *   [topic]", "your audience of [x]": their profile.
 */
const CONTENT_NOUNS = 'post|posts|article|articles|piece|pieces|content|talk|talks|paper|papers|research|thread|video|videos|podcast|episode|newsletter|book|blog|writing|work|project|projects|comment|comments|tweet|tweets|presentation|keynote|session|webinar|answer|question|repo|library|package|thesis'
const PROFILE_NOUNS = 'background|experience|expertise|work|career|journey|focus|time|role|leadership|perspective|history|years|knowledge|interest|interests|audience|readers|listeners|community|team|clients|customers'
// (Or the slot is the head itself, marked as a thing of theirs that happened: "your recent [video/topic]",
// "your latest [x]": what is recent of theirs is a thing they made or did, whatever the slot's words.)
const OWN_FRAME = new RegExp(String.raw`(?:(?:\byour\s+(?:[\w-]+\s+){0,2}|['’]s\s+(?:[\w-]+\s+)?|\b(?:great|good|nice|amazing|awesome|excellent|impressive|the)\s+)(?:${CONTENT_NOUNS})\s+(?:on|about|around|regarding|covering|of)|\byour\s+(?:most\s+)?(?:recent|latest|newest))\s*$`, 'i')
const AREA_FRAME = new RegExp(String.raw`(?:\byour\s+(?:[\w-]+\s+){0,2}(?:${PROFILE_NOUNS})\s+(?:in|with|within|across|of|on|around)|['’]s\s+(?:focus|coverage|beat)\s+(?:on|in|of)|\byou(?:'re|\s+are)?\s+(?:\w+\s+)?(?:focus|focused|focusing|specialise|specialize|specialising|specializing)\s+(?:on|in))\s*$`, 'i')

// The sender's own frame: "I'm a [current role/recent graduate]", "my [years] of", "our [product]".
const SENDER_FRAME = /(?:\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:a|an)|\b(?:my|our))\s*$/i
// What the sender applied for is the reader's: "my application for [Role Title]", "I am applying for the
// [Job Title] role" (their opening). Not "your application for {Company}" (the reader's, to the sender),
// nor "an application to [Accelerator Name]" (their name only).
const ANSWERED_FRAME = /\b(?:my\s+(?:[\w-]+\s+)?application|i\s+(?:am\s+|['’]m\s+|have\s+|['’]ve\s+)?(?:applying|applied))\s+for\s+(?:the\s+)?$/i
/** A slot for a figure ("[XX]", "[N]"): after "your", a count of their things ("your [XX] locations"). */
const FIGURE = /^(?:x+|n|nn|num|number)$/

const RANK: Record<SlotKind, number> = {sender: 0, reason: 0, other: 0, area: 1, own: 2}

/**
 * The kind of a slot whose name has the words `words` (lower case, as `fieldWords` gives them) and
 * whose sentence has `before` just before it (a line's worth is enough).
 */
export function slotKind(words: readonly string[], before: string): SlotKind | undefined {
  // An either/or slot ("[platform or mutual connection]", "${specificFieldOrProject}", "[issue/job]"
  // split by the caller) counts as its weakest option: the template may be sent with it.
  const options = splitOptions(words)
  if (options.length > 1) {
    let weakest: SlotKind | undefined
    for (const o of options) {
      // An option that is only a name of theirs ("[Grant Program Name / ...]") is a weak detail at most (M3).
      const kind = slotKind(o, before) ?? (o[o.length - 1] === 'name' ? 'area' : undefined)
      if (kind !== undefined && (weakest === undefined || RANK[kind] < RANK[weakest])) weakest = kind
    }
    return weakest
  }
  const tail = before.slice(-80)
  // The thing named outside the slot decides: "your post on [topic]" is theirs, "your background in
  // [topic]" is their profile, "I'm a [current role]" the sender's own; a figure of theirs ("your
  // [XX] locations") and what the sender answers of theirs ("my application for [Role Title]") are theirs.
  if (SENDER_FRAME.test(tail)) return 'sender'
  if (ANSWERED_FRAME.test(tail) || (/\byour\s*$/i.test(tail) && words.length > 0 && words.every((w) => FIGURE.test(w)))) return 'own'
  if (OWN_FRAME.test(tail)) return 'own'
  if (AREA_FRAME.test(tail)) return 'area'
  if (othersThing(before)) return 'other'
  if (words.length === 0) return undefined
  if (MINE.has(words[0])) return 'sender'
  // Someone else's slot ("[similar company]", "[Customer type similar to them]", "[Company 2]"), or a
  // name only ("[their name]"): not the policy's to read.
  if (words.some((w) => OTHERS.has(w)) || /\d$/.test(words.join(''))) return undefined
  const named = words[words.length - 1] === 'name' ? words.slice(0, -1) : words
  if (named.every((w) => THEIRS.has(w) || NAME_ONLY.has(w))) return undefined
  // "[competitor] just [what they shipped]": "they" is the other party named just before, not the reader.
  const theirs = named.some((w) => THEIRS.has(w))
  if (theirs && OTHERS_SLOT_BEFORE.test(tail)) return undefined
  const last = named[named.length - 1]
  // "[their platform]", "[their company]": a profile of theirs; "[something about their company]",
  // "[specific observation about their business]", "[their topic]": a thing of theirs observed.
  if (theirs) return THEIR_PROFILE.has(last) && !named.some((w) => OBSERVED.has(w)) ? 'area' : 'own'
  if (KIND_WORDS.reason.has(words[0])) return 'reason'
  if (words.some((w) => KIND_WORDS.sender.has(w))) return 'sender'
  // "[industry topic]", "[Publication Name]"'s name word aside: a name of an area ("[platform]").
  if (KIND_WORDS.area.has(last)) return 'area'
  // "Your [repo] would be ...", "your [project]": a thing of their own, named as theirs before the slot.
  if (/\b(?:your|ur)\s*$/i.test(tail) && KIND_WORDS.own.has(last)) return 'own'
  return undefined
}

/**
 * The line before a slot tells of another party's thing: that party's slot ("[competitor in same
 * city]'s site", "[a similar studio]") and then "they"/"their", with no "you"/"your" after it: "I looked at
 * [competitor]'s site and what they're doing well is [specific thing]".
 */
function othersThing(tail: string): boolean {
  const m = OTHERS_SLOT_BEFORE.exec(tail)
  if (!m) return false
  const after = tail.slice(m.index + m[0].length)
  return /\b(?:they|their|them|they're|they’re)\b/i.test(after) && !/\b(?:you|your|you're|you’re|yours)\b/i.test(after)
}

/** The options of an either/or slot: its words split at "or". */
function splitOptions(words: readonly string[]): Array<readonly string[]> {
  if (!words.includes('or')) return [words]
  const options: string[][] = [[]]
  for (const w of words) {
    if (w === 'or') options.push([])
    else options[options.length - 1].push(w)
  }
  return options.filter((o) => o.length > 0)
}

/**
 * A slot's words with "a/b" read as alternatives of the words around them: "[issue/job]" is "issue or
 * job", "[something about their work/company]" is "something about their work or something about
 * their company".
 */
export function slotWords(raw: string, words: readonly string[]): readonly string[] {
  const label = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  // A slash with spaces around it parts whole phrases: "[Grant Program Name / funding inquiry]" is
  // "grant program name" or "funding inquiry".
  if (/\s\/\s/.test(label)) {
    const phrases = label.split(/\s\/\s/).map((part) => part.match(/[a-z]+/g) ?? []).filter((part) => part.length > 0)
    if (phrases.length > 1) return phrases.flatMap((phrase, i) => [...(i > 0 ? ['or'] : []), ...phrase])
  }
  const m = /[a-z]+(?:\s*\/\s*[a-z]+)+/.exec(label)
  if (!m) return words
  const around = (text: string) => text.match(/[a-z]+/g) ?? []
  const [before, after] = [around(label.slice(0, m.index)), around(label.slice(m.index + m[0].length))]
  return around(m[0]).flatMap((alternative, i) => [...(i > 0 ? ['or'] : []), ...before, alternative, ...after])
}

/** The kind of merge field `p` in `text` (see `slotKind`), read once per field of a draft. */
export function kindOfField(text: string, p: Placeholder): SlotKind | undefined {
  return slotKind(slotWords(fieldLabel(p), fieldWords(p)), lineBefore(text, p.start))
}

/** The text of the line before `offset`, up to 160 characters (the frames read its last 80). */
export function lineBefore(text: string, offset: number): string {
  const from = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - 160)
  return text.slice(from, offset)
}

/**
 * Slots that hold a link once filled (LABELLING.md 3.3: a `[link]` or `[URL]` slot is a link for S4):
 * one named for a link, and a thing of the sender's to open written as a labelled line's value
 * ("Walkthrough: [video/screenshot]", "Web: [live demo]").
 */
const LINK_NAME_RE = /(?:^|[^a-z])(?:link|url)s?(?:[^a-z]|$)/i
const TO_OPEN = new Set(['video', 'videos', 'screenshot', 'screenshots', 'demo', 'deck', 'recording', 'walkthrough', 'writeup', 'blog', 'readme', 'docs', 'portfolio', 'repo', 'repository', 'website', 'site', 'page', 'slides', 'pdf', 'report', 'one', 'pager', 'section', 'live', 'post', 'case', 'study', 'usecase'])
/** Words of a link slot that says nothing of which link it is: each such slot is a link of its own. */
const BARE_LINK = new Set(['link', 'links', 'url', 'urls', 'here', 'insert', 'the', 'a'])

/** Whether the slot with label `raw` (a merge field or a bracketed note), after `before`, is a link once filled. */
export function linkSlot(raw: string, before: string): boolean {
  if (LINK_NAME_RE.test(raw)) return true
  const words = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().match(/[a-z]+/g) ?? []
  if (words.length === 0 || words.some((w) => THEIRS.has(w) || w === 'your')) return false
  // The value of a labelled line: "Demo: [live demo]", "- Walkthrough: [video/screenshot]".
  return /^\s*(?:[-*•]\s*)?[\w'’ .-]{1,40}:\s*$/.test(lineBefore(before, before.length)) && words.every((w) => TO_OPEN.has(w) || w === 'or' || w === 'and')
}

/** A link slot that names no link in particular ("[link]", "[insert link]"): each one counts. */
export function bareLinkSlot(raw: string): boolean {
  const words = raw.toLowerCase().match(/[a-z]+/g) ?? []
  return words.length > 0 && words.every((w) => BARE_LINK.has(w))
}
