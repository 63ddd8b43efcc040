/**
 * What every rule shares, as zod schemas: the rule definition (id, category, severity, message, why,
 * url, channels, the signals it waits on, suggestions, examples) and the pieces check kinds build
 * their options from. Each check kind's own options are beside its code (checks/<kind>.ts), as a
 * function of `optionKit`, so the core runs checks without loading zod; schema.ts puts them together.
 */
import {RENAMED_ROLES, ROLES} from '../analyse/roles.js'
import {RENAMED_FLAGS, REWRITE_FLAGS} from './rewrite-flags.js'
import * as z from '#zod'
import {CATEGORIES, CHANNELS, SEVERITIES} from '../types.js'

// No code generated at run time: zod's compiled object parsers use `new Function`, and even its
// probe for whether that is allowed is a `script-src` violation under a strict Content Security
// Policy. Interpreted parsing is fast enough for configs and rule packs.
z.config({jitless: true})

export const channelSchema = z.enum(CHANNELS)
const severitySchema = z.enum(SEVERITIES)
const categorySchema = z.enum(CATEGORIES)

/** One of `values`; an old name of one (`renamed`) is refused in one line giving the new name. */
function renamedEnum<T extends readonly [string, ...string[]]>(values: T, renamed: Readonly<Record<string, string>>, what: string) {
  return z.enum(values, {
    error: (issue) => (typeof issue.input === 'string' && Object.hasOwn(renamed, issue.input) ? `the ${what} "${issue.input}" is now called "${renamed[issue.input]}"` : undefined)
  })
}

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

export const patternList = z.array(z.string().min(1)).min(1)


/** The fields every rule has, whatever its check. */
const definition = {
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
  /**
   * Runs on a draft in any language: it reads no English words (merge fields, links, length,
   * punctuation). Without it a rule is skipped on a draft the `language` rule finds is not English.
   */
  anyLanguage: z.boolean().optional(),
  suggestions: z.array(suggestionSchema).optional(),
  /**
   * For a rule that reads the subject: the rewrite replaces a subject it flags with one made from what
   * the draft observes about the reader, and says `why` in its list of changes.
   */
  rewriteSubject: z.object({why: z.string().min(1)}).strict().optional(),
  /** How the rewrite's plan treats the rule's findings (rules/rewrite-flags.ts): remove the sentence, rewrite a pitch, ... */
  rewrite: renamedEnum(REWRITE_FLAGS, RENAMED_FLAGS, 'rewrite flag').optional(),
  examples: z
    .object({
      invalid: z.array(exampleSchema).min(1),
      valid: z.array(exampleSchema).min(1)
    })
    .strict()
}

/** Which field a rule reads: the body (the default) or the subject. */
const target = z.enum(['body', 'subject']).default('body')

/**
 * A check kind's options, with the old names of options that were renamed still accepted: `oldNames`
 * maps each old name to the option that now carries its meaning (the schema declares both, the old
 * one optional and checked like the new). The old name's value moves to the new name; both at once
 * are refused, naming the old one, so that no pack silently gets one of two values. `defaults` gives
 * the new names' defaults, which the schema cannot (an explicit value is told from a default here);
 * a new name without a default must be given, under one name or the other.
 */
function withOldNames<T extends z.ZodObject, Old extends Readonly<Record<string, string>>>(object: T, oldNames: Old, defaults: Readonly<Record<string, unknown>> = {}) {
  return object.transform((value, ctx): Renamed<z.output<T>, Old> => {
    const out: Record<string, unknown> = {...value}
    for (const [old, name] of Object.entries(oldNames)) {
      if (out[old] === undefined) {
        delete out[old]
      } else if (out[name] !== undefined) {
        ctx.issues.push({code: 'custom', input: value, path: [old], message: `"${old}" is the old name of "${name}": give only "${name}"`})
        break
      } else {
        out[name] = out[old]
        delete out[old]
      }
      if (out[name] === undefined) {
        if (!Object.hasOwn(defaults, name)) {
          ctx.issues.push({code: 'custom', input: value, path: [name], message: `required (or its old name "${old}")`})
          break
        }
        out[name] = defaults[name]
      }
    }
    return out as Renamed<z.output<T>, Old>
  })
}

/** Options `T` once each old name of `Old` has moved to its new name, which then always has a value. */
type Renamed<T, Old extends Readonly<Record<string, string>>> = Omit<T, keyof Old | Old[keyof Old]> & {[K in Old[keyof Old] & keyof T]-?: Exclude<T[K], undefined>}

/** What a check kind's option schema is made with. */
export const optionKit = {
  withOldNames,
  z,
  definition,
  /** One or more phrase patterns (the phrase language of analyse/phrase-builder.ts). */
  patternList,
  /** A count or a grade, or one per channel. */
  threshold: thresholdSchema,
  target,
  role: renamedEnum(ROLES, RENAMED_ROLES, 'role'),
  category: categorySchema
}

export type OptionKit = typeof optionKit
