/** A unified diff of two texts by lines (LCS), for --fix-dry-run; a word diff for `rewrite --diff`. */
import {wordRuns} from '../report/word-diff.js'

function split(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? []
  return lines
}

export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return ''
  const a = split(before)
  const b = split(after)
  // Trim the common head and tail so the LCS table stays small.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const x = a.slice(head, a.length - tail)
  const y = b.slice(head, b.length - tail)
  const dp: Uint32Array[] = Array.from({length: x.length + 1}, () => new Uint32Array(y.length + 1))
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) dp[i][j] = x[i] === y[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1])
  type Op = {kind: ' ' | '-' | '+'; line: string; ai: number; bi: number}
  const ops: Op[] = []
  for (let k = 0; k < head; k++) ops.push({kind: ' ', line: a[k], ai: k, bi: k})
  let i = 0
  let j = 0
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) ops.push({kind: ' ', line: x[i], ai: head + i++, bi: head + j++})
    else if (i < x.length && (j >= y.length || dp[i + 1][j] >= dp[i][j + 1])) ops.push({kind: '-', line: x[i], ai: head + i++, bi: head + j})
    else ops.push({kind: '+', line: y[j], ai: head + i, bi: head + j++})
  }
  for (let k = 0; k < tail; k++) ops.push({kind: ' ', line: a[a.length - tail + k], ai: a.length - tail + k, bi: b.length - tail + k})
  let out = `--- a/${name}\n+++ b/${name}\n`
  let k = 0
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      k++
      continue
    }
    let from = Math.max(0, k - context)
    let to = k
    // extend the hunk while changes are within 2*context lines of each other
    let last = k
    while (to < ops.length) {
      if (ops[to].kind !== ' ') last = to
      else if (to - last > context * 2) break
      to++
    }
    to = Math.min(ops.length, last + context + 1)
    const hunk = ops.slice(from, to)
    const aStart = hunk[0].ai + 1
    const bStart = hunk[0].bi + 1
    const aLen = hunk.filter((o) => o.kind !== '+').length
    const bLen = hunk.filter((o) => o.kind !== '-').length
    out += `@@ -${aLen === 0 ? aStart - 1 : aStart},${aLen} +${bLen === 0 ? bStart - 1 : bStart},${bLen} @@\n`
    for (const o of hunk) out += `${o.kind}${o.line.endsWith('\n') ? o.line : `${o.line}\n\\ No newline at end of file\n`}`
    k = to
    from = to
  }
  return out
}

/**
 * A word-level diff in the style of `git diff --word-diff=plain`: removed words in [-...-], added
 * ones in {+...+}, the rest as it is (the runs: src/report/word-diff.ts).
 */
export function wordDiff(before: string, after: string): string {
  const out = wordRuns(before, after)
    .map((run) => (run.kind === 'same' ? run.text : run.kind === 'removed' ? `[-${run.text}-]` : `{+${run.text}+}`))
    .join('')
  return out.endsWith('\n') ? out : out + '\n'
}
