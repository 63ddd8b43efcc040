/** ratio: self-references (I, we, our) far above recipient-references (you, your), counted on words. */
import type {z} from 'zod'
import type {ratioRuleSchema} from '../rules/schema.js'
import {openingRange} from './body-range.js'
import type {CheckKind} from './types.js'

type RatioRule = z.infer<typeof ratioRuleSchema>

export const ratio: CheckKind<RatioRule> = (rule) => (ctx) => {
  const {self, recipient} = ctx.references
  if (self < rule.minSelf || self <= rule.max * Math.max(1, recipient)) return []
  const [start, end] = openingRange(ctx.body)
  return [{field: 'body', start, end, data: {self, recipient}}]
}
