/**
 * outreach-lint/sequence: sequences, a first touch and its follow-ups, linted step by step and as a
 * whole (docs/sequences.md). An entry of its own, so that a page that lints single messages does not
 * carry the sequence rules and their checks. Like the core: pure, synchronous, no `node:`, no zod.
 */
export {lintSequence, sequenceProblem, type SequenceOptions} from './sequence/lint.js'
export {fixSequence, type SequenceFix, type SequenceChange} from './sequence/fix.js'
export {builtinSequenceRules, validateSequenceRule, type SequenceRule, type SequenceExample} from './sequence/rules.js'
export {sequenceToVFiles, type StepFileData} from './sequence/vfile.js'
export {STEP_CHANNELS, type StepChannel, type SequenceInput, type Consent, type SequenceStepInput, type SequenceResult, type StepResult, type StepMessage} from './sequence/types.js'
