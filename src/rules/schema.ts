/**
 * The rule-pack format, as zod schemas: the built-in pack in rules/ and a user's own pack use exactly
 * this shape. A rule is the shared definition (definition.ts) and its check kind's options, which
 * each kind declares beside its code (checks/<kind>.ts). Every outside input (rule files, configs)
 * goes through `parseWith` (validate.ts), whose errors name the source and the path to the bad field.
 * The types of what they accept and give are declared in format.ts (test/types.test.ts checks they
 * are the types these schemas infer).
 */
import {channelSchema, optionKit, patternList} from './definition.js'
import {phraseOldNames, phraseOptions} from '../checks/phrase.js'
import {patternOptions} from '../checks/pattern.js'
import {ratioOldNames, ratioOptions} from '../checks/ratio.js'
import {metricOptions} from '../checks/metric.js'
import {requiredSignalOldNames, requiredSignalOptions} from '../checks/required-signal.js'
import {recipientFactsOptions} from '../checks/recipient-facts.js'
import {placeholderOptions} from '../checks/placeholder.js'
import {linkOptions} from '../checks/link.js'
import {listOptions} from '../checks/list.js'
import {roleOldNames, roleOptions} from '../checks/role.js'
import {categoriesOldNames, categoriesOptions} from '../checks/categories.js'
import {languageOptions} from '../checks/language.js'
import type {RuleSpec} from './format.js'
import {NOT_COUNTED_AS} from '../analyse/signals.js'

export {exampleSchema} from './definition.js'

const {z} = optionKit

export const ruleSchema = z.discriminatedUnion('check', [
  roleOptions(optionKit),
  categoriesOptions(optionKit),
  phraseOptions(optionKit),
  patternOptions(optionKit),
  ratioOptions(optionKit),
  metricOptions(optionKit),
  requiredSignalOptions(optionKit),
  recipientFactsOptions(optionKit),
  placeholderOptions(optionKit),
  linkOptions(optionKit),
  listOptions(optionKit),
  languageOptions(optionKit)
])

/**
 * Each check kind's renamed options, old name -> new name, as the kinds declare them beside their
 * schemas: a config's options for a rule may use either (rules/pack.ts).
 */
export const oldOptionNames: Partial<Record<RuleSpec['check'], Readonly<Record<string, string>>>> = {
  phrase: phraseOldNames,
  ratio: ratioOldNames,
  'required-signal': requiredSignalOldNames,
  role: roleOldNames,
  categories: categoriesOldNames
}

const signalSchema = z
  .object({
    description: z.string().optional(),
    patterns: patternList,
    skipNegated: z.boolean().default(true),
    /** What the words of its matches are not counted as (analyse/signals.ts NOT_COUNTED_AS). */
    notCountedAs: z.array(z.enum(NOT_COUNTED_AS)).min(1).optional()
  })
  .strict()

export const packSchema = z
  .object({
    rules: z.array(ruleSchema).default([]),
    /** Named phrase lists that rules read as signals (`unless`, `onlyIf`, required-signal). */
    signals: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), signalSchema).optional(),
    /** Word lists for pronoun counting and merge-field names. */
    vocabulary: z
      .object({
        self: z.array(z.string()).optional(),
        recipient: z.array(z.string()).optional(),
        firstNameFields: z.array(z.string()).optional(),
        /** Merge fields that only name the recipient's company or role: a slot, not an observation. */
        slotFields: z.array(z.string()).optional(),
        /** Words that make a merge field an observation about the reader ([specific pain point], {{recent_post}}). */
        observationWords: z.array(z.string()).optional(),
        senderFields: z.array(z.string()).optional(),
        commonCapitalised: z.array(z.string()).optional()
      })
      .strict()
      .optional(),
    /** Which signals' hits the indicators show (format.ts PackIndicators); the names are checked by rules/names.ts. */
    indicators: z
      .object({
        personalisation: z.array(z.string().min(1)).optional(),
        callsToAction: z.object({question: z.array(z.string().min(1)).optional(), reply: z.array(z.string().min(1)).optional()}).strict().optional()
      })
      .strict()
      .optional()
  })
  .strict()

/** The columns of a sequence export a config can name (`sequenceFields`), as `--field-<name>` does. */
const SEQUENCE_FIELDS = ['sequence', 'step', 'channel', 'delay', 'subject', 'body', 'consent'] as const

/**
 * A config's `sequenceFields`: the column names of the team's CSV/JSONL sequence exports, read by
 * `outreach-lint sequence` (a `--field-*` option goes over each). Checked as `{sequenceFields}`, so
 * that an error names the field under it.
 */
export const sequenceFieldsSchema = z
  .object({
    sequenceFields: z
      .object(Object.fromEntries(SEQUENCE_FIELDS.map((f) => [f, z.string('expected a column name').min(1, 'expected a column name').optional()])))
      .strict()
      .optional()
  })
  .strict()

const ruleSetting = z.union([
  z.enum(['off', 'warn', 'error', 'info', 'warning']),
  z.tuple([z.enum(['off', 'warn', 'error', 'info', 'warning'])]),
  z.tuple([z.enum(['off', 'warn', 'error', 'info', 'warning']), z.record(z.string(), z.unknown())])
])

export const configSchema = z
  .object({
    /** The default channel for drafts that do not say. */
    channel: channelSchema.optional(),
    /** Per rule: "off", "warn", "error", "info", or [level, {options}] to override the rule's fields. */
    rules: z.record(z.string(), ruleSetting).optional(),
    /** Extra rule packs, as data. */
    packs: z.array(packSchema).optional(),
    /** Leave the built-in pack out (only `packs` then). */
    noBuiltin: z.boolean().optional(),
    /** Messages longer than this many characters get one `input-too-large` finding and no analysis. */
    maxLength: z.number().int().positive().optional(),
    /** Treat merge fields as errors: the message should be rendered. */
    rendered: z.boolean().optional()
  })
  .strict()
