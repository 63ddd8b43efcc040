/** link: links to given hosts (calendar booking pages), or more links than the channel bears. */
import type {LinkRule} from '../rules/format.js'
import {thresholdFor} from './threshold.js'
import type {CheckKind, RawFinding} from './types.js'
import type {OptionKit} from '../rules/definition.js'
import {placeholderName} from '../parse/placeholders.js'

function hostOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:]+)/i.exec(url)
  return (m ? m[1] : url).toLowerCase()
}

export const link: CheckKind<LinkRule> = (rule) => {
  const hosts = (rule.hosts ?? []).map((h) => h.toLowerCase())
  const fields = new Set((rule.fields ?? []).map(placeholderName))
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
    // (One in the signature block is a standing detail of the sender's, like their phone number.)
    for (const p of ctx.body.placeholders) if (fields.has(p.name) && p.start < ctx.body.signatureStart) findings.push({field: 'body', start: p.start, end: p.end, data: {match: p.raw}})
    const max = thresholdFor(rule.max, ctx.channel)
    if (max !== undefined && urls.length > max) {
      // A link already reported for its host is not reported again for the budget.
      const reported = new Set(findings.map((f) => f.start))
      for (const l of urls.slice(max)) if (!reported.has(l.start)) findings.push({field: 'body', start: l.start, end: l.end, data: {match: l.value, value: urls.length, limit: max}})
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
      /** Report when the message has more links than this. */
      max: threshold.optional()
    })
    .strict()
