/** pattern: a regular expression over the raw text, for what words cannot express ("!!!", "Re:"). */
import {buildEdits} from '../fix/suggest.js'
import type {PatternRule} from '../rules/format.js'
import type {CheckContext, CheckKind, RawFinding} from './types.js'
import {sentenceIndexAt} from '../analyse/facts.js'
import {measuredFigure} from '../analyse/measured.js'
import {claimBySender} from './phrase.js'
import type {OptionKit} from '../rules/definition.js'
import type {TextFacts} from '../analyse/facts.js'

/**
 * A backtracking engine retries a pattern from every start position, so even a pattern that passed
 * the safety check can cost time quadratic in the length of one long run (`\w+@\w+\.com` on a
 * 100,000-letter word). Texts longer than one window are therefore scanned in overlapping windows:
 * the cost per character is bounded by the window, and a match up to OVERLAP characters long is
 * never cut in two. Messages shorter than a window (all real ones) are scanned whole, as before.
 */
const WINDOW = 4096
const OVERLAP = 512

function* windows(text: string, anchored: boolean): Generator<[number, string]> {
  if (text.length <= WINDOW || anchored) {
    yield [0, text.length <= WINDOW ? text : text.slice(0, WINDOW)]
    return
  }
  for (let at = 0; at < text.length; at += WINDOW - OVERLAP) {
    yield [at, text.slice(at, at + WINDOW)]
    if (at + WINDOW >= text.length) return
  }
}

export const pattern: CheckKind<PatternRule> = (rule, env) => {
  const re = env.regExp(rule.pattern, rule.flags, rule.id)
  // A pattern anchored at the start ("^Re:") only ever looks at the start of the text.
  const anchored = /^\^|\(\?:\^|\|\^/.test(rule.pattern) && !rule.flags.includes('m')
  const sender = rule.about === 'sender' && rule.target === 'body'
  return (ctx) => {
    const facts = rule.target === 'subject' ? ctx.subject : ctx.body
    if (!facts) return []
    const findings: RawFinding[] = []
    let done = 0
    for (const [offset, slice] of windows(facts.text, anchored)) {
      const last = offset + slice.length >= facts.text.length
      re.lastIndex = 0
      let m: RegExpExecArray | null
      while ((m = re.exec(slice))) {
        if (m[0].length === 0) {
          re.lastIndex++
          continue
        }
        const start = offset + m.index
        const end = start + m[0].length
        // Matches that start in the overlap are left to the next window, which sees them whole.
        if (!last && m.index >= WINDOW - OVERLAP) break
        if (start < done) continue
        if (sender && !bySender(ctx, start, end)) continue
        if (rule.skipMeasured && measured(facts, start, end)) continue
        done = end
        findings.push({field: rule.target, start, end, data: {match: m[0]}, ...buildEdits(facts, rule.suggestions, start, end, m[0])})
      }
    }
    return findings
  }
}

/** A match in the body is the sender's claim unless its sentence is about the reader (phrase.ts claimBySender). */
function bySender(ctx: CheckContext, start: number, end: number): boolean {
  const sentence = sentenceIndexAt(ctx.body, start)
  return sentence < 0 || claimBySender(ctx, ctx.body, sentence, start, end)
}

/** A figure measured, not promised (analyse/measured.ts), in its sentence. */
function measured(facts: TextFacts, start: number, end: number): boolean {
  const sentence = facts.sentences[sentenceIndexAt(facts, start)]
  return measuredFigure(facts.text, sentence?.start ?? 0, sentence?.end ?? facts.text.length, start, end)
}

/** The options of a pattern rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const patternOptions = ({z, definition, target}: OptionKit) =>
  z
    .object({
      ...definition,
      check: z.literal('pattern'),
      /** A regular expression, checked for catastrophic backtracking before use. */
      pattern: z.string().min(1),
      flags: z.string().regex(/^[imu]*$/, 'only the flags i, m and u are allowed').default(''),
      target,
      /** sender: skip matches in sentences that refer to the reader (you, your) and not to the sender (I, we, our). */
      about: z.enum(['any', 'sender']).default('any'),
      /** Skip a figure that reads as measured, not promised: "100% on 50 bugs", "75% less memory, 100% recall". */
      skipMeasured: z.boolean().optional()
    })
    .strict()
