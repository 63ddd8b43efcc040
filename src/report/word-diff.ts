/**
 * A word-level diff of two texts as runs of kept, removed and added text: the longest common
 * subsequence over words, runs of spaces and line breaks. Between two kept runs there is at most one
 * removed run and then one added run. Joining the kept and removed runs gives the first text back,
 * the kept and added ones the second. Past 4,000 words a side it compares whole lines instead, so a
 * long text cannot make it quadratic in words. Pure: the CLI's `rewrite --diff` and the web page
 * draw it each their own way.
 */
export interface DiffRun {
  kind: 'same' | 'removed' | 'added'
  text: string
}

/** Words, runs of spaces, and line breaks: the units a word-level diff compares. */
function wordsOf(text: string): string[] {
  return text.match(/\r?\n|[^\S\r\n]+|[^\s]+/g) ?? []
}

export function wordRuns(before: string, after: string): DiffRun[] {
  let a = wordsOf(before)
  let b = wordsOf(after)
  if (a.length > 4000 || b.length > 4000) {
    a = before.split(/(?<=\n)/)
    b = after.split(/(?<=\n)/)
  }
  const n = a.length
  const m = b.length
  // Common prefix and suffix first: most rewrites touch a few sentences.
  let lo = 0
  while (lo < n && lo < m && a[lo] === b[lo]) lo++
  let hiA = n
  let hiB = m
  while (hiA > lo && hiB > lo && a[hiA - 1] === b[hiB - 1]) {
    hiA--
    hiB--
  }
  const rows = hiA - lo
  const cols = hiB - lo
  const table = new Uint32Array((rows + 1) * (cols + 1))
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i * (cols + 1) + j] = a[lo + i] === b[lo + j] ? table[(i + 1) * (cols + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (cols + 1) + j], table[i * (cols + 1) + j + 1])
    }
  }
  const runs: DiffRun[] = []
  let same = a.slice(0, lo).join('')
  let removed = ''
  let added = ''
  const flush = () => {
    if (same) runs.push({kind: 'same', text: same})
    if (removed) runs.push({kind: 'removed', text: removed})
    if (added) runs.push({kind: 'added', text: added})
    same = removed = added = ''
  }
  let i = 0
  let j = 0
  while (i < rows || j < cols) {
    if (i < rows && j < cols && a[lo + i] === b[lo + j]) {
      if (removed || added) flush()
      same += a[lo + i]
      i++
      j++
    } else {
      if (same) flush()
      if (j < cols && (i === rows || table[i * (cols + 1) + j + 1] >= table[(i + 1) * (cols + 1) + j])) added += b[lo + j++]
      else removed += a[lo + i++]
    }
  }
  if (removed || added) flush()
  same += a.slice(hiA).join('')
  flush()
  return runs
}
