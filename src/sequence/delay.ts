/** A step's delay ("2d", "36h", "1w", "90m", or a number of days) in days. */

const DELAY = /^\s*(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)?\s*$/i
const PER_DAY: Record<string, number> = {m: 1 / 1440, h: 1 / 24, d: 1, w: 7}

/** The delay in days, or undefined when it is not a duration. A bare number is days. */
export function delayDays(delay: string | number): number | undefined {
  if (typeof delay === 'number') return Number.isFinite(delay) && delay >= 0 ? delay : undefined
  if (typeof delay !== 'string') return undefined
  const m = DELAY.exec(delay)
  if (!m) return undefined
  const unit = (m[2] ?? 'd').toLowerCase()
  return Number(m[1]) * PER_DAY[unit === 'min' || unit.startsWith('mi') ? 'm' : unit[0]]
}

/** "2 days", "1.5 days", "12 hours": for messages. */
export function formatDays(days: number): string {
  if (days < 1 && days > 0) {
    const hours = Math.round(days * 24 * 10) / 10
    return `${hours} ${hours === 1 ? 'hour' : 'hours'}`
  }
  const d = Math.round(days * 10) / 10
  return `${d} ${d === 1 ? 'day' : 'days'}`
}
