/**
 * Validated rule packs into the rules and vocabulary a linter runs: later packs override earlier ones
 * by rule id, signals of the same name add their patterns. Zod-free: it takes packs already validated
 * (by rules/pack.ts, or the built-in pack as the build ships it), so the CLI can lint with the
 * built-in rules without loading the schema library.
 */
import builtin from './builtin.generated.js'
import type {ConfigWarning} from './errors.js'
import type {IndicatorSignals, LinterPack, LinterRule, RulePack} from './format.js'
import type {Channel} from '../types.js'
import type {Vocabulary} from '../analyse/signals.js'

export interface ResolvedConfig {
  /** The built-in rules without their examples (outreach-lint/examples has them), a pack's rules as validated. */
  rules: LinterRule[]
  signals: NonNullable<RulePack['signals']>
  vocabulary: Vocabulary
  /** The signals the indicators show, from the packs' `indicators`. */
  indicators: IndicatorSignals
  channel: Channel
  maxLength: number
  rendered: boolean
  /** What the config and its packs should change, though it works: options under their old names. */
  warnings: ConfigWarning[]
}

export const DEFAULT_MAX_LENGTH = 5_000_000

type WordLists = Required<NonNullable<RulePack['vocabulary']>>
type SignalSpec = NonNullable<RulePack['signals']>[string]

/** Rules by id, signals and word lists of several packs, in order. */
export interface MergedPacks {
  rules: Map<string, LinterRule>
  signals: NonNullable<RulePack['signals']>
  vocabulary: WordLists
  indicators: IndicatorSignals
}

/** The settings of a config besides rules and packs. */
export interface Settings {
  channel?: Channel
  maxLength?: number
  rendered?: boolean
}

/**
 * The built-in pack as the build ships it: validated with the schema's defaults applied, its rules
 * without their examples (scripts/build-rules.mjs --validated). Undefined when running from sources,
 * where the pack is raw.
 */
export function prevalidatedBuiltin(): LinterPack | undefined {
  return (builtin as {validated?: LinterPack}).validated
}

export function mergePacks(packs: readonly LinterPack[]): MergedPacks {
  const rules = new Map<string, LinterRule>()
  const signals: MergedPacks['signals'] = {}
  const vocabulary: WordLists = {self: [], recipient: [], firstNameFields: [], slotFields: [], observationWords: [], senderFields: [], commonCapitalised: []}
  const personalisation: string[] = []
  const question: string[] = []
  const reply: string[] = []
  for (const pack of packs) {
    for (const rule of pack.rules) rules.set(rule.id, rule)
    for (const [name, signal] of Object.entries(pack.signals ?? {})) {
      const existing = signals[name]
      signals[name] = existing ? {...signal, patterns: [...existing.patterns, ...signal.patterns], ...notCounted(existing, signal)} : signal
    }
    for (const key of Object.keys(vocabulary) as Array<keyof WordLists>) vocabulary[key].push(...(pack.vocabulary?.[key] ?? []))
    addNew(personalisation, pack.indicators?.personalisation)
    addNew(question, pack.indicators?.callsToAction?.question)
    addNew(reply, pack.indicators?.callsToAction?.reply)
  }
  return {rules, signals, vocabulary, indicators: {personalisation, callsToAction: {question, reply}}}
}

/** The names of `more` not in `list` yet, added in their order. */
function addNew(list: string[], more: readonly string[] | undefined): void {
  for (const name of more ?? []) if (!list.includes(name)) list.push(name)
}

/** A signal extended by another pack keeps what its matches are not counted as, and adds the other's. */
function notCounted(a: SignalSpec, b: SignalSpec): Pick<SignalSpec, 'notCountedAs'> {
  if (!a.notCountedAs && !b.notCountedAs) return {}
  return {notCountedAs: [...new Set([...(a.notCountedAs ?? []), ...(b.notCountedAs ?? [])])]}
}

function words(list: string[]): Set<string> {
  return new Set(list.map((w) => w.toLowerCase().replace(/[’]/g, "'")))
}

function fieldNames(list: string[]): Set<string> {
  return new Set(list.map((f) => f.toLowerCase().replace(/[^a-z0-9]/g, '')))
}

export function resolveMerged({rules, signals, vocabulary, indicators}: MergedPacks, settings: Settings): ResolvedConfig {
  return {
    rules: [...rules.values()],
    signals,
    indicators,
    vocabulary: {
      self: words(vocabulary.self),
      recipient: words(vocabulary.recipient),
      firstNameFields: fieldNames(vocabulary.firstNameFields),
      slotFields: fieldNames(vocabulary.slotFields),
      observationWords: words(vocabulary.observationWords),
      senderFields: fieldNames(vocabulary.senderFields),
      commonCapitalised: words(vocabulary.commonCapitalised)
    },
    channel: settings.channel ?? 'email',
    maxLength: settings.maxLength ?? DEFAULT_MAX_LENGTH,
    rendered: settings.rendered ?? false,
    warnings: []
  }
}

/** One validated pack alone, with the default settings (what a config of `{}` gives for it). */
export function resolvePack(pack: LinterPack): ResolvedConfig {
  return resolveMerged(mergePacks([pack]), {})
}

/** The built-in rules with their defaults, as the build ships them; undefined from sources. */
export function resolveBuiltin(): ResolvedConfig | undefined {
  const pack = prevalidatedBuiltin()
  return pack ? resolvePack(pack) : undefined
}
