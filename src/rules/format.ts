/**
 * The rule-pack and config format as TypeScript types: what a person writes (`RuleInput`,
 * `RulePackInput`, `Config`) and what validation makes of it, every default filled in (`RuleSpec`,
 * `RulePack`). The schema in schema.ts checks the values; these types are declared here, without
 * zod, so that the package's public types name no zod and a project that installs the package
 * compiles without it. test/types.test.ts checks that each is exactly the type the schema infers.
 */
import type {Role} from '../analyse/roles.js'
import type {RewriteFlag} from './rewrite-flags.js'
import type {NotCountedAs} from '../analyse/signals.js'
import type {Category, Channel, LintInput, Severity} from '../types.js'

/** A count or a grade, never below zero: one for every channel, or per channel with a `default`. */
export type Threshold = number | {[channel in Channel | 'default']?: number}

/** A draft a rule must flag (`invalid`) or must leave alone (`valid`): its text, or the draft with its context. */
export type Example =
  | string
  | (LintInput & {
      /** The exact text each finding of this rule covers, in order. */
      match?: string | string[]
      /** The draft after `rewrite`, for rules with a fix. */
      output?: string
    })

/** A rule's own drafts: those it must flag (`invalid`) and those it must leave alone (`valid`). */
export interface RuleExamples {
  invalid: Example[]
  valid: Example[]
}

/** A replacement a rule proposes for what it found. */
export interface SuggestionSpec {
  message: string
  replacement: string
  /** What the replacement covers: the match, or the whole sentence the match is in. */
  scope: 'match' | 'sentence'
  /** Also remove the punctuation and spaces after the range. */
  eatTrailing: boolean
  /** Upper-case the first letter after the range (after deleting a lead-in). */
  capitalizeNext: boolean
  /** Safe fixes are applied by --fix: only edits that cannot change the meaning wrongly. */
  safe: boolean
}

/** What every rule has, whatever its check. */
interface RuleFields {
  /** kebab-case, like "generic-opener". */
  id: string
  category: Category
  severity: Severity
  /** Where the rule applies; all channels when absent. */
  channels?: Channel[]
  /** "{match}" in the message is replaced by the text found. */
  message: string
  why: string
  url?: string
  /** Skip the rule when the message shows any of these signals. */
  unless?: string[]
  /** Only run the rule when the message shows at least one of these signals. */
  onlyIf?: string[]
  /** Not reported where one of these rules reported an overlapping finding: one habit costs once. */
  deferTo?: string[]
  /**
   * Runs on a draft in any language: it reads no English words (merge fields, links, length,
   * punctuation). Without it a rule is skipped on a draft the `language` rule finds is not English.
   */
  anyLanguage?: boolean
  suggestions?: SuggestionSpec[]
  /**
   * For a rule that reads the subject: the rewrite replaces a subject it flags with one made from what
   * the draft observes about the reader, and says `why` in its list of changes.
   */
  rewriteSubject?: {why: string}
  /** How the rewrite's plan treats the rule's findings (rules/rewrite-flags.ts): remove the sentence, rewrite a pitch, ... */
  rewrite?: RewriteFlag
  /**
   * Every rule written has them (the schema requires them). A linter holds the built-in rules
   * without theirs, which take no part in linting: `ruleExamples(id)` of `outreach-lint/examples`.
   */
  examples?: RuleExamples
}

export interface PhraseRule extends RuleFields {
  check: 'phrase'
  /** Phrase patterns (docs/configuration.md: the phrase syntax). */
  patterns: string[]
  /** Matches that overlap a match of one of these are not reported ("feel free" for "free"). */
  exceptions?: string[]
  /**
   * Which sentences it reads: any; opening: the first content sentence; closing: the last; preamble:
   * any sentence before the first observation about the reader.
   */
  where: 'any' | 'opening' | 'closing' | 'preamble'
  /** Skip matches in body sentences of these roles ("within 90 days" in a customer's result). */
  exceptRoles?: Role[]
  /** Which field it reads: the body, the subject, or both. */
  target: 'body' | 'subject' | 'both'
  /** Skip matches with a negation just before them ("I won't ask for a call"). */
  skipNegated: boolean
  /** Skip matches inside quotation marks (the recipient's own words quoted back). */
  skipQuoted: boolean
  /** sender: skip sentences that refer to the reader (you, your) and not to the sender (I, we, our). */
  about: 'any' | 'sender'
  /** Report one finding per sentence, spanning all its matches (false: one per match). */
  perSentence: boolean
  /** Skip matches in body sentences the roles mark `stated`: an offer or a wish that asks nothing ("Happy to send the deck or jump on a call"). */
  skipStated: boolean
  /** Skip matches in a proof sentence that names one third party: one customer's result is evidence, not a logo list. */
  skipOneProof: boolean
  /** Skip matches that are only part of a hyphenated word ("free" in "vendor-IP-free"). */
  wholeWords: boolean
  /** Counts as a call to action of this kind in the indicators. */
  cta?: 'meeting' | 'link' | 'reply'
}

export interface PatternRule extends RuleFields {
  check: 'pattern'
  /** A regular expression, checked for catastrophic backtracking before use. */
  pattern: string
  /** Only i, m and u. */
  flags: string
  target: 'body' | 'subject'
  /** sender: skip matches in sentences that refer to the reader and not to the sender. */
  about: 'any' | 'sender'
  /** Skip a figure that reads as measured, not promised (analyse/measured.ts). */
  skipMeasured?: boolean
}

export interface RatioRule extends RuleFields {
  check: 'ratio'
  /** Report when self-references exceed this multiple of recipient-references. */
  maxRatio: number
  /** ...and there are at least this many self-references. */
  minSelf: number
  /** Count only self-references in sentences of these roles (what the sender is, does or has). */
  roles?: Role[]
}

export interface MetricRule extends RuleFields {
  check: 'metric'
  /** exclamations counts the subject's and the body's together. */
  metric:
    | 'words'
    | 'characters'
    | 'readingGrade'
    | 'sentenceWords'
    | 'blockWords'
    | 'capsWords'
    | 'exclamations'
    | 'subjectCharacters'
    | 'subjectWords'
    | 'subjectCapsRatio'
    | 'subjectEmpty'
  max?: Threshold
  min?: Threshold
  /** For capsWords: words never counted (acronyms). */
  ignore?: string[]
  /** For capsWords: fewest vowels a word needs to count (acronyms like WCAG or HDPE have one). */
  minVowels: number
  /** For capsWords: from this length one vowel is enough ("SPRING", "FIRST" are shouted). */
  oneVowelFrom?: number
  /** For capsWords: shortest word counted. */
  minLength: number
  /** For capsWords: short words counted whatever their length or vowels, in capitals between lower-case words ("Memory IS the file"). */
  emphasis?: string[]
  /** For capsWords: count only words of the language (or their inflections), not acronyms or names in capitals ("FICO", "CUDA"). */
  onlyWords?: boolean
  /** Skip messages shorter than this many words (reading grade on two lines is noise). */
  minWords: number
}

export interface RequiredSignalRule extends RuleFields {
  check: 'required-signal'
  signals: string[]
  /** How many distinct signals of the list must be present. */
  minSignals: number
}

export interface RecipientFactsRule extends RuleFields {
  check: 'recipient-facts'
}

export interface PlaceholderRule extends RuleFields {
  check: 'placeholder'
  mode: 'broken' | 'unfilled' | 'mixed-syntax' | 'misspelt'
  /** For `misspelt` (and needed there): the field names a template may use, as written ("first_name"). */
  fields?: string[]
}

export interface LinkRule extends RuleFields {
  check: 'link'
  /** Report links to these hosts (suffix match: "calendly.com" matches "www.calendly.com"). */
  hosts?: string[]
  /** Report merge fields of these names (a template's slot for such a link). */
  fields?: string[]
  /** Report merge fields for a link (a name with "link" or "url" in it) with one of these words in their name. */
  fieldWords?: string[]
  /** Report when the message has more links than this. */
  max?: Threshold
}

export interface ListRule extends RuleFields {
  check: 'list'
  minItems: number
  /** Also a list run into one sentence after a lead-in, from this many items; unset, only bulleted lists. */
  inlineItems?: number
  /** Phrases in the line before the list (or in the items) that make it a feature list; unset, every list counts. */
  leadIn?: string[]
  /**
   * Also a list whose lead-in line is in a sentence of one of these roles said by the sender ("Ledgerly
   * provides the full payroll stack:", "I'm building ClawBrain, a second brain for ...:").
   */
  leadInRoles?: Role[]
  /** Leave out lists the reader is part of (a lead-in or items addressing or asking them). */
  skipReaderLists: boolean
}

export interface RoleRule extends RuleFields {
  check: 'role'
  /** The sentence roles this rule reports. */
  roles: Role[]
  /** For `ask`: only asks of this kind (time: a call, a meeting, a duration, the reader's calendar; not a meeting only offered: one choice beside another, the writer's readiness, or on a condition of their interest, the roles' `passive`). */
  ask?: 'time' | 'interest' | 'offer'
  /** For `chaser`: only chases of this kind (reply: "did you see my email", "haven't heard back"; bump: "just following up"). */
  chase?: 'reply' | 'bump'
  /**
   * opening: the first body sentence has one of the roles; any: every sentence that has one;
   * majority: more than half of the body's content sentences have one (and at least `minSentences`);
   * several: at least `minSentences` sentences have one (one finding covering them).
   */
  where: 'opening' | 'any' | 'majority' | 'several'
  /** For `majority` and `several`: the fewest sentences with one of the roles. */
  minSentences: number
}

export interface LanguageRule extends RuleFields {
  check: 'language'
  /** The rules' language's most common small words (articles, pronouns, prepositions, auxiliaries). */
  english: string[]
  /** Each other language's most common small words, by the name the message gives it. */
  languages: Record<string, string[]>
  /** Languages written in another system than the Latin alphabet, each with the Unicode scripts of its letters. */
  scripts: Record<string, string[]>
  /** Fewest letters of such a language before a draft is judged by its script. */
  minLetters: number
  /** ...and the share of the draft's letters they must be. */
  scriptShare: number
  /** Fewest words read before a draft is judged: a line or two is too little to tell. */
  minWords: number
  /** The share of the words read that must be one other language's small words. */
  minShare: number
  /** ...and how many times the English small words they must outnumber. */
  margin: number
}

export interface CategoriesRule extends RuleFields {
  check: 'categories'
  /** The categories whose findings count; the rule fires when `minCategories` of them have one. */
  categories: Category[]
  minCategories: number
  /** Categories that count twice when two different rules found something in them ("it is about you" in two ways). */
  countTwice: Category[]
}

/**
 * A rule as a linter holds it (`linter.rules`): validated, every default filled in, with its
 * examples when it came with them (a pack's rules do; the built-in rules do not).
 */
export type LinterRule =
  | RoleRule
  | CategoriesRule
  | PhraseRule
  | PatternRule
  | RatioRule
  | MetricRule
  | RequiredSignalRule
  | RecipientFactsRule
  | PlaceholderRule
  | LinkRule
  | ListRule
  | LanguageRule

/** A rule validated, every default filled in, with its examples: what a pack holds. */
export type RuleSpec = LinterRule & {examples: RuleExamples}

/** `T` with the fields `K` optional: what the schema fills with a default may be left out. */
type WithDefaults<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>

/** A rule as written: its `Defaulted` fields and its suggestions' defaults may be left out; its examples may not. */
type Written<Rule extends RuleFields, Defaulted extends keyof Rule = never> = WithDefaults<Omit<Rule, 'suggestions' | 'examples'>, Exclude<Defaulted, 'suggestions' | 'examples'>> & {
  suggestions?: Array<WithDefaults<SuggestionSpec, 'scope' | 'eatTrailing' | 'capitalizeNext' | 'safe'>>
  examples: RuleExamples
}

/**
 * Options renamed, under their old names: still accepted (the value moves to the new name; both at
 * once are refused). `scope` is a suggestion's range and `max`/`min` a measured limit per channel,
 * so a rule's other meanings of them have names of their own.
 */
interface OldNames {
  phrase: {
    /** @deprecated The old name of `where`. */
    scope?: PhraseRule['where']
  }
  ratio: {
    /** @deprecated The old name of `maxRatio`. */
    max?: number
  }
  'required-signal': {
    /** @deprecated The old name of `minSignals`. */
    min?: number
  }
  role: {
    /** @deprecated The old name of `minSentences`. */
    min?: number
  }
  categories: {
    /** @deprecated The old name of `minCategories`. */
    min?: number
  }
}

/** A rule as a rule file or a pack writes it. */
export type RuleInput =
  | (Written<RoleRule, 'where' | 'minSentences'> & OldNames['role'])
  | (Written<CategoriesRule, 'minCategories' | 'countTwice'> & OldNames['categories'])
  | (Written<PhraseRule, 'where' | 'target' | 'skipNegated' | 'skipQuoted' | 'about' | 'perSentence' | 'skipStated' | 'skipOneProof' | 'wholeWords'> & OldNames['phrase'])
  | Written<PatternRule, 'flags' | 'target' | 'about'>
  | (Written<RatioRule, 'minSelf' | 'maxRatio'> & OldNames['ratio'])
  | Written<MetricRule, 'minVowels' | 'minLength' | 'minWords'>
  | (Written<RequiredSignalRule, 'minSignals'> & OldNames['required-signal'])
  | Written<RecipientFactsRule>
  | Written<PlaceholderRule>
  | Written<LinkRule>
  | Written<ListRule, 'minItems' | 'skipReaderLists'>
  | Written<LanguageRule, 'scripts' | 'minLetters' | 'scriptShare' | 'minWords' | 'minShare' | 'margin'>

/** A named phrase list that rules read (`unless`, `onlyIf`, required-signal). */
interface SignalSpec {
  description?: string
  patterns: string[]
  skipNegated: boolean
  /**
   * What the words of its matches are not counted as: `reader-reference` ("you know" is no reference
   * to the reader in the pronoun counts), `named-detail` (a name said back inside it is no detail).
   */
  notCountedAs?: NotCountedAs[]
}

/** Word lists for pronoun counting and merge-field names. */
interface PackVocabulary {
  self?: string[]
  recipient?: string[]
  firstNameFields?: string[]
  /** Merge fields that only name the recipient's company or role: a slot, not an observation. */
  slotFields?: string[]
  /** Words that make a merge field an observation about the reader ([specific pain point], {{recent_post}}). */
  observationWords?: string[]
  senderFields?: string[]
  commonCapitalised?: string[]
}

/**
 * Which signals' hits a result's indicators show: `personalisation` lists the signals whose hits are
 * details about the reader (shown in this order), `callsToAction` the signals whose hits are calls to
 * action, by kind. Computed signals and a pack's own may both be named; packs add to each list.
 */
export interface PackIndicators {
  personalisation?: string[]
  callsToAction?: {question?: string[]; reply?: string[]}
}

/**
 * Which signals the indicators show, the packs' `indicators` merged: the signals whose hits are
 * details about the reader, in the order listed, and those whose hits are questions and invitations
 * to reply.
 */
export interface IndicatorSignals {
  personalisation: readonly string[]
  callsToAction: {question: readonly string[]; reply: readonly string[]}
}

/** A rule pack as a linter runs it: validated, every default filled in. */
export interface RulePack {
  rules: RuleSpec[]
  /** Named phrase lists that rules read as signals (`unless`, `onlyIf`, required-signal); names are kebab-case. */
  signals?: Record<string, SignalSpec>
  vocabulary?: PackVocabulary
  indicators?: PackIndicators
}

/** A validated pack whose rules may come without their examples, as the built-in pack is shipped to linters. */
export type LinterPack = Omit<RulePack, 'rules'> & {rules: LinterRule[]}

/** A rule pack as written (rules/*.yaml, a team's pack). */
export interface RulePackInput {
  rules?: RuleInput[]
  signals?: Record<string, WithDefaults<SignalSpec, 'skipNegated'>>
  vocabulary?: PackVocabulary
  indicators?: PackIndicators
}

/** A rule's level in a config; 'warn' and 'warning' are the same. */
type Level = 'off' | 'warn' | 'error' | 'info' | 'warning'

/** A linter's config, as written. */
export interface Config {
  /** The default channel for drafts that do not say. */
  channel?: Channel
  /** Per rule: "off", "warn", "error", "info", or [level, {options}] to override the rule's fields. */
  rules?: Record<string, Level | [Level] | [Level, Record<string, unknown>]>
  /** Extra rule packs, as data. */
  packs?: RulePackInput[]
  /** Leave the built-in pack out (only `packs` then). */
  noBuiltin?: boolean
  /** Messages longer than this many characters get one `input-too-large` finding and no analysis. */
  maxLength?: number
  /** Treat merge fields as errors: the message should be rendered. */
  rendered?: boolean
}

/** A config after validation: its packs with their defaults filled in. */
export type ValidConfig = Omit<Config, 'packs'> & {packs?: RulePack[]}

/**
 * A schema of this format (`outreach-lint/config` exports configSchema, packSchema, ruleSchema and
 * exampleSchema). They are zod schemas; their type names only the two methods the package
 * documents, so that it names no zod.
 */
export interface Schema<T> {
  /** The value with its defaults filled in; throws the schema's error when it does not fit. */
  parse(value: unknown): T
  safeParse(value: unknown): {success: true; data: T} | {success: false; error: Error & {issues: Array<{code: string; path: PropertyKey[]; message: string}>}}
}
