/** Public types of outreach-lint: the contracts CRM tools and the CLI build on. */

export const CATEGORIES = [
  'product-centric',
  'cold-interruption',
  'missing-relevance',
  'spammy',
  'readability',
  'subject-line',
  'template-hygiene',
  /** The draft as a whole: several kinds of problem at once (LABELLING.md's "bad"). */
  'overall'
] as const
export type Category = (typeof CATEGORIES)[number]

export const CHANNELS = ['email', 'followup', 'linkedin-connect', 'linkedin-inmail', 'sms'] as const
export type Channel = (typeof CHANNELS)[number]

export const SEVERITIES = ['error', 'warning', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** What the caller knows about the person the message is for. */
export interface Recipient {
  name?: string
  company?: string
  role?: string
  /** Other known facts: a recent post, an event, a product they use. */
  facts?: string[]
}

/** One draft to lint. */
export interface LintInput {
  /** The body of the message. */
  text: string
  /** The subject line, when the channel has one. `''` means "present and empty". */
  subject?: string | null
  channel?: Channel
  recipient?: Recipient
  /** Sequence step (1 = first touch). A step above 1 on `email` is treated as `followup`. */
  step?: number
  /** True when merge fields should already have been filled (a rendered message). */
  rendered?: boolean
}

/** An edit a user may choose: replace `start..end` of the field with `replacement`. */
export interface Suggestion {
  message: string
  replacement: string
  start: number
  end: number
}

/** A safe edit that cannot change the meaning wrongly; applied by `--fix`. */
export interface Fix {
  start: number
  end: number
  replacement: string
}

/** One finding. Offsets are 0-based UTF-16 code units into `field`; line/column are 1-based. */
export interface LintMessage {
  ruleId: string
  category: Category
  severity: Severity
  message: string
  why: string
  /** Which part of the draft the range points into. */
  field: 'body' | 'subject'
  line: number
  column: number
  endLine: number
  endColumn: number
  start: number
  end: number
  /** The text the range covers. */
  actual: string
  suggestions: Suggestion[]
  fix?: Fix
  url?: string
  /** In a sequence (lintSequence): the 1-based step the range points into. */
  step?: number
}

export interface CallToAction {
  kind: 'question' | 'meeting' | 'link' | 'reply'
  text: string
  start: number
  end: number
}

export interface Indicators {
  wordCount: number
  characterCount: number
  sentenceCount: number
  questionCount: number
  readingGrade: number
  selfReferences: number
  recipientReferences: number
  /** selfReferences / max(1, recipientReferences). */
  selfToRecipientRatio: number
  /** "signal: words" for each detail about the reader, listed once, in its longest form. */
  personalisation: string[]
  /** The body's questions, invitations to reply and asks, in text order; overlapping ones of one kind are one. */
  callsToAction: CallToAction[]
  linkCount: number
}

export interface Deduction {
  ruleId: string
  severity: Severity
  points: number
  count: number
}

export interface LintResult {
  /** 0..100: 100 minus the deductions. */
  score: number
  deductions: Deduction[]
  indicators: Indicators
  messages: LintMessage[]
  channel: Channel
}
