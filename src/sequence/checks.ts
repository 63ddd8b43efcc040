/**
 * The sequence check kinds: code written once, each with the options it reads and their validation
 * beside it. Sequence rules (rules/sequence/*.yaml) name a kind and give its options as data.
 */
import {ROLES, type AskKind, type Role} from '../analyse/roles.js'
import type {Suggestion} from '../types.js'
import {carriesContent, contentRange, jaccard, type CheckStep, type StepSentence} from './analyse.js'
import {formatDays} from './delay.js'
import {ConfigError} from '../rules/errors.js'
import {compileSafeRegExp} from '../rules/safe-regex.js'
import {bumpSuggestion} from './rewrite.js'
import {ASK_ROLE, INTEREST_ASK} from './roles.js'
import type {StepChannel} from './types.js'
import {STEP_CHANNELS} from './types.js'

interface CheckContext {
  steps: CheckStep[]
}

export interface SequenceFinding {
  step: number
  start: number
  end: number
  data?: Record<string, string | number>
  suggestions?: Suggestion[]
}

export type Options = Record<string, unknown>

export interface CheckKind {
  /** The options it reads: a rule file or a config naming another is refused. */
  options: readonly string[]
  /**
   * Its findings carry a rewrite of the step's message proper (a suggestion), which `--fix` writes:
   * the sequence's rewrite of a bump.
   */
  rewrites?: boolean
  /** What is wrong with the options, as "key: problem", or undefined. */
  validate(options: Options): string | undefined
  run(ctx: CheckContext, options: Options): SequenceFinding[]
}

// ---- option validation helpers -------------------------------------------------------------

const isNumber = (v: unknown, min = 0): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')

function numberOption(options: Options, key: string, min = 0, optional = true): string | undefined {
  const v = options[key]
  if (v === undefined) return optional ? undefined : `${key}: required`
  return isNumber(v, min) ? undefined : `${key}: expected a number from ${min}`
}

function channelMap(options: Options, key: string): string | undefined {
  const v = options[key]
  if (v === undefined) return undefined
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return `${key}: expected channel: number pairs`
  for (const [channel, n] of Object.entries(v)) {
    if (channel !== 'default' && !(STEP_CHANNELS as readonly string[]).includes(channel)) return `${key}.${channel}: unknown channel (one of default, ${STEP_CHANNELS.join(', ')})`
    if (!isNumber(n)) return `${key}.${channel}: expected a number from 0`
  }
  return undefined
}

function listOf<T extends string>(options: Options, key: string, allowed: readonly T[]): string | undefined {
  const v = options[key]
  if (v === undefined) return undefined
  if (!isStrings(v)) return `${key}: expected a list of names`
  const bad = v.find((x) => !(allowed as readonly string[]).includes(x))
  return bad === undefined ? undefined : `${key}: unknown name "${bad}" (one of ${allowed.join(', ')})`
}

function first(...problems: Array<string | undefined>): string | undefined {
  return problems.find((p) => p !== undefined)
}

// ---- shared helpers --------------------------------------------------------------------------

/** "1", "1 and 2", "1-3". */
function stepList(steps: number[]): string {
  if (steps.length === 0) return ''
  if (steps.length === 1) return String(steps[0])
  const contiguous = steps.every((s, i) => i === 0 || s === steps[i - 1] + 1)
  if (contiguous && steps.length > 2) return `${steps[0]}-${steps[steps.length - 1]}`
  return `${steps.slice(0, -1).join(', ')} and ${steps[steps.length - 1]}`
}

function sentenceFinding(step: number, s: StepSentence, data?: Record<string, string | number>): SequenceFinding {
  let start = s.start
  let end = s.end
  while (start < end && /\s/.test(s.text[start - s.start])) start++
  while (end > start && /\s/.test(s.text[end - 1 - s.start])) end--
  return {step, start, end, ...(data ? {data} : {})}
}

function perChannel(map: unknown, channel: StepChannel): number | undefined {
  const m = (map ?? {}) as Record<string, number>
  return m[channel] ?? m.default
}

// ---- the kinds -------------------------------------------------------------------------------

/**
 * no-new-content: a follow-up none of whose content sentences has `minNewWords` content words the
 * earlier steps did not use, and no new link. Greetings, sign-offs, pleasantries and chases count for
 * nothing; a step with a guide line is left to unfilled-guide-line.
 */
const noNewContent: CheckKind = {
  options: ['minNewWords', 'emptyRules', 'informativeRoles'],
  rewrites: true,
  validate: (o) =>
    first(numberOption(o, 'minNewWords', 1), o.emptyRules === undefined || isStrings(o.emptyRules) ? undefined : 'emptyRules: expected a list of rule ids', listOf(o, 'informativeRoles', ROLES)),
  run(ctx, o) {
    const minNew = (o.minNewWords as number | undefined) ?? 2
    // With `informativeRoles`, only a sentence that tells the reader something counts: one of these
    // roles, something about them (concrete in their terms), a question to them, or a new figure.
    const roles = o.informativeRoles ? new Set(o.informativeRoles as Role[]) : undefined
    const seen = new Set<string>()
    const informative = (s: StepSentence): boolean =>
      !roles || roles.has(s.role) || s.aboutThem || (s.question && s.role === ASK_ROLE && s.ask === INTEREST_ASK) || (s.role !== 'ask' && [...s.numbers].some((n) => !seen.has(n)))
    const empty = new Set((o.emptyRules as string[] | undefined) ?? [])
    // A sentence a single-message rule found to be a bump or a chase ("just bumping this") says nothing new.
    const bump = (step: CheckStep, s: StepSentence): boolean =>
      step.messages.some((m) => empty.has(m.ruleId) && m.field === 'body' && m.start < s.end && s.start < Math.max(m.end, m.start + 1))
    const out: SequenceFinding[] = []
    const links = new Set<string>()
    const earlier: number[] = []
    for (const step of ctx.steps) {
      const facts = step.facts
      if (!facts) continue
      if (earlier.length > 0) {
        // A guide line ([[...]], a bump's rewrite) is news the writer is still to fill in: unfilled-guide-line reports it.
        const fresh = facts.sentences.some((s) => s.guide) || facts.links.some((l) => !links.has(l)) || facts.sentences.some((s) => carriesContent(s) && informative(s) && !bump(step, s) && [...s.words].filter((w) => !seen.has(w)).length >= minNew)
        if (!fresh) {
          const [start, end] = contentRange(facts)
          // Each bump's rewrite adds something the earlier bumps' rewrites did not.
          const rewrite = bumpSuggestion(ctx.steps, step, out.length)
          out.push({step: step.step, start, end, data: {earlier: `${earlier.length === 1 ? 'step' : 'steps'} ${stepList(earlier)}`}, ...(rewrite ? {suggestions: [rewrite]} : {})})
        }
      }
      for (const s of facts.sentences) for (const w of s.words) seen.add(w)
      for (const l of facts.links) links.add(l)
      earlier.push(step.step)
    }
    return out
  }
}

/** repeated-sentence: a content sentence (of `roles`, if given) that says what an earlier step's sentence said. */
const repeatedSentence: CheckKind = {
  options: ['minSimilarity', 'minWords', 'roles'],
  validate: (o) => first(numberOption(o, 'minSimilarity', 0), numberOption(o, 'minWords', 1), listOf(o, 'roles', ROLES)),
  run(ctx, o) {
    const min = (o.minSimilarity as number | undefined) ?? 0.8
    const minWords = (o.minWords as number | undefined) ?? 4
    const roles = o.roles ? new Set(o.roles as Role[]) : undefined
    const counts = (s: StepSentence): boolean => carriesContent(s) && s.words.size >= minWords && (!roles || roles.has(s.role))
    const out: SequenceFinding[] = []
    const earlier: Array<{step: number; s: StepSentence}> = []
    for (const step of ctx.steps) {
      if (!step.facts) continue
      const mine: StepSentence[] = []
      for (const s of step.facts.sentences) {
        if (!counts(s)) continue
        mine.push(s)
        const twin = earlier.find((e) => jaccard(s.words, e.s.words) >= min)
        if (twin) out.push(sentenceFinding(step.step, s, {other: twin.step}))
      }
      for (const s of mine) earlier.push({step: step.step, s})
    }
    return out
  }
}

const ASK_KINDS: readonly AskKind[] = ['time', 'interest', 'offer']

/** same-ask: every step with text (at least `minSteps`) asks for the same kind of thing. */
const sameAsk: CheckKind = {
  options: ['minSteps', 'kinds'],
  validate: (o) => first(numberOption(o, 'minSteps', 2), listOf(o, 'kinds', ASK_KINDS)),
  run(ctx, o) {
    const minSteps = (o.minSteps as number | undefined) ?? 3
    const kinds = new Set((o.kinds as AskKind[] | undefined) ?? ['time'])
    const texts = ctx.steps.filter((s) => s.facts)
    if (texts.length < minSteps) return []
    let last: {step: number; s: StepSentence} | undefined
    for (const step of texts) {
      const ask = step.facts!.sentences.find((s) => s.role === ASK_ROLE && s.ask !== undefined && kinds.has(s.ask))
      if (!ask) return []
      last = {step: step.step, s: ask}
    }
    return last ? [sentenceFinding(last.step, last.s, {count: texts.length, steps: stepList(texts.map((s) => s.step))})] : []
  }
}

function wholeStep(step: CheckStep, data: Record<string, string | number>): SequenceFinding {
  const [start, end] = step.facts ? contentRange(step.facts) : [0, 0]
  return {step: step.step, start, end, data}
}

/** gap: a step sent sooner after the previous one than its channel allows (`minDays` per channel). */
const gap: CheckKind = {
  options: ['minDays'],
  validate: (o) => (o.minDays === undefined ? 'minDays: required' : channelMap(o, 'minDays')),
  run(ctx, o) {
    const out: SequenceFinding[] = []
    for (const step of ctx.steps) {
      const min = perChannel(o.minDays, step.channel)
      if (step.gap === undefined || min === undefined || step.gap >= min) continue
      out.push(wholeStep(step, {gap: formatDays(step.gap), min: formatDays(min), channel: step.channel}))
    }
    return out
  }
}

/** density: more than `steps` steps within fewer than `days` days. Reported once, at the step that crosses it. */
const density: CheckKind = {
  options: ['steps', 'days'],
  validate: (o) => first(numberOption(o, 'steps', 1, false), numberOption(o, 'days', 0, false)),
  run(ctx, o) {
    const n = o.steps as number
    const days = o.days as number
    for (let j = n; j < ctx.steps.length; j++) {
      const from = ctx.steps[j - n]
      const span = ctx.steps[j].day - from.day
      if (span < days) return [wholeStep(ctx.steps[j], {count: n + 1, from: from.step, span: formatDays(span), days: formatDays(days)})]
    }
    return []
  }
}

/** length: more steps than `max.total`, or more steps on one channel than `max.<channel>`. */
const length: CheckKind = {
  options: ['max'],
  validate(o) {
    const m = o.max
    if (m === null || typeof m !== 'object' || Array.isArray(m)) return 'max: expected total and channel: number pairs'
    for (const [k, v] of Object.entries(m)) {
      if (k !== 'total' && !(STEP_CHANNELS as readonly string[]).includes(k)) return `max.${k}: unknown channel (one of total, ${STEP_CHANNELS.join(', ')})`
      if (!isNumber(v, 1)) return `max.${k}: expected a number from 1`
    }
    return undefined
  },
  run(ctx, o) {
    const max = o.max as Record<string, number>
    const out: SequenceFinding[] = []
    if (max.total !== undefined && ctx.steps.length > max.total) {
      out.push(wholeStep(ctx.steps[max.total], {count: ctx.steps.length, max: max.total, what: 'steps'}))
    }
    const seen: Record<string, number> = {}
    for (const step of ctx.steps) {
      seen[step.channel] = (seen[step.channel] ?? 0) + 1
      const limit = max[step.channel]
      if (limit !== undefined && seen[step.channel] === limit + 1) {
        const count = ctx.steps.filter((s) => s.channel === step.channel).length
        out.push(wholeStep(step, {count, max: limit, what: `${step.channel} steps`}))
      }
    }
    return out
  }
}

/**
 * escalation: the pressure of each step (its findings of `rules`, the single-message rules that see
 * chasing, guilt and false urgency) rises to a new high `minRises` times, ending at `minPressure` or more.
 */
const escalation: CheckKind = {
  options: ['rules', 'minRises', 'minPressure'],
  validate: (o) => first(isStrings(o.rules) && o.rules.length > 0 ? undefined : 'rules: expected a list of rule ids', numberOption(o, 'minRises', 1), numberOption(o, 'minPressure', 1)),
  run(ctx, o) {
    const rules = new Set(o.rules as string[])
    const minRises = (o.minRises as number | undefined) ?? 2
    const minPressure = (o.minPressure as number | undefined) ?? 2
    let high = 0
    const rises: Array<{step: CheckStep; pressure: number}> = []
    for (const step of ctx.steps) {
      const pressure = step.messages.filter((m) => rules.has(m.ruleId)).length
      if (pressure > high) {
        high = pressure
        rises.push({step, pressure})
      }
    }
    const top = rises[rises.length - 1]
    if (rises.length < minRises || !top || top.pressure < minPressure) return []
    const m = top.step.messages.find((x) => rules.has(x.ruleId) && x.field === 'body') ?? top.step.messages.find((x) => rules.has(x.ruleId))!
    return [{step: top.step.step, start: m.field === 'body' ? m.start : 0, end: m.field === 'body' ? m.end : 0, data: {steps: rises.map((r) => r.step.step).join(' → '), pressure: rises.map((r) => r.pressure).join(' → ')}}]
  }
}

/** break-up: the last step of a sequence of `minSteps` or more carries a finding of `rules` (guilt). */
const breakUp: CheckKind = {
  options: ['rules', 'minSteps'],
  validate: (o) => first(isStrings(o.rules) && o.rules.length > 0 ? undefined : 'rules: expected a list of rule ids', numberOption(o, 'minSteps', 2)),
  run(ctx, o) {
    const rules = new Set(o.rules as string[])
    const minSteps = (o.minSteps as number | undefined) ?? 3
    const texts = ctx.steps.filter((s) => s.facts)
    const last = texts[texts.length - 1]
    if (ctx.steps.length < minSteps || !last) return []
    return last.messages.filter((m) => rules.has(m.ruleId) && m.field === 'body').map((m) => ({step: last.step, start: m.start, end: m.end}))
  }
}

/** channel-order: a step on `channel` with no step on `after` at least `minDays` before it. */
const channelOrder: CheckKind = {
  options: ['needs'],
  validate(o) {
    if (!Array.isArray(o.needs) || o.needs.length === 0) return 'needs: expected a list of {channel, after, minDays}'
    for (const [i, n] of (o.needs as unknown[]).entries()) {
      const need = n as Options
      if (!need || typeof need !== 'object') return `needs[${i}]: expected {channel, after, minDays}`
      for (const key of ['channel', 'after']) if (!(STEP_CHANNELS as readonly unknown[]).includes(need[key])) return `needs[${i}].${key}: expected a channel (one of ${STEP_CHANNELS.join(', ')})`
      const bad = numberOption(need, 'minDays')
      if (bad) return `needs[${i}].${bad}`
    }
    return undefined
  },
  run(ctx, o) {
    const out: SequenceFinding[] = []
    for (const need of o.needs as Array<{channel: StepChannel; after: StepChannel; minDays?: number}>) {
      for (const step of ctx.steps) {
        if (step.channel !== need.channel) continue
        const before = ctx.steps.some((s) => s.step < step.step && s.channel === need.after && step.day - s.day >= (need.minDays ?? 0))
        if (!before) out.push(wholeStep(step, {channel: need.channel, after: need.after, minDays: formatDays(need.minDays ?? 0)}))
      }
    }
    return out
  }
}

/** required-line: the first step (or every step, `every: true`) on `channels` must match one of `patterns`. */
const requiredLine: CheckKind = {
  options: ['channels', 'patterns', 'every'],
  validate(o) {
    const bad = first(listOf(o, 'channels', STEP_CHANNELS), isStrings(o.patterns) && o.patterns.length > 0 ? undefined : 'patterns: expected a list of regular expressions')
    if (bad) return bad
    // A team's rule file is data from users: a pattern that could backtrack catastrophically on a
    // step's text is refused, as in the step rules' packs.
    for (const p of o.patterns as string[]) {
      try {
        compileSafeRegExp(p, 'iu', '')
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        return `patterns: "${p}" ${error.message.replace(/^: pattern: /, '')}`
      }
    }
    return o.every === undefined || typeof o.every === 'boolean' ? undefined : 'every: expected true or false'
  },
  run(ctx, o) {
    const channels = new Set((o.channels as StepChannel[] | undefined) ?? STEP_CHANNELS)
    const patterns = (o.patterns as string[]).map((p) => new RegExp(p, 'iu'))
    const out: SequenceFinding[] = []
    for (const step of ctx.steps) {
      if (!channels.has(step.channel) || !step.facts) continue
      if (!patterns.some((p) => p.test(step.facts!.text))) out.push(wholeStep(step, {channel: step.channel}))
      if (!o.every) break
    }
    return out
  }
}

/**
 * consent: the first step on `channels` (or each, `every: true`) for which neither the sequence
 * (`consent: sms`) nor the step (`consent: true`) says the recipient agreed to that channel.
 */
const consent: CheckKind = {
  options: ['channels', 'every'],
  validate: (o) => first(listOf(o, 'channels', STEP_CHANNELS), o.every === undefined || typeof o.every === 'boolean' ? undefined : 'every: expected true or false'),
  run(ctx, o) {
    const channels = new Set((o.channels as StepChannel[] | undefined) ?? STEP_CHANNELS)
    const out: SequenceFinding[] = []
    for (const step of ctx.steps) {
      if (!channels.has(step.channel) || step.consent) continue
      out.push(wholeStep(step, {channel: step.channel}))
      if (!o.every) break
    }
    return out
  }
}

export const CHECK_KINDS: Record<string, CheckKind> = {
  'no-new-content': noNewContent,
  'repeated-sentence': repeatedSentence,
  'same-ask': sameAsk,
  gap,
  density,
  length,
  escalation,
  'break-up': breakUp,
  'channel-order': channelOrder,
  'required-line': requiredLine,
  consent
}
