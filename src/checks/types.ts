/** What a check kind receives and returns. A check kind reads facts; it never parses. */
import type {PhraseMatch, PhraseSet} from '../analyse/phrases.js'
import type {TextFacts} from '../analyse/facts.js'
import type {Signals, Vocabulary} from '../analyse/signals.js'
import type {Roles} from '../analyse/roles.js'
import type {Token} from '../analyse/tagging.js'
import type {Channel, Fix, LintInput, LintMessage, Suggestion} from '../types.js'
import type {LinterRule} from '../rules/format.js'

export type Field = 'body' | 'subject'

export interface RawFinding {
  field: Field
  start: number
  end: number
  /** Values for `{name}` slots in the rule's message. */
  data?: Record<string, string | number>
  suggestions?: Suggestion[]
  fix?: Fix
}

export interface CheckContext {
  input: LintInput
  channel: Channel
  rendered: boolean
  body: TextFacts
  subject?: TextFacts
  /** Phrase matches per owner id, per field. */
  matches: Record<Field, Map<number, PhraseMatch[]>>
  signals: Signals
  /** Self- and recipient-references counted on words of the message proper. */
  references: {self: number; recipient: number}
  vocabulary: Vocabulary
  /** Each body sentence's role and each merge field's role. */
  roles: Roles
  /** The body's words as the tagger read them, up to the sign-off (a word in capitals read in lower case). */
  tokens?: readonly Token[]
  /** For rules about the draft as a whole (`categories`): what every other rule found. */
  findings?: readonly LintMessage[]
}

export interface CompileEnv {
  /** Register phrase patterns once; returns the owner id their matches are filed under. */
  phrases(patterns: string[], field: Field, source: string): number
  /** A rule's regular expression with the `g` flag, refused (ConfigError) when it could backtrack catastrophically. */
  regExp(source: string, flags: string, owner: string): RegExp
}

/**
 * What the checks compile with: the phrase sets their patterns go into, and how their regular
 * expressions are made. rules/compile.ts compiles rules as they come; rules/precompiled.ts replays
 * the built-in pack as the build compiled it.
 */
export interface Compiler extends CompileEnv {
  readonly sets: Record<Field, PhraseSet>
}

/**
 * A rule's check on one document. Build the result with push onto `[]` (or return `[]`), not with
 * `Array.prototype.map`: map's arrays are holey in some tiers, and an array kind the engine's loop had
 * not seen yet made V8 throw away its optimised code and compile it again (about 40 ms per process).
 */
export type CompiledCheck = (ctx: CheckContext) => RawFinding[]
export type CheckKind<R extends LinterRule = LinterRule> = (rule: R, env: CompileEnv) => CompiledCheck
