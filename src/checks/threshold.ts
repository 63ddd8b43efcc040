import type {Threshold} from '../rules/format.js'
import type {Channel} from '../types.js'

/** The threshold for a channel: a plain number, or the channel's entry, else `default`. */
export function thresholdFor(threshold: Threshold | undefined, channel: Channel): number | undefined {
  if (threshold === undefined || typeof threshold === 'number') return threshold
  return threshold[channel] ?? threshold.default
}
