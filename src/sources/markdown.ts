/**
 * A Markdown draft (.md). One parse (remark-parse + remark-frontmatter), then a "prose view": a string
 * exactly as long as the file in which every character that is not prose (markup, code, HTML, front
 * matter, image and definition syntax) is a space and every line break is kept. Linting the prose view
 * means an offset, a line and a column of a finding are the same in the view and in the file, with no
 * second position table to keep in sync, and `--fix` can write an edit at the same offsets. Kept as
 * prose besides text: list markers (the reader sees bullets, and the feature-list rule reads them) and
 * link destinations (link rules count links and booking URLs; the URL parser keeps them out of the words).
 * Footnotes (GitHub's `[^1]` and `[^1]: text`) are markup like link definitions: a fix never reaches
 * into a definition or its label, so none is left empty or a reference left dangling.
 */
import type {Root, RootContent, Nodes, Parent} from 'mdast'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {directivesIn} from './directives.js'
import './edit-map.js'
import {readFrontMatter, type FrontMatter} from './front-matter.js'
import {MAX_MARKDOWN_DEPTH, nestingBound, tooDeep} from './nesting.js'
import {SourceError, type Directive, type SourceResult} from './types.js'

/** GitHub's footnotes, parsed as remark-gfm parses them (only footnotes: no tables or autolinks). */
function remarkFootnotes(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmFootnote())
  ;(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown())
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkFootnotes)

const SKIP = new Set(['code', 'inlineCode', 'html', 'yaml', 'image', 'imageReference', 'definition', 'thematicBreak', 'footnoteDefinition', 'footnoteReference'])

export function readMarkdown(text: string): SourceResult {
  const nesting = nestingBound(text)
  if (nesting.depth > MAX_MARKDOWN_DEPTH) throw new SourceError(tooDeep(nesting))
  const tree = processor.parse(text) as Root
  const view = new ProseView(text)
  try {
    for (const child of tree.children) view.visit(child as RootContent as Nodes)
  } catch (error) {
    if (error instanceof SourceError) throw error
    throw new SourceError(`cannot read Markdown: ${(error as Error).message}`)
  }
  return view.result()
}

/** The prose view of one file, made node by node, with the front matter and the directives met on the way. */
class ProseView {
  private view: string[]
  private directives: Directive[] = []
  private bodyStart = 0
  private fields: FrontMatter['fields'] = {}
  private subject: FrontMatter['subject']

  constructor(private text: string) {
    this.view = text.replace(/[^\r\n]/g, ' ').split('')
  }

  /** Keep the characters from `from` to `to` as they are in the file. */
  private copy(from: number, to: number): void {
    for (let i = from; i < to; i++) this.view[i] = this.text[i]
  }

  visit(node: Nodes): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'yaml') return this.frontMatter(node.value, start, end)
    if (node.type === 'html') {
      this.directives.push(...directivesIn(this.text.slice(start, end), start))
      return
    }
    if (SKIP.has(node.type)) return
    if (node.type === 'text') return this.prose(start, end)
    if (node.type === 'break') return
    if (node.type === 'listItem') this.listMarker(start)
    if ('children' in node) for (const child of (node as Parent).children) this.visit(child as Nodes)
    if (node.type === 'link' && node.url && !/^mailto:/i.test(node.url)) this.destination(node.url, node.children[node.children.length - 1]?.position?.end.offset ?? start, end)
  }

  /** The front matter: its fields and subject; the body starts after it and the blank lines that follow. */
  private frontMatter(value: string, start: number, end: number): void {
    const text = this.text
    // The fence line is "---\n": the YAML starts on the second line.
    const inner = text.indexOf('\n', start) + 1
    const front = readFrontMatter(value, inner, 2)
    this.fields = front.fields
    this.subject = front.subject
    let bodyStart = end
    while (bodyStart < text.length && (text[bodyStart] === '\r' || text[bodyStart] === '\n')) bodyStart++
    this.bodyStart = bodyStart
  }

  /** A text node is prose, but for its backslash escapes ("\*"), which are markup: the character after one is prose. */
  private prose(start: number, end: number): void {
    const {text, view} = this
    this.copy(start, end)
    for (let i = start; i < end - 1; i++) if (text[i] === '\\' && /[!-/:-@[-`{-~]/.test(text[i + 1])) (view[i] = ' ', i++)
  }

  /** A list item's marker is kept (a "+" as "-"): the reader sees a bullet. */
  private listMarker(start: number): void {
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(this.text.slice(start, start + 12))
    if (marker) {
      this.copy(start, start + marker[0].length)
      if (marker[0] === '+') this.view[start] = '-'
    }
  }

  /** A link's destination, after its text (`from`) and inside the link (before `end`), is kept. */
  private destination(url: string, from: number, end: number): void {
    const at = this.text.indexOf(url, from)
    if (at >= 0 && at + url.length <= end) this.copy(at, at + url.length)
  }

  result(): SourceResult {
    const {bodyStart, fields, subject, directives} = this
    const prose = this.view.join('')
    return {
      documents: [{input: {text: prose.slice(bodyStart), ...fields}, body: {base: bodyStart}, subject, writable: true, directives, ...(subject ? {subjectSyntax: 'yaml' as const} : {})}],
      errors: []
    }
  }
}
