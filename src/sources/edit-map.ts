/**
 * micromark 4.0.3 applies its document tokenizer's edits (the exits of containers a line closes)
 * with `EditMap.consume`, which copies the whole list of the document's events for every such edit,
 * although the edit is at the list's end: a Markdown draft whose block quotes or lists close on
 * many lines took time quadratic in its length (80 KB of quotes between paragraphs, 37 s; 4.0.2
 * spliced at the end instead, but was quadratic in lines with trailing spaces). This `consume` keeps
 * the events before the first edit where they are and rebuilds the list from there: the same
 * events in the same order, in time linear in what follows the first edit.
 */
import {EditMap} from 'micromark-util-edit-map'

EditMap.prototype.consume = function consume(this: EditMap, events: Parameters<EditMap['consume']>[0]): undefined {
  const map = this.map.sort((a, b) => a[0] - b[0])
  if (map.length === 0) return
  const from = map[0][0]
  const tail = events.slice(from)
  events.length = from
  // What stays between one edit and the next (none where a removal reaches past the next edit).
  let at = from
  for (const [index, remove, add] of map) {
    for (let i = at; i < index; i++) events.push(tail[i - from])
    for (const event of add) events.push(event)
    at = index + remove
  }
  for (let i = at; i < from + tail.length; i++) events.push(tail[i - from])
  this.map.length = 0
  this.index.clear()
}
