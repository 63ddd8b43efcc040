/**
 * Part-of-speech tags for a text: the grammatical layer's entry. The tagger is the team's own,
 * trained on outreach text (src/analyse/tagger.ts; chosen over wink-nlp by measurement, see
 * docs/taggers.md). Merge fields are tagged as the names they stand for, and offsets are those of
 * the text. The model is read on first use, not at import, so a linter that never lints pays nothing.
 */
import type {Token} from './tagging.js'

export {tagText} from './tagger.js'
export {GRAMMAR_CHARS, type Token, type Upos} from './tagging.js'

/**
 * The tokens as the roles read them: each word of a hyphen-joined run before a noun (`compound`:
 * "a 30-minute call", "our industry-leading platform", "AI-powered routing") is an adjective, one
 * premodifier of that noun, whatever its own tag (a number, a noun, a verb). The tagger's tags stay
 * those of Universal Dependencies, each part its own (docs/taggers.md); the tokens of a text with no
 * such run are returned as they are.
 */
export function modifierView(tokens: Token[]): Token[] {
  let view = VIEWS.get(tokens)
  if (view === undefined) {
    view = tokens.some((t) => t.compound === true) ? tokens.map((t) => (t.compound === true && t.pos !== 'ADJ' ? {...t, pos: 'ADJ'} : t)) : tokens
    VIEWS.set(tokens, view)
    VIEWS.set(view, view)
  }
  return view
}

/**
 * Each message's view, made once: the roles and their signals (and a sequence step) each ask for it
 * with the same tagged tokens, or with the view itself.
 */
const VIEWS = new WeakMap<Token[], Token[]>()
