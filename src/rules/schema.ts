/**
 * The rule-pack format, as zod schemas: the built-in pack in rules/ and a user's own pack use exactly
 * this shape. Every outside input (rule files, configs) goes through `parseWith` (validate.ts), whose
 * errors name the source and the path to the bad field. The types of what they accept and give are
 * declared in format.ts (test/types.test.ts checks they are the types these schemas infer).
 */
import {ROLES} from '../analyse/roles.js'
import * as z from '#zod'
import {CATEGORIES, CHANNELS, SEVERITIES} from '../types.js'

// The fix planner reads a rule's suggestions in this type.
export type {SuggestionSpec} from './format.js'

// No code generated at run time: zod's compiled object parsers use `new Function`, and even its
// probe for whether that is allowed is a `script-src` violation under a strict Content Security
// Policy. Interpreted parsing is fast enough for configs and rule packs.
z.config({jitless: true})

const channelSchema = z.enum(CHANNELS)
const severitySchema = z.enum(SEVERITIES)
const categorySchema = z.enum(CATEGORIES)

/** A number, or numbers per channel with an optional `default`. */
/** A threshold is a count or a grade: finite and not below zero ('max: -1' would flag every message). */
const limitNumber = z.number().finite().nonnegative()

const thresholdSchema = z.union([
  limitNumber,
  z
    .object({
      default: limitNumber.optional(),
      email: limitNumber.optional(),
      followup: limitNumber.optional(),
      'linkedin-connect': limitNumber.optional(),
      'linkedin-inmail': limitNumber.optional(),
      sms: limitNumber.optional()
    })
    .strict()
])

const recipientSchema = z
  .object({
    name: z.string().optional(),
    company: z.string().optional(),
    role: z.string().optional(),
    facts: z.array(z.string()).optional()
  })
  .strict()

export const exampleSchema = z.union([
  z.string(),
  z
    .object({
      text: z.string(),
      subject: z.string().nullable().optional(),
      channel: channelSchema.optional(),
      recipient: recipientSchema.optional(),
      rendered: z.boolean().optional(),
      step: z.number().int().positive().optional(),
      /** The exact text each finding of this rule covers, in order. */
      match: z.union([z.string(), z.array(z.string())]).optional(),
      /** The draft after `rewrite`, for rules with a fix. */
      output: z.string().optional()
    })
    .strict()
])

const suggestionSchema = z
  .object({
    message: z.string().min(1),
    replacement: z.string(),
    /** What the replacement covers: the match, or the whole sentence the match is in. */
    scope: z.enum(['match', 'sentence']).default('match'),
    /** Also remove the punctuation and spaces after the range. */
    eatTrailing: z.boolean().default(false),
    /** Upper-case the first letter after the range (after deleting a lead-in). */
    capitalizeNext: z.boolean().default(false),
    /** Safe fixes are applied by --fix: only edits that cannot change the meaning wrongly. */
    safe: z.boolean().default(false)
  })
  .strict()

const patternList = z.array(z.string().min(1)).min(1)


const base = {
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case, like "generic-opener"'),
  category: categorySchema,
  severity: severitySchema,
  /** Where the rule applies; all channels when absent. */
  channels: z.array(channelSchema).min(1).optional(),
  /** "{match}" in the message is replaced by the text found. */
  message: z.string().min(1),
  why: z.string().min(1),
  url: z.string().optional(),
  /** Skip the rule when the message shows any of these signals. */
  unless: z.array(z.string()).optional(),
  /** Only run the rule when the message shows at least one of these signals. */
  onlyIf: z.array(z.string()).optional(),
  /** Not reported where one of these rules reported an overlapping finding: one habit costs once. */
  deferTo: z.array(z.string().min(1)).optional(),
  suggestions: z.array(suggestionSchema).optional(),
  examples: z
    .object({
      invalid: z.array(exampleSchema).min(1),
      valid: z.array(exampleSchema).min(1)
    })
    .strict()
}

const target = z.enum(['body', 'subject']).default('body')

const phraseRuleSchema = z
  .object({
    ...base,
    check: z.literal('phrase'),
    patterns: patternList,
    /** Matches that overlap a match of one of these are not reported ("feel free" for "free"). */
    exceptions: z.array(z.string().min(1)).optional(),
    /**
     * any sentence; opening: the first content sentence (roles.ts openingOf); closing: the last;
     * preamble: any sentence before the first observation about the reader.
     */
    scope: z.enum(['any', 'opening', 'closing', 'preamble']).default('any'),
    /** Skip matches in body sentences of these roles ("within 90 days" in a customer's result). */
    exceptRoles: z.array(z.enum(ROLES)).optional(),
    target,
    /** Skip matches with a negation just before them ("I won't ask for a call"). */
    skipNegated: z.boolean().default(true),
    /** Skip matches inside quotation marks (the recipient's own words quoted back). */
    skipQuoted: z.boolean().default(true),
    /** sender: skip sentences that refer to the reader (you, your) and not to the sender (I, we, our). */
    about: z.enum(['any', 'sender']).default('any'),
    /** Report only the first match of each sentence (false: one finding per match). A finding never spans two matches. */
    perSentence: z.boolean().default(false),
    /** Counts as a call to action of this kind in the indicators. */
    cta: z.enum(['meeting', 'link', 'reply']).optional()
  })
  .strict()

const patternRuleSchema = z
  .object({
    ...base,
    check: z.literal('pattern'),
    /** A regular expression, checked for catastrophic backtracking before use. */
    pattern: z.string().min(1),
    flags: z.string().regex(/^[imu]*$/, 'only the flags i, m and u are allowed').default(''),
    target
  })
  .strict()

const ratioRuleSchema = z
  .object({
    ...base,
    check: z.literal('ratio'),
    /** Report when self-references exceed this multiple of recipient-references. */
    max: z.number().positive(),
    /** ...and there are at least this many self-references. */
    minSelf: z.number().int().nonnegative().default(3),
    /** Count only self-references in sentences of these roles (what the sender is, does or has). */
    roles: z.array(z.enum(ROLES)).min(1).optional()
  })
  .strict()

const METRICS = [
  'words',
  'characters',
  'readingGrade',
  'sentenceWords',
  'blockWords',
  'capsWords',
  /** Exclamation marks in the subject and the body together. */
  'exclamations',
  'subjectCharacters',
  'subjectWords',
  'subjectCapsRatio',
  'subjectEmpty'
] as const

const metricRuleSchema = z
  .object({
    ...base,
    check: z.literal('metric'),
    metric: z.enum(METRICS),
    max: thresholdSchema.optional(),
    min: thresholdSchema.optional(),
    /** For capsWords: words never counted (acronyms). */
    ignore: z.array(z.string()).optional(),
    /** For capsWords: fewest vowels a word needs to count (acronyms like WCAG or HDPE have one). */
    minVowels: z.number().int().nonnegative().default(0),
    /**
     * For capsWords: from this length one vowel is enough. Acronyms are short; a shouted word of one
     * vowel ("SPRING", "FIRST") is usually longer.
     */
    oneVowelFrom: z.number().int().positive().optional(),
    /** For capsWords: shortest word counted. */
    minLength: z.number().int().positive().default(3),
    /** Skip messages shorter than this many words (reading grade on two lines is noise). */
    minWords: z.number().int().nonnegative().default(0)
  })
  .strict()

const requiredSignalRuleSchema = z
  .object({
    ...base,
    check: z.literal('required-signal'),
    signals: z.array(z.string().min(1)).min(1),
    /** How many distinct signals of the list must be present. */
    min: z.number().int().positive().default(1)
  })
  .strict()

const recipientFactsRuleSchema = z.object({...base, check: z.literal('recipient-facts')}).strict()

const placeholderRuleSchema = z
  .object({
    ...base,
    check: z.literal('placeholder'),
    mode: z.enum(['broken', 'unfilled', 'mixed-syntax', 'misspelt']),
    /**
     * For `misspelt`: the field names a template may use, as written ("first_name"). A field one
     * edit away from one of these (two for long names) is reported as its misspelling.
     */
    fields: z.array(z.string().regex(/[A-Za-z]/, 'must name a field')).min(1).optional()
  })
  .strict()
  .refine((rule) => rule.mode !== 'misspelt' || rule.fields !== undefined, {
    message: 'mode "misspelt" needs the list of known `fields`',
    path: ['fields']
  })

const linkRuleSchema = z
  .object({
    ...base,
    check: z.literal('link'),
    /** Report links to these hosts (suffix match: "calendly.com" matches "www.calendly.com"). */
    hosts: z.array(z.string().min(1)).optional(),
    /** Report when the message has more links than this. */
    max: thresholdSchema.optional()
  })
  .strict()

const listRuleSchema = z
  .object({
    ...base,
    check: z.literal('list'),
    minItems: z.number().int().positive().default(3),
    /**
     * Also a list run into one sentence after a lead-in ("We offer a, b, c and d."), from this many
     * items; unset, only bulleted lists count. A natural triad ("design, build and support") is
     * prose, so this is usually one more than minItems.
     */
    inlineItems: z.number().int().min(2).optional(),
    /** Phrases in the line before the list (or in the items) that make it a feature list. */
    leadIn: patternList
  })
  .strict()


const roleRuleSchema = z
  .object({
    ...base,
    check: z.literal('role'),
    /** The sentence roles this rule reports. */
    roles: z.array(z.enum(ROLES)).min(1),
    /** For `ask`: only asks of this kind (time: a call, a meeting, a duration, the reader's calendar). */
    ask: z.enum(['time', 'interest', 'offer']).optional(),
    /**
     * opening: the first body sentence has one of the roles; any: every sentence that has one;
     * majority: more than half of the body's content sentences have one (and at least `min`).
     */
    where: z.enum(['opening', 'any', 'majority']).default('any'),
    min: z.number().int().positive().default(1)
  })
  .strict()

const categoriesRuleSchema = z
  .object({
    ...base,
    check: z.literal('categories'),
    /** The categories whose findings count; the rule fires when `min` of them have one. */
    categories: z.array(categorySchema).min(2),
    min: z.number().int().min(2).default(2)
  })
  .strict()

export const ruleSchema = z.discriminatedUnion('check', [
  roleRuleSchema,
  categoriesRuleSchema,
  phraseRuleSchema,
  patternRuleSchema,
  ratioRuleSchema,
  metricRuleSchema,
  requiredSignalRuleSchema,
  recipientFactsRuleSchema,
  placeholderRuleSchema,
  linkRuleSchema,
  listRuleSchema
])

const signalSchema = z
  .object({
    description: z.string().optional(),
    patterns: patternList,
    skipNegated: z.boolean().default(true)
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
