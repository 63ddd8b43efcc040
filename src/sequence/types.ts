/** Sequences: a first touch and its follow-ups, linted step by step and as a whole. */
import type {Channel, Deduction, LintMessage, LintResult, Recipient} from '../types.js'

/**
 * A step's channel. Besides the linter's channels: `linkedin-message` (a message to a connection,
 * linted as `linkedin-inmail`) and `call` (a phone step: its notes are not linted, it counts for the
 * cadence).
 */
export const STEP_CHANNELS = ['email', 'followup', 'linkedin-connect', 'linkedin-inmail', 'linkedin-message', 'sms', 'call'] as const
export type StepChannel = (typeof STEP_CHANNELS)[number]

export interface SequenceStepInput {
  channel?: StepChannel
  /** Wait after the previous step: '2d', '36h', '1w', '90m', or a number of days. Step 1's is ignored. */
  delay?: string | number
  subject?: string | null
  text: string
  /**
   * The recipient agreed to be contacted on this step's channel (`true`: an SMS step to someone who
   * opted in to texts), or did not (`false`, over the sequence's `consent`). Absent: the sequence's says.
   */
  consent?: boolean
}

/**
 * The channels the recipient agreed to be contacted on, as the sequencing tool's records say: one
 * channel (`sms`) or a list (`[sms, email]`). A draft cannot show consent; the sequence states it.
 */
export type Consent = StepChannel | StepChannel[]

export interface SequenceInput {
  /** A name for the reports (`welcome-sequence`). */
  id?: string
  steps: SequenceStepInput[]
  recipient?: Recipient
  /** The channels the recipient agreed to be contacted on (`consent: sms`); a step's own `consent` is over it. */
  consent?: Consent
  /** Merge fields should already be filled. */
  rendered?: boolean
}

/** A finding that carries the step it points into (1-based). */
export type StepMessage = LintMessage & {step: number}

export interface StepResult {
  /** 1-based position in the sequence. */
  step: number
  channel: StepChannel
  /** The channel the step was linted as (an e-mail after step 1 is a `followup`). */
  lintedAs?: Channel
  /** Days after step 1 when this step goes out. */
  day: number
  /** The step's own result as a single message (absent for a `call` step), each finding with its step. */
  result?: Omit<LintResult, 'messages'> & {messages: StepMessage[]}
}

export interface SequenceResult {
  id?: string
  /** 0..100: the steps' mean score minus the sequence rules' deductions. */
  score: number
  /** The sequence rules' deductions, and `step-findings`: 100 minus the steps' mean score. */
  deductions: Deduction[]
  steps: StepResult[]
  /** Findings of the sequence rules, each pointing into one step's body or subject. */
  messages: StepMessage[]
  /** Days from step 1 to the last step. */
  days: number
}
