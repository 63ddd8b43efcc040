/**
 * The draft's layout after its sentences are decided: its headings stay headings (round 21's judges).
 *
 * - a heading asked as a question ("**What's in it for you?**") is a label over what follows, no ask:
 *   taken for one and cut, it leaves its list under nothing (r1638); it stays while anything under it stays;
 * - a heading whose whole section went ("**What pilots get:**" over a list that went) goes with it, or it
 *   heads nothing (r1641);
 * - a guide line put in front of a sentence that opens on a heading gets its own paragraph, not the
 *   heading's line ("[[...]] **How it works:**", r1699);
 * - a cut at a sentence's start that leaves no sentence ("I wanted to reach out personally because ..."
 *   -> "Personally because ...", r1640) takes the "because" too where the reason reads on its own ("I
 *   think you'd be perfect for ..."), or is not made: the sentence stays as written.
 */
import type {SentenceRole} from '../analyse/roles.js'
import type {Edit} from './apply.js'
import type {Draft, State} from './draft.js'

/** A line that is only a heading: "## Pilot details", "**What pilots get:**", "__Why now?__". */
const HEADING_LINE = /^[ \t]*(?:#{1,6}[ \t]+\S[^\n]*|\*\*[^*\n]{2,80}\*\*[ \t]*:?|__[^_\n]{2,80}__[ \t]*:?)[ \t]*$/

/** A question asked of the reader in bold, not a label: "**Would you be open to a call?**", "**Are you happy with ...?**". */
const ASKED = /^[\s*_#]*(?:would|could|can|shall|should|do|does|did|are|is|was|were|will|want|may|might|have|has|had|how about|what about|any)\b/i

/** The sentence is a heading asked as a question, alone on its line: "**What's in it for you?**", "## Interested?". */
export function headingQuestion(text: string, s: {start: number; end: number}): boolean {
  // (Cheap tests first: a paragraph of thousands of sentences asks this of each.)
  if (!/\?[*_ \t]*$/.test(text.slice(s.start, s.end)) || !/(?:^|\n)[ \t]*[*_#]*[ \t]*$/.test(text.slice(Math.max(0, s.start - 12), s.start))) return false
  const from = text.lastIndexOf('\n', s.start - 1) + 1
  const nl = text.indexOf('\n', s.start)
  const to = nl < 0 ? text.length : nl
  if (to - from > 120) return false
  const line = text.slice(from, to)
  return s.end <= to + 1 && HEADING_LINE.test(line) && /\?[*_ \t]*$/.test(line) && !ASKED.test(line)
}

/** A rule between sections: "---", "***". */
const RULE_LINE = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/

/** A guide line joined to what follows by a space. Group 1 the guide line. */
const GUIDE_THEN = /^(\[\[[^\]\n]*\]\]) (?=\S)/

interface Line {
  start: number
  end: number
  heading: boolean
  rule: boolean
}

/** The body's lines, from its start to the signature. */
function bodyLines(d: Draft): Line[] {
  const {text, facts} = d
  const lines: Line[] = []
  let at = text.lastIndexOf('\n', facts.bodyStart - 1) + 1
  while (at < facts.signatureStart) {
    const nl = text.indexOf('\n', at)
    const end = nl < 0 || nl > facts.signatureStart ? facts.signatureStart : nl
    const line = text.slice(at, end)
    lines.push({start: at, end, heading: line.length <= 120 && HEADING_LINE.test(line), rule: RULE_LINE.test(line)})
    at = end + 1
  }
  return lines
}

/** The body sentence `at` falls in, by a binary search over the body (in order). */
function sentenceAt(body: SentenceRole[], at: number): SentenceRole | undefined {
  let lo = 0
  let hi = body.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (body[mid].end <= at) lo = mid + 1
    else if (body[mid].start > at) hi = mid - 1
    else return body[mid]
  }
  return undefined
}

/**
 * What no sentence starts with: a clause that hangs on the words cut before it. (Not yet "Of", what a connective
 * cut from "Instead of ..." leaves: the sentence it joined on to went, and kept whole it still leans on that one, r1689.)
 */
const FRAGMENT_START = /^(?:That|Personally|Because|Which|Whom|Whose|Than)\b/

/** What is left of "I wanted to reach out personally because I think ...": the reason, which says it on its own. */
const BECAUSE = /^(?:personally\s+)?because\s+(?=(?:I|we|you|your|you['’]re|they)\b)/i

/**
 * Cuts at a sentence's start that leave a fragment: the cut takes the "because" that is left too, where the
 * reason reads on its own ("I think you'd be perfect for ..."), or is not made.
 */
function keepSentences(d: Draft, st: State): void {
  const {text} = d
  for (const e of [...st.edits]) {
    if (!/^\p{Lu}$/u.test(e.replacement)) continue
    const s = sentenceAt(d.body, e.start)
    if (s === undefined || e.end >= s.end || !/^\s*$/.test(text.slice(s.start, e.start)) || !FRAGMENT_START.test(e.replacement + text.slice(e.end, Math.min(s.end, e.end + 20)))) continue
    const cut = text.slice(e.start, e.end - 1)
    // (Not a wish cut from the wish it leads into, "I hope this finds you well, and that ...": left to the plan as it is.)
    if (/\bhope\b/i.test(cut)) continue
    const reason = BECAUSE.exec(text.slice(e.end - 1, s.end))
    if (reason) {
      e.end += reason[0].length - 1
      e.replacement = text[e.end].toUpperCase()
      e.end += 1
      continue
    }
    st.edits = st.edits.filter((x) => x !== e)
    st.changes = st.changes.filter((c) => !(c.kind === 'removed' && c.before !== '' && cut.trim() === c.before.trim()))
  }
}

/** Whether every character of text in [from, to) is inside one of the deletions, its markup and spaces aside. */
function goneIn(text: string, deletions: Edit[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (/[\s*_#]/.test(text[i])) continue
    const e = deletions.find((x) => x.start <= i && i < x.end)
    if (e === undefined) return false
    i = e.end - 1
  }
  return true
}

export function keepLayout(d: Draft, st: State): void {
  const {text} = d
  keepSentences(d, st)
  const lines = bodyLines(d)
  if (lines.some((l) => l.heading)) {
    const deletions = () => st.edits.filter((e) => e.replacement === '')
    for (let i = 0; i < lines.length; i++) {
      const h = lines[i]
      if (!h.heading) continue
      // Its section: the lines up to the next heading, rule or the signature.
      let j = i + 1
      while (j < lines.length && !lines[j].heading && !lines[j].rule) j++
      const from = lines[i + 1]?.start ?? h.end
      const to = j < lines.length ? lines[j].start : d.facts.signatureStart
      if (i + 1 >= j || !/\S/.test(text.slice(from, to))) continue
      const cuts = deletions()
      if (!goneIn(text, cuts, from, to) || goneIn(text, cuts, h.start, h.end)) continue
      st.edits.push({start: h.start, end: Math.min(h.end + 1, text.length), replacement: ''})
      st.changes.push({ruleId: d.credit.plan, kind: 'removed', before: text.slice(h.start, h.end).trim(), after: '', why: 'Everything under the heading went; left, it heads nothing.'})
    }
  }
  // A guide line in front of a heading: a paragraph of its own.
  for (const e of st.edits) {
    const guide = GUIDE_THEN.exec(e.replacement)
    if (guide && HEADING_LINE.test(e.replacement.slice(guide[0].length).split('\n')[0])) e.replacement = `${guide[1]}\n\n${e.replacement.slice(guide[0].length)}`
  }
}
