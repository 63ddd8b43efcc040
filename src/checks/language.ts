/**
 * language: a draft written in another language than the rules' own. The engine runs this kind's rule
 * first; where it reports, the rules that read English words are skipped (those marked `anyLanguage`
 * still run: merge fields, links, length, punctuation), so the draft gets one clear finding instead
 * of English readings of words that are not English.
 */
import type {LanguageRule} from '../rules/format.js'
import {languageLists, readLanguage} from '../analyse/language.js'
import {bodyRange} from './body-range.js'
import type {CheckKind} from './types.js'
import type {OptionKit} from '../rules/definition.js'

export const language: CheckKind<LanguageRule> = (rule) => {
  const lists = languageLists(rule.english, rule.languages)
  return (ctx) => {
    const reading = readLanguage(ctx.body, lists)
    const {best} = reading
    if (!best || reading.words < rule.minWords) return []
    if (best.hits < rule.minShare * reading.words || best.hits < rule.margin * reading.english) return []
    const [start, end] = bodyRange(ctx.body)
    return [{field: 'body', start, end, data: {language: best.name}}]
  }
}

/** The options of a language rule, as its rule file and a config's options give them (validated by outreach-lint/config). */
export const languageOptions = ({z, definition}: OptionKit) =>
  z
    .object({
      ...definition,
      check: z.literal('language'),
      /** The rules' language's most common small words (articles, pronouns, prepositions, auxiliaries). */
      english: z.array(z.string().min(1)).min(1),
      /** Each other language's most common small words, by the name the message gives it. */
      languages: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
      /** Fewest words read before a draft is judged: a line or two is too little to tell. */
      minWords: z.number().int().positive().default(6),
      /** The share of the words read that must be one other language's small words. */
      minShare: z.number().positive().max(1).default(0.2),
      /** ...and how many times the English small words they must outnumber. */
      margin: z.number().positive().default(3)
    })
    .strict()
