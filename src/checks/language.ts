/**
 * language: a draft written in another language than the rules' own. The engine runs this kind's rule
 * first; where it reports, the rules that read English words are skipped (those marked `anyLanguage`
 * still run: merge fields, links, length, punctuation), so the draft gets one clear finding instead
 * of English readings of words that are not English.
 */
import type {LanguageRule} from '../rules/format.js'
import {languageLists, readLanguage, scriptLetter, type LanguageReading} from '../analyse/language.js'
import {bodyRange} from './body-range.js'
import type {TextFacts} from '../analyse/facts.js'
import type {CheckKind} from './types.js'
import type {OptionKit} from '../rules/definition.js'

export const language: CheckKind<LanguageRule> = (rule) => {
  const lists = languageLists(rule.english, rule.languages, rule.scripts)
  return (ctx) => {
    const reading = readLanguage(ctx.body, lists)
    const script = byScript(rule, reading)
    const language = script ?? byWords(rule, reading)
    if (!language) return []
    // (Told by its letters, the finding spans the draft: a paragraph with no spaces can read as a sign-off.)
    const [start, end] = script ? wholeRange(ctx.body) : bodyRange(ctx.body)
    return [{field: 'body', start, end, data: {language}}]
  }
}

/** From the draft's first word to its last. */
function wholeRange(facts: TextFacts): [number, number] {
  const {words} = facts
  return words.length > 0 ? [words[0].start, words[words.length - 1].end] : bodyRange(facts)
}

/** A draft whose letters are mostly of another writing system (Hebrew, Japanese, Cyrillic) is in that system's language. */
function byScript(rule: LanguageRule, reading: LanguageReading): string | undefined {
  const {script} = reading
  if (!script || script.letters < rule.minLetters || script.letters < rule.scriptShare * reading.letters) return undefined
  return script.name
}

/** A draft of Latin letters is in the language whose small words it has most of, when they are enough of its words and outnumber English's. */
function byWords(rule: LanguageRule, reading: LanguageReading): string | undefined {
  const {best} = reading
  if (!best || reading.words < rule.minWords) return undefined
  if (best.hits < rule.minShare * reading.words || best.hits < rule.margin * reading.english) return undefined
  return best.name
}

const knownScripts = (names: readonly string[]): boolean => {
  try {
    scriptLetter(names)
    return true
  } catch {
    return false
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
      /**
       * Languages written in another system than the Latin alphabet, each with the Unicode scripts of its
       * letters (Script property names: Hebrew, Han, Hiragana, Cyrillic). A draft most of whose letters are
       * one language's is in that language, whatever its words.
       */
      scripts: z
        .record(z.string().min(1), z.array(z.string().min(1)).min(1))
        .default({})
        .refine((scripts) => Object.values(scripts).every(knownScripts), {message: 'names a script Unicode does not know (write e.g. Hebrew, Han, Hiragana)'}),
      /** Fewest letters of such a language before a draft is judged by its script. */
      minLetters: z.number().int().positive().default(20),
      /** ...and the share of the draft's letters they must be. */
      scriptShare: z.number().positive().max(1).default(0.5),
      /** Fewest words read before a draft is judged: a line or two is too little to tell. */
      minWords: z.number().int().positive().default(6),
      /** The share of the words read that must be one other language's small words. */
      minShare: z.number().positive().max(1).default(0.2),
      /** ...and how many times the English small words they must outnumber. */
      margin: z.number().positive().default(3)
    })
    .strict()
