/**
 * The bases a regular English inflection could come from: "shipped" -> ship, "shared" -> share,
 * "tries" -> try, "bigger" -> big, "quickly" -> quick. Guesses, some of them no word: the caller
 * keeps those its word list has. scripts/build-words.mjs leaves out of the list the words whose base
 * is in it, so the two must strip the same endings.
 */
export function inflectionBases(w: string): string[] {
  const out: string[] = []
  const stem = (s: string): void => {
    if (s.length < 2) return
    out.push(s, `${s}e`)
    // A doubled last consonant ("shipped", "bigger", "running").
    if (s.length > 2 && s.at(-1) === s.at(-2) && !/[aeiou]/.test(s.at(-1) as string)) out.push(s.slice(0, -1))
  }
  for (const suffix of ['ing', 'ed', 'er', 'est']) if (w.endsWith(suffix)) stem(w.slice(0, -suffix.length))
  for (const suffix of ['ied', 'ies', 'ier', 'iest', 'ily']) if (w.endsWith(suffix)) out.push(`${w.slice(0, -suffix.length)}y`)
  if (w.endsWith('es')) out.push(w.slice(0, -2))
  if (w.endsWith('s')) out.push(w.slice(0, -1))
  if (w.endsWith('ly')) out.push(w.slice(0, -2))
  return out
}
