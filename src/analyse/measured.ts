/**
 * A percentage measured, not promised (docs/fresh-errors.md, rounds 20 and 21, class SPUR): "100%" is a
 * spam word as a promise or emphasis ("100% guaranteed"), but a figure reported from a measurement is
 * read by its frame, not its value:
 *
 * - a share on a counted set: "100% on 50 strict bugs", "100% across 12 runs";
 * - one of a set of figures: another percentage in the same sentence and line ("75% memory reduction,
 *   100% recall", "100% on the strict set, 77% on the noisy one"); a discount ("30% off") is a price,
 *   not a measurement, and "100%" twice is emphasis repeated.
 */

/** A figure and its count after it: "on 50 strict bugs", "across 12 runs", "over 3 weeks". */
const ON_COUNT_RE = /^\s+(?:on|across|over|in)\s+\d/i
/** Another percentage, not a discount and not "100%" again ("100% of the time, 100% of the fees" is emphasis repeated). */
const PERCENT_RE = /\b(?!100\b)\d{1,3}(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)(?!\s*off\b)/gi

/** Whether the figure at [start, end) of `text`, in the sentence [from, to), is measured. */
export function measuredFigure(text: string, from: number, to: number, start: number, end: number): boolean {
  if (ON_COUNT_RE.test(text.slice(end, end + 24))) return true
  const lineFrom = Math.max(from, text.lastIndexOf('\n', start - 1) + 1)
  const lineEnd = text.indexOf('\n', end)
  const lineTo = lineEnd < 0 ? to : Math.min(to, lineEnd)
  for (const m of text.slice(lineFrom, lineTo).matchAll(PERCENT_RE)) {
    const at = lineFrom + m.index
    if (at + m[0].length <= start || at >= end) return true
  }
  return false
}
