/** The unified pipeline: retext-english plus merge fields, URLs, e-mail addresses and @mentions as syntax. */
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextSyntaxUrls from 'retext-syntax-urls'
import retextSyntaxMentions from 'retext-syntax-mentions'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import retextPlaceholders, {scanPlaceholders, type BrokenPlaceholder, type Placeholder} from './placeholders.js'

/** The syntax plugins, in order: merge fields first, so `{!Contact.Name}` is never read as a URL. */
export const syntaxPlugins = [retextPlaceholders, retextSyntaxUrls, retextSyntaxMentions] as const

const processor = unified().use(retextEnglish).use(retextPlaceholders).use(retextSyntaxUrls).use(retextSyntaxMentions).freeze()

export interface Parsed {
  tree: Root
  placeholders: Placeholder[]
  broken: BrokenPlaceholder[]
}

/** Parse text into nlcst with positions; merge fields, URLs and mentions are `SourceNode`s. */
export function parseText(text: string): Parsed {
  const {placeholders, broken} = scanPlaceholders(text)
  const file = new VFile({value: text, data: {placeholders}})
  const tree = processor.parse(file) as Root
  processor.runSync(tree, file)
  return {tree, placeholders, broken}
}

/** Run the syntax plugins on a tree someone else parsed (the retext plugin path). */
export function applySyntax(tree: Root, text: string): Parsed {
  const {placeholders, broken} = scanPlaceholders(text)
  const file = {value: text, data: {placeholders} as Record<string, unknown>}
  retextPlaceholders()(tree, file)
  ;(retextSyntaxUrls as unknown as () => (t: Root) => void)()(tree)
  ;(retextSyntaxMentions as unknown as () => (t: Root) => void)()(tree)
  return {tree, placeholders, broken}
}
