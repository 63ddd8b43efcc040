/**
 * The names a rule refers to that the schema cannot check alone: signals (in `unless`, `onlyIf` and a
 * required-signal rule's `signals`), which are either computed in code (COMPUTED_SIGNALS) or declared
 * by a pack's `signals`, possibly another pack's. A misspelt `unless: [trigger-evnet]` would silently
 * disable nothing and a misspelt required signal would fire on every message, so a pack naming an
 * unknown one is refused with one line naming the file and the field. (Roles, categories, metrics and
 * every option of a check kind are enums or strict objects of the schema, checked when it parses.)
 * The signals a pack's `indicators` show are checked the same way. The flags that tell code how to
 * treat a rule are checked here too when they depend on other fields: `rewriteSubject` belongs to a
 * rule that reads the subject.
 */
import {COMPUTED_SIGNALS, RENAMED_SIGNALS} from '../analyse/signals.js'
import {ConfigError} from './errors.js'
import type {LinterRule, PackIndicators} from './format.js'

type Named = Pick<LinterRule, 'unless' | 'onlyIf' | 'check' | 'rewriteSubject'> & {signals?: readonly string[]; target?: string; metric?: string}

/** The signals a rule names, by field. */
function signalFields(rule: Named): Array<[field: string, names: readonly string[]]> {
  const fields: Array<[string, readonly string[]]> = []
  if (rule.unless) fields.push(['unless', rule.unless])
  if (rule.onlyIf) fields.push(['onlyIf', rule.onlyIf])
  if (rule.check === 'required-signal' && rule.signals) fields.push(['signals', rule.signals])
  return fields
}

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, up to `limit` + 1. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const rows = [Array.from({length: b.length + 1}, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1)
      row.push(d)
    }
    rows.push(row)
  }
  return rows[a.length][b.length]
}

/** The signal names known to packs with these phrase signals: the computed ones and theirs. */
export function knownSignals(phraseSignals: Iterable<string>): Set<string> {
  return new Set([...COMPUTED_SIGNALS, ...phraseSignals])
}

/**
 * Throw a ConfigError for the first signal `rule` names that is not `known`, or a flag it cannot
 * carry, naming the file and the field: `myrules.yaml: rules.2.unless: unknown signal "trigger-evnet" (did you mean "trigger-event"? known: ...)`.
 * `path` is where the rule sits in the file ('rules.2'; '' when the file is the rule).
 */
export function checkRule(rule: Named, known: ReadonlySet<string>, file: string, path = ''): void {
  const at = path ? `${path}.` : ''
  for (const [field, names] of signalFields(rule)) checkSignals(names, known, file, `${at}${field}`)
  if (rule.rewriteSubject && !readsSubject(rule)) {
    throw new ConfigError(`${file}: ${at}rewriteSubject: only for a rule that reads the subject (target: subject, or a subject metric)`, file)
  }
}

/** Throw a ConfigError for the first of `names` that is not a `known` signal, naming the file and `field`. */
function checkSignals(names: readonly string[], known: ReadonlySet<string>, file: string, field: string): void {
  for (const name of names) {
    if (known.has(name)) continue
    if (Object.hasOwn(RENAMED_SIGNALS, name) && known.has(RENAMED_SIGNALS[name])) throw new ConfigError(`${file}: ${field}: the signal "${name}" is now called "${RENAMED_SIGNALS[name]}"`, file)
    const sorted = [...known].sort()
    const near = sorted.find((k) => distance(name, k, 2) <= 2)
    throw new ConfigError(`${file}: ${field}: unknown signal "${name}" (${near ? `did you mean "${near}"? ` : ''}known: ${sorted.join(', ')})`, file)
  }
}

/**
 * Throw a ConfigError for the first signal a pack's `indicators` name that is not `known`, naming the
 * file and the field (`path` is where the pack sits in the file: '' when the file is the pack).
 */
export function checkIndicators(indicators: PackIndicators | undefined, known: ReadonlySet<string>, file: string, path = ''): void {
  const at = `${path ? `${path}.` : ''}indicators.`
  checkSignals(indicators?.personalisation ?? [], known, file, `${at}personalisation`)
  for (const kind of ['question', 'reply'] as const) checkSignals(indicators?.callsToAction?.[kind] ?? [], known, file, `${at}callsToAction.${kind}`)
}

/** Whether a rule's findings are on the subject. */
function readsSubject(rule: Named): boolean {
  return rule.target === 'subject' || rule.target === 'both' || (rule.check === 'metric' && rule.metric?.startsWith('subject') === true)
}
