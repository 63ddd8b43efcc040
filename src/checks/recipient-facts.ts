/** recipient-facts: the caller told us who the recipient is; the message should mention some of it. */
import type {RecipientFactsRule} from '../rules/format.js'
import {openingRange} from './body-range.js'
import type {CheckKind} from './types.js'
import type {OptionKit} from '../rules/definition.js'
import {NAMES_RECIPIENT_FACTS} from '../analyse/signals.js'

export const recipientFacts: CheckKind<RecipientFactsRule> = () => (ctx) => {
  const r = ctx.input.recipient
  if (!r) return []
  const known = [r.company, r.role, ...(r.facts ?? [])].filter((f) => f && f.trim())
  if (known.length === 0) return []
  // Named already, or left to a merge field: the signals of analyse/signals.ts that say so.
  if (NAMES_RECIPIENT_FACTS.some((name) => ctx.signals.has(name))) return []
  const [start, end] = openingRange(ctx.body)
  return [{field: 'body', start, end, data: {facts: known.join(', ')}}]
}

/** The options of a recipient-facts rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const recipientFactsOptions = ({z, definition}: OptionKit) =>
  z.object({...definition, check: z.literal('recipient-facts')}).strict()
