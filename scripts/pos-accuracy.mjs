// How the part-of-speech taggers are scored, shared by scripts/measure-taggers.mjs,
// scripts/measure-own-tagger.mjs, scripts/train-tagger.mjs (its cross-validation on the hand-corrected
// training sentences) and test/grammar.test.ts: UPOS accuracy over hand-tagged sentences, words only
// (punctuation, symbols and URLs left out). A hand token is compared with the tag of the tagger's
// token that starts at, or covers, its first character; a hand token the tagger cuts into parts (the
// gold sample keeps "industry-leading" and "30-minute" whole, one tag for the word; the tagger tags
// each part, as Universal Dependencies does) is compared with the whole word's tag: ADJ where the
// tagger marks the parts a compound before a noun (src/analyse/tagging.ts `markCompounds`, the
// roles' reading), else its first part's tag.
import {readFileSync} from 'node:fs'
import {join, dirname} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The hand-tagged sample (fixtures/pos/outreach-gold.jsonl): {text, tokens: [word, UPOS][]} per sentence. */
export function readGold() {
  return readFileSync(join(root, 'fixtures/pos/outreach-gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
}

/**
 * Scores `tag` (text -> tokens with start, end and pos) on `sentences` ({text, tokens: [word, UPOS][]}):
 * how many words it tags right of how many, and its confusions (hand tag -> its tag, commonest first).
 */
export function posAccuracy(sentences, tag) {
  let right = 0
  let total = 0
  const confusions = new Map()
  for (const sentence of sentences) {
    const tokens = tag(sentence.text)
    let at = 0
    for (const [word, upos] of sentence.tokens) {
      const start = sentence.text.indexOf(word, at)
      if (start < 0) continue
      at = start + word.length
      if (upos === 'PUNCT' || upos === 'SYM' || upos === 'X') continue
      total++
      const token = tokens.find((t) => t.start <= start && start < t.end)
      const got = token === undefined ? 'none' : token.compound === true && token.end < at ? 'ADJ' : token.pos
      if (got === upos) right++
      else confusions.set(`${upos}->${got}`, (confusions.get(`${upos}->${got}`) ?? 0) + 1)
    }
  }
  return {right, total, accuracy: right / total, confusions: [...confusions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))}
}
