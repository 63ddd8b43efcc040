/** Mapping linted-text offsets back into the file, and line/column arithmetic on the file's text. */
import type {TextMap} from './types.js'
import {lineStarts, locate} from '../analyse/positions.js'

export {lineStarts, locate}

function startOf(map: TextMap, i: number): number {
  const starts = map.starts!
  for (let j = i; j < starts.length; j++) if (starts[j] >= 0) return starts[j]
  for (let j = Math.min(i, starts.length) - 1; j >= 0; j--) if (map.ends![j] >= 0) return map.ends![j]
  return map.base
}

function endOf(map: TextMap, i: number): number {
  // i is an exclusive end: the end of character i - 1.
  const ends = map.ends!
  for (let j = i - 1; j >= 0; j--) if (ends[j] >= 0) return ends[j]
  return startOf(map, i)
}

/** The file range of text range [start, end). */
export function toFile(map: TextMap, start: number, end: number): [number, number] {
  if (!map.starts) return [map.base + start, map.base + end]
  const s = startOf(map, start)
  const e = end <= start ? s : Math.max(s, endOf(map, end))
  return [s, e]
}

/**
 * True when text range [start, end) is one contiguous run of the file (no added characters, no gaps),
 * so replacing the file range replaces exactly what was linted.
 */
export function isContiguous(map: TextMap, start: number, end: number): boolean {
  if (!map.starts) return true
  const {starts, ends} = map
  if (end <= start) return start >= starts.length || starts[start] >= 0 || (start > 0 && ends![start - 1] >= 0)
  for (let i = start; i < end; i++) {
    if (starts[i] < 0) return false
    if (i > start && starts[i] !== ends![i - 1]) return false
  }
  return true
}
