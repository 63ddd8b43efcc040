/** link: links to given hosts (calendar booking pages), or more links than the channel bears. */
import type {LinkRule} from '../rules/format.js'
import {thresholdFor} from './threshold.js'
import type {CheckKind, RawFinding} from './types.js'
import type {OptionKit} from '../rules/definition.js'
import {fieldWords, placeholderName, type Placeholder} from '../parse/placeholders.js'
import {bareLinkSlot, lineBefore, linkSlot} from '../analyse/slots.js'

function hostOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:]+)/i.exec(url)
  return (m ? m[1] : url).toLowerCase()
}

/** A host a template writes for one still to fill in ("YOUR_USERNAME.github.io", "yourcompany.com", "dev.company.com"). */
const PLACEHOLDER_HOST_RE = /(?:^|\.)your[\w-]*\.|(?:^|\.)(?:company|domain|website|yoursite|mysite)\.com$/i


/** The same link however written: "https://www.x.org/a/", "x.org/a", "[x.org/a](x.org/a)" and "<https://x.org/a>" are one. */
const linkKey = (url: string): string =>
  url
    .split('](')[0]
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/.,;:)\]>]+$/, '')

/** Words that point the reader at an address ("visit x.io", "live at x.dev", "download at x.com"). */
const POINTING_RE = /\b(?:at|to|via|visit|see|try|out|download|here|is|are|on)\s+$/i
/** "on" of work or talk about a thing ("a follow-up on x.ai", "working on x.ai"), not of where a thing is ("the crate on docs.rs"). */
const ABOUT_ON_RE = /\b(?:follow-up|followup|up|working|work|worked|note|update|thoughts|feedback|building|built)\s+on\s+$/i

/**
 * A product's name that is its domain, in running text ("I'm building ozskr.ai — an AI platform",
 * "a quick follow-up on ozskr.ai"): written bare (no scheme, no www., no page, no Markdown link) after a
 * word of its sentence, not after a word that points the reader at it. A name is not a link; the same
 * host on a line of its own, after a label ("Website: x.in", "Live demo: x.app"), a separator or an
 * arrow, or pointed at ("live at x.dev", "visit x.io", "the crate on docs.rs") is. "At x.io, we ..."
 * and "growth at x.io, where ..." name the company: "at" points only when the sentence does not run on
 * after a comma; "on" of work or talk about it ("a follow-up on x.ai", "working on x.ai") names it.
 */
function nameInRunningText(text: string, l: {start: number; end: number}): boolean {
  const line = lineBefore(text, l.start)
  // The sentence so far: what follows the last sentence end on the line.
  const sentence = line.slice(line.search(/[^.?!]*$/))
  if (!/[A-Za-z][\w'’-]*\s+$/.test(sentence)) return false
  const pointing = POINTING_RE.exec(sentence)
  const word = pointing?.[0].trim().toLowerCase()
  if (pointing && !(word === 'at' && /^,/.test(text.slice(l.end, l.end + 1))) && !(word === 'on' && ABOUT_ON_RE.test(sentence))) return false
  return true
}

interface Counted {
  start: number
  end: number
  match: string
}

/**
 * The links a reader gets, each once: a link repeated ("[x.app](x.app)", the same page in the body and
 * the signature) counts once; alternatives in one bracketed slot ("[link to A or B]") are one link, the
 * writer picks; a placeholder host is no link yet; a merge field for a link is one once filled.
 */
function countedLinks(text: string, urls: ReadonlyArray<{start: number; end: number; value: string}>, fields: ReadonlyArray<{start: number; end: number; raw: string}>): Counted[] {
  const seen = new Set<string>()
  const counted: Counted[] = []
  const add = (key: string, item: Counted) => {
    if (seen.has(key)) return
    seen.add(key)
    counted.push(item)
  }
  // A site written bare as a name ("HealthArchive.ca") beside a link into it is the same place, said twice.
  const site = (l: {value: string}) => hostOf(l.value.split('](')[0]).replace(/^www\./, '')
  // (Written as a name: no scheme, no www., no page; "www.x.com" beside "www.x.com/catalog" is an address twice.)
  const bare = (l: {value: string}) => /^(?!www\.)[\w.-]+\/?$/i.test(l.value.split('](')[0])
  const real = urls.filter((l) => !PLACEHOLDER_HOST_RE.test(hostOf(l.value)) && !(bare(l) && (nameInRunningText(text, l) || urls.some((o) => o !== l && !bare(o) && site(o) === site(l)))))
  // (Alternatives take two links or more: with fewer, the text is not searched for its slots.)
  const slots = real.length > 1 ? [...text.matchAll(/\[[^[\]\n]*\]/g)].map((m) => [m.index, m.index + m[0].length] as const) : []
  const slotOf = (l: {start: number}) => slots.find(([s, e]) => l.start > s && l.start < e)
  for (const l of real) {
    const slot = slotOf(l)
    const alternatives = slot !== undefined && real.filter((o) => slotOf(o) === slot).length > 1
    add(alternatives ? `slot ${slot[0]}` : linkKey(l.value), {start: l.start, end: l.end, match: l.value})
  }
  // A link slot (analyse/slots.ts), a merge field or a bracketed note ("[upload the sheet and insert
  // link]"): the same named slot twice is one link, each bare "[link]" one of its own.
  const slotted = new Set(fields.map((f) => f.start))
  const notes = text.includes('[') ? [...text.matchAll(/\[[^[\]\n]{1,160}\](?![(\[])/g)].filter((m) => !slotted.has(m.index) && !/https?:|www\./i.test(m[0])).map((m) => ({start: m.index, end: m.index + m[0].length, raw: m[0]})) : []
  for (const f of [...fields, ...notes].sort((a, b) => a.start - b.start)) {
    if (!linkSlot(f.raw, lineBefore(text, f.start))) continue
    // (A named slot on each item of a list, "1. The engine ... [Link to Repo]", stands for each item's own link.)
    const item = listItemAt(text, f.start)
    add(bareLinkSlot(f.raw) ? `slot at ${f.start}` : `field ${f.raw.toLowerCase()}${item >= 0 ? ` item ${item}` : ''}`, {start: f.start, end: f.end, match: f.raw})
  }
  return counted.sort((a, b) => a.start - b.start)
}

/** Where the list item holding `offset` starts (a line opening with a bullet or a number), or -1. */
function listItemAt(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+/.test(text.slice(start, offset)) ? start : -1
}

export const link: CheckKind<LinkRule> = (rule) => {
  const hosts = (rule.hosts ?? []).map((h) => h.toLowerCase())
  const fields = new Set((rule.fields ?? []).map(placeholderName))
  const words = new Set((rule.fieldWords ?? []).map((w) => w.toLowerCase()))
  // A field named for a link ("<CAL_LINK>", "[Link to your calendar]", "[scheduling link]") with one of the words.
  const named = (p: Placeholder): boolean => fields.has(p.name) || (words.size > 0 && fieldWords(p).some((w) => /^(?:link|url)s?$/.test(w)) && fieldWords(p).some((w) => words.has(w)))
  return (ctx) => {
    const urls = ctx.body.links.filter((l) => l.kind === 'url')
    const findings: RawFinding[] = []
    if (hosts.length > 0) {
      for (const l of urls) {
        const host = hostOf(l.value)
        const full = l.value.toLowerCase().replace(/^[a-z]+:\/\//, '')
        if (hosts.some((h) => (h.includes('/') ? full.startsWith(h) || full.startsWith('www.' + h) : host === h || host.endsWith('.' + h)))) {
          findings.push({field: 'body', start: l.start, end: l.end, data: {match: l.value}})
        }
      }
    }
    // A template's merge field for the link ("{{calendar_link}}") is the link once it is filled.
    // (One in the signature block is a standing detail of the sender's, like their phone number; not
    // one on the block's first line, before the name: "Worth exploring?\n\n{CalendlyLink}\n\n{YourName}".)
    const {text, signatureStart} = ctx.body
    const inBody = (p: Placeholder): boolean => p.start < signatureStart || text.lastIndexOf('\n', p.start - 1) + 1 <= signatureStart
    for (const p of ctx.body.placeholders) if (named(p) && inBody(p)) findings.push({field: 'body', start: p.start, end: p.end, data: {match: p.raw}})
    const max = thresholdFor(rule.max, ctx.channel)
    if (max === undefined) return findings
    const counted = countedLinks(ctx.body.text, urls, ctx.body.placeholders)
    if (counted.length > max) {
      // A link already reported for its host is not reported again for the budget.
      const reported = new Set(findings.map((f) => f.start))
      for (const l of counted.slice(max)) if (!reported.has(l.start)) findings.push({field: 'body', start: l.start, end: l.end, data: {match: l.match, value: counted.length, limit: max}})
    }
    return findings
  }
}

/** The options of a link rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const linkOptions = ({z, definition, threshold}: OptionKit) =>
  z
    .object({
      ...definition,
      check: z.literal('link'),
      /** Report links to these hosts (suffix match: "calendly.com" matches "www.calendly.com"). */
      hosts: z.array(z.string().min(1)).optional(),
      /** Report merge fields of these names, which a template fills with such a link ("{{calendar_link}}", "[Calendly link]"). */
      fields: z.array(z.string().min(1)).optional(),
      /** Report merge fields for a link (a name with "link" or "url" in it) with one of these words in their name ("<CAL_LINK>", "[Link to your calendar]"). */
      fieldWords: z.array(z.string().min(1)).optional(),
      /** Report when the message has more links than this. */
      max: threshold.optional()
    })
    .strict()
