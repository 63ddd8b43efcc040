/** required-signal: the message must show at least `min` of the named signals (relevance, a question). */
import type {RequiredSignalRule} from '../rules/format.js'
import {openingRange} from './body-range.js'
import type {CheckKind} from './types.js'

export const requiredSignal: CheckKind<RequiredSignalRule> = (rule) => (ctx) => {
  let present = 0
  for (const name of rule.signals) if (ctx.signals.has(name)) present++
  if (present >= rule.min) return []
  if (ctx.body.words.length === 0) return []
  const [start, end] = openingRange(ctx.body)
  return [{field: 'body', start, end, data: {present, min: rule.min}}]
}
