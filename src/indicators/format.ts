/** How the report writes its numbers: shares as percentages, counts with their noun, changes with a sign. */

export function percent(share: number | null | undefined, places = 1): string {
  return share === null || share === undefined ? '–' : `${(share * 100).toFixed(places).replace(/\.0+$/, '')}%`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

export function signed(n: number | null, format: (x: number) => string = String): string {
  if (n === null) return '–'
  return n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : '±0'
}

/** A value of an indicator in words: "grade 3", "44 words". */
export function valueText(unit: string, value: number): string {
  return unit === 'grade' ? `grade ${value}` : `${value} ${unit}`
}


/** A report's date for people: "2026-01-01 09:30 UTC". */
export function when(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso)
  return m ? `${m[1]} ${m[2]} UTC` : iso
}
