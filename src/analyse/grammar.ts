/**
 * Part-of-speech tags for a text: the grammatical layer's entry. The tagger is the team's own,
 * trained on outreach text (src/analyse/tagger.ts; chosen over wink-nlp by measurement, see
 * docs/taggers.md). Merge fields are tagged as the names they stand for, and offsets are those of
 * the text. The model is read on first use, not at import, so a linter that never lints pays nothing.
 */
export {tagText} from './tagger.js'
export {GRAMMAR_CHARS, type Token, type Upos} from './tagging.js'
