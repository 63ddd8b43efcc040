/** Inline comments that turn rules off and on: `<!-- outreach-lint-disable rule-id -->` (Markdown and HTML). */
import type {Directive} from './types.js'

const COMMENT_RE = /<!--([\s\S]*?)-->/g
const DIRECTIVE_RE = /^\s*outreach-lint-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/

/** The directive in one comment's inner text, if it is one. */
export function parseDirective(inner: string, offset: number, end: number): Directive | undefined {
  const m = DIRECTIVE_RE.exec(inner)
  if (!m) return undefined
  const rules = m[2]
    .replace(/--.*$/s, '') // "-- reason" after the ids is a comment for humans
    .split(/[\s,]+/)
    .filter(Boolean)
  return {kind: m[1] as Directive['kind'], rules, offset, end}
}

/** Every directive in a raw HTML fragment (a Markdown `html` node may hold several comments). */
export function directivesIn(raw: string, base: number): Directive[] {
  const out: Directive[] = []
  COMMENT_RE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = COMMENT_RE.exec(raw))) {
    const d = parseDirective(m[1], base + m.index, base + m.index + m[0].length)
    if (d) out.push(d)
  }
  return out
}

/**
 * Whether a finding at file offset `offset` on 1-based `line` is turned off. `lineOf` gives the line of
 * a file offset. `disable`/`enable` act from the comment on; `disable-next-line` on the line after the
 * comment's last line.
 */
export function isDisabled(directives: Directive[], ruleId: string, offset: number, line: number, lineOf: (offset: number) => number): boolean {
  let all = false
  const off = new Set<string>()
  const on = new Set<string>() // re-enabled individually while `all` is set
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      if (lineOf(d.end) + 1 === line && (d.rules.length === 0 || d.rules.includes(ruleId))) return true
      continue
    }
    if (d.offset > offset) continue
    if (d.kind === 'disable') {
      if (d.rules.length === 0) {
        all = true
        on.clear()
        off.clear()
      } else for (const r of d.rules) (off.add(r), on.delete(r))
    } else if (d.rules.length === 0) {
      all = false
      off.clear()
      on.clear()
    } else for (const r of d.rules) (off.delete(r), on.add(r))
  }
  return (all && !on.has(ruleId)) || off.has(ruleId)
}
