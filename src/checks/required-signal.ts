/** required-signal: the message must show at least `min` of the named signals (relevance, a question). */
import type {RequiredSignalRule} from '../rules/format.js'
import {openingRange} from './body-range.js'
import type {CheckKind} from './types.js'
import type {OptionKit} from '../rules/definition.js'

export const requiredSignal: CheckKind<RequiredSignalRule> = (rule) => (ctx) => {
  let present = 0
  for (const name of rule.signals) if (ctx.signals.has(name)) present++
  if (present >= rule.min) return []
  if (ctx.body.words.length === 0) return []
  const [start, end] = openingRange(ctx.body)
  return [{field: 'body', start, end, data: {present, min: rule.min}}]
}

/** The options of a required-signal rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const requiredSignalOptions = ({z, definition}: OptionKit) =>
  z
    .object({
      ...definition,
      check: z.literal('required-signal'),
      signals: z.array(z.string().min(1)).min(1),
      /** How many distinct signals of the list must be present. */
      min: z.number().int().positive().default(1)
    })
    .strict()
