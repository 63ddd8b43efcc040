/** Apply edits to a text: sorted, never two overlapping (a later overlapping edit waits for the next pass). */
export interface Edit {
  start: number
  end: number
  replacement: string
}

export function applyEdits(text: string, edits: Edit[]): {text: string; applied: Edit[]} {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: Edit[] = []
  let end = -1
  for (const edit of sorted) {
    if (edit.start < end || (edit.start === end && edit.start === edit.end && applied.length > 0)) continue
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) continue
    applied.push(edit)
    end = edit.end
  }
  let out = ''
  let at = 0
  for (const edit of applied) {
    out += text.slice(at, edit.start) + edit.replacement
    at = edit.end
  }
  out += text.slice(at)
  return {text: out, applied}
}
