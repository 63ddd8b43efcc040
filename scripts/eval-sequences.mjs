// Sequence-level evaluation, a section of `npm run eval`: each labelled sequence (fixtures/sequences/
// {team,real}/labels.yaml, labels by fixtures/sequences/LABELLING.md) is linted with lintSequence, and a
// label counts as found when one of the sequence rules that stand for it has a finding. Per set and per
// label: true and false positives, misses, precision and recall; every disagreement by name.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {lintSequence} from '../dist/sequence.js'

/** Which sequence rules stand for which label (LABELLING.md's table). */
export const LABEL_RULES = {
  bump: ['sequence-no-new-content'],
  repeated: ['sequence-repeated-pitch', 'sequence-repeated-sentence'],
  'same-ask': ['sequence-same-ask'],
  pressure: ['sequence-escalating-pressure', 'sequence-guilt-trip-break-up'],
  cadence: ['sequence-gap-too-short', 'sequence-too-dense', 'sequence-too-long'],
  channel: ['sequence-linkedin-before-connection', 'sequence-sms-opt-out', 'sequence-sms-consent']
}

/** {label: {tp, fp, fn, tn, disagreements}} for the labelled sequences of one folder. */
export function evaluateSequences(dir) {
  const labels = parse(readFileSync(join(dir, 'labels.yaml'), 'utf8'))
  const counts = Object.fromEntries(Object.keys(LABEL_RULES).map((l) => [l, {tp: 0, fp: 0, fn: 0, tn: 0, disagreements: []}]))
  for (const [file, truth] of Object.entries(labels)) {
    const sequence = parse(readFileSync(join(dir, file), 'utf8'))
    const found = new Set(lintSequence(sequence).messages.map((m) => m.ruleId))
    for (const [label, rules] of Object.entries(LABEL_RULES)) {
      if (typeof truth[label] !== 'boolean') throw new Error(`${dir}/labels.yaml: ${file}: ${label}: expected true or false`)
      const said = rules.some((r) => found.has(r))
      const c = counts[label]
      if (said && truth[label]) c.tp++
      else if (said) (c.fp++, c.disagreements.push(`${file}: found, not labelled`))
      else if (truth[label]) (c.fn++, c.disagreements.push(`${file}: labelled, not found`))
      else c.tn++
    }
  }
  return {sequences: Object.keys(labels).length, counts}
}

export function reportSequences(root) {
  for (const [name, sub] of [
    ['team-written sequences (upper bound)', 'team'],
    ['real sequences (public template libraries)', 'real']
  ]) {
    const dir = join(root, 'fixtures/sequences', sub)
    if (!existsSync(join(dir, 'labels.yaml'))) continue
    const {sequences, counts} = evaluateSequences(dir)
    console.log(`\n== ${name}: ${sequences} sequences, sequence-level ==`)
    const pct = (n, d) => (d === 0 ? '   -  ' : `${((n / d) * 100).toFixed(1).padStart(5)}%`)
    for (const [label, c] of Object.entries(counts)) {
      console.log(`  ${label.padEnd(9)} precision ${pct(c.tp, c.tp + c.fp)} recall ${pct(c.tp, c.tp + c.fn)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`)
      for (const d of c.disagreements) console.log(`      ${d}`)
    }
    const all = Object.values(counts).reduce((a, c) => ({tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn}), {tp: 0, fp: 0, fn: 0})
    console.log(`  all labels precision ${pct(all.tp, all.tp + all.fp)} recall ${pct(all.tp, all.tp + all.fn)}`)
  }
}

// `npm run eval:sequences`: this section alone, reading nothing but fixtures/sequences.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) reportSequences(join(dirname(fileURLToPath(import.meta.url)), '..'))
