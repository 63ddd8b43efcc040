/**
 * Trie edge labels (Porter stems, and exact spellings for `=word`) as small integers, interned for
 * the life of the process. A term carries the ids of its stem and spelling, so matching compares
 * integers, and a term whose stem no pattern uses (-1) costs no lookup at all.
 *
 * Ids only grow: a trie built later adds labels, never renumbers. `keyGeneration` changes whenever a
 * label is added, so a cache of terms made before (facts.ts) knows its -1s may be stale.
 */
const ids = new Map<string, number>()
const labels: string[] = []
let generation = 0

/** The id of `label`, given one if it has none. */
export function internKey(label: string): number {
  let id = ids.get(label)
  if (id === undefined) {
    id = labels.push(label) - 1
    ids.set(label, id)
    generation++
  }
  return id
}

/** The id of `label`, or -1 when no trie has it as an edge. */
export function keyOf(label: string): number {
  return ids.get(label) ?? -1
}

export function keyLabel(id: number): string {
  return labels[id]
}

export function keyGeneration(): number {
  return generation
}
