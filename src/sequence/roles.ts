/**
 * The names the sequence rules' code reads, in one table: sentence roles, ask kinds and merge-field
 * roles of src/analyse/roles.ts (checked by their types when the project builds, and against the
 * role lists by test/sequence-rules.test.ts). No rule or signal name is read in code: the step rules a
 * sequence rule reads (bumps, chasing, guilt) are named in its options, as data (rules/sequence/*.yaml:
 * `emptyRules`, `rules`), and which check kinds rewrite a step is their `rewrites` flag (checks.ts).
 */
import type {AskKind, FieldRole, Role} from '../analyse/roles.js'

/** Sentences that carry no news, whatever their words: the greeting, the sign-off, a chase ("any thoughts?"). */
export const NO_NEWS_ROLES: ReadonlySet<Role> = new Set<Role>(['greeting', 'sign-off', 'chaser'])
/** A chase: a question that asks for a reply, not one the reader answers about their work. */
export const CHASE_ROLE: Role = 'chaser'
/** A sentence about the reader's world ("Saw the Leeds depot doubled its night shift"). */
export const OBSERVATION_ROLE: Role = 'observation'
/** A result ("Hull cut overtime by 18%"): what the rewrite's "a result" guide line looks for. */
export const PROOF_ROLE: Role = 'proof'
/** An ask, of one of the kinds below. */
export const ASK_ROLE: Role = 'ask'
/** An ask for their time (a call, a meeting): not a question they can answer in a line. */
export const TIME_ASK: AskKind = 'time'
/** An ask whether they are interested: a question to them, news when its words are new. */
export const INTEREST_ASK: AskKind = 'interest'
/** An offer to send something: a resource, for the rewrite's "a resource" guide line. */
export const OFFER_ASK: AskKind = 'offer'
/** A merge field that stands for a fact about the recipient ({{recent_post}}): something about them. */
export const RECIPIENT_DETAIL_FIELD: FieldRole = 'recipient-detail'
