/**
 * Words to terms: case-folded, apostrophes normalised, contractions expanded ("I'm" -> i am,
 * "don't" -> do not), hyphenated compounds split ("best-in-class" -> best in class), and each term
 * stemmed once with natural's Porter stemmer (built into dist/vendor by scripts/bundle-vendor.mjs),
 * cached per distinct spelling.
 */
import PorterStemmer from '#porter-stemmer'

const CONTRACTIONS: Record<string, string[]> = {
  "i'm": ['i', 'am'],
  "let's": ['let', 'us'],
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "there's": ['there', 'is'],
  "here's": ['here', 'is'],
  "what's": ['what', 'is'],
  "who's": ['who', 'is'],
  "he's": ['he', 'is'],
  "she's": ['she', 'is'],
  "how's": ['how', 'is'],
  "where's": ['where', 'is'],
  "y'all": ['you', 'all']
}
const SUFFIXES: Array<[string, string]> = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'m", 'am']
]

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'half', 'few', 'couple'
])

const MAX_CACHE = 50_000
let stems = new Map<string, string>()

/** Porter stem of a lower-case word, cached. */
export function stem(word: string): string {
  let s = stems.get(word)
  if (s === undefined) {
    s = word.length > 40 || !/^[a-z]+$/.test(word) ? word : PorterStemmer.stem(word)
    if (stems.size >= MAX_CACHE) stems = new Map()
    stems.set(word, s)
  }
  return s
}

/** Lower case, typographic apostrophes as "'", and the hyphens word processors write ("no‑obligation", U+2010 and U+2011) as "-". */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[\u2010\u2011]/g, '-')
}

export function isNumberTerm(norm: string): boolean {
  return /^\d+(?:[.,]\d+)?$/.test(norm) || NUMBER_WORDS.has(norm)
}

/** Split one word into normalised terms (without stemming). */
export function splitTerms(word: string): string[] {
  const norm = normalise(word)
  const whole = CONTRACTIONS[norm]
  if (whole) return whole
  if (norm.includes("'")) {
    const bareSuffix = SUFFIXES.find(([suffix]) => suffix === norm)
    if (bareSuffix) return [bareSuffix[1]]
    if (norm === "'s") return ["'s"]
    for (const [suffix, expansion] of SUFFIXES) {
      if (norm.endsWith(suffix) && norm.length > suffix.length) {
        const head = norm.slice(0, -suffix.length)
        return [head === 'ca' ? 'can' : head === 'wo' ? 'will' : head, expansion]
      }
    }
    // Possessive: "Acme's" -> acme 's (patterns can ask for "'s"); a stray apostrophe is dropped.
    if (norm.endsWith("'s") && norm.length > 2) {
      const head = norm.slice(0, -2).replace(/'/g, '')
      return head ? [head, "'s"] : ["'s"]
    }
    const bare = norm.replace(/'/g, '')
    return bare ? [bare] : []
  }
  if (norm.includes('-') && norm.length > 1) {
    const parts = norm.split('-').filter(Boolean)
    if (parts.length === 2 && parts[0].length === 1) return [parts.join('')]
    return parts
  }
  return [norm]
}
