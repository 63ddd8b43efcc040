/**
 * A word-level diff of two texts for the page: the longest common subsequence of their words and
 * spaces, as runs of kept, removed and added text. Joining the kept and removed runs gives the first
 * text back, the kept and added ones the second.
 */
export interface Run {
  kind: 'same' | 'removed' | 'added'
  text: string
}

/** Above this many table cells the texts are shown as one removal and one addition. */
const MAX_CELLS = 4_000_000

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? []
}

export function wordDiff(before: string, after: string): Run[] {
  const a = tokens(before)
  const b = tokens(after)
  // The common head and tail need no table.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const x = a.slice(head, a.length - tail)
  const y = b.slice(head, b.length - tail)
  const runs: Run[] = []
  const push = (kind: Run['kind'], text: string) => {
    if (!text) return
    const last = runs[runs.length - 1]
    if (last?.kind === kind) last.text += text
    else runs.push({kind, text})
  }
  push('same', a.slice(0, head).join(''))
  if ((x.length + 1) * (y.length + 1) > MAX_CELLS) {
    push('removed', x.join(''))
    push('added', y.join(''))
  } else {
    // lengths[i][j]: the longest common subsequence of x[i..] and y[j..].
    const lengths = Array.from({length: x.length + 1}, () => new Uint32Array(y.length + 1))
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) lengths[i][j] = x[i] === y[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1])
    }
    let i = 0
    let j = 0
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) push('same', x[i++]), j++
      else if (j >= y.length || (i < x.length && lengths[i + 1][j] >= lengths[i][j + 1])) push('removed', x[i++])
      else push('added', y[j++])
    }
  }
  push('same', a.slice(a.length - tail).join(''))
  return runs
}
