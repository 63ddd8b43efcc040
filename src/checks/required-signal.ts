/** required-signal: the message must show at least `minSignals` of the named signals (relevance, a question). */
import type {RequiredSignalRule} from '../rules/format.js'
import {openingRange} from './body-range.js'
import type {CheckKind} from './types.js'
import type {OptionKit} from '../rules/definition.js'

export const requiredSignal: CheckKind<RequiredSignalRule> = (rule) => (ctx) => {
  let present = 0
  for (const name of rule.signals) if (ctx.signals.has(name)) present++
  if (present >= rule.minSignals) return []
  if (ctx.body.words.length === 0) return []
  const [start, end] = openingRange(ctx.body)
  return [{field: 'body', start, end, data: {present, min: rule.minSignals}}]
}

/** Options renamed, by old name: `min` is a measured limit per channel (metric); this is a count of signals. */
export const requiredSignalOldNames = {min: 'minSignals'} as const

/** The options of a required-signal rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const requiredSignalOptions = ({z, definition, withOldNames}: OptionKit) =>
  withOldNames(
    z
      .object({
        ...definition,
        check: z.literal('required-signal'),
        signals: z.array(z.string().min(1)).min(1),
        /** How many distinct signals of the list must be present. */
        minSignals: z.number().int().positive().optional(),
        /** @deprecated The old name of `minSignals`. */
        min: z.number().int().positive().optional()
      })
      .strict(),
    requiredSignalOldNames,
    {minSignals: 1}
  )
