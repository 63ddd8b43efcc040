/**
 * An HTML draft (.html, .htm) or an e-mail's HTML part. The prose is the text a reader sees: scripts,
 * styles, the head and hidden elements (preheaders styled display:none) are left out, block elements
 * become line breaks, list items get a "- " bullet, runs of white space collapse to one space. Each
 * character of that text records the file range it came from, so an entity (`&rsquo;`, one character
 * read from seven) keeps findings on the right column, and fixes are written only over ranges that are
 * verbatim runs of the file (with the replacement escaped). Elements nested deeper than a browser
 * shows (512) are not read: the tree is walked by recursion, and 2,000 nested divs overflowed the stack.
 */
import type {Element, Nodes, Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse, type DefaultTreeAdapterMap} from 'parse5'
import {VFile} from 'vfile'
import {parseDirective} from './directives.js'
import {SourceError, type Directive, type SourceResult} from './types.js'

/** How deep elements may nest: Chromium's HTML parser stops nesting at 512 too. */
export const MAX_HTML_DEPTH = 512

type Parse5Node = DefaultTreeAdapterMap['node']

/** How many elements deep the parse5 tree nests (a template's content inside it), walked without recursion. */
function depthOf(document: Parse5Node): number {
  let deepest = 0
  const stack: Array<[Parse5Node, number]> = [[document, 0]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, above] = next
    const depth = 'tagName' in node ? above + 1 : above
    deepest = Math.max(deepest, depth)
    const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : []
    for (const child of children) stack.push([child, depth])
  }
  return deepest
}

/** The hast tree, as rehype-parse builds it (parse5 with source positions), once its depth is known to be safe. */
function parseHtml(text: string): Root {
  const document = parse(text, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  // Counted inside <body> (or <head>): no draft writes <html> and <body> as levels of its own.
  const depth = depthOf(document) - 2
  if (depth > MAX_HTML_DEPTH) throw new SourceError(`elements nested ${depth} deep, past the ${MAX_HTML_DEPTH} a browser shows; not read`)
  return fromParse5(document, {file: new VFile(text)}) as Root
}

const SKIP = new Set(['head', 'title', 'script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'img', 'select', 'textarea'])
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'table', 'center', 'form', 'hr', 'address', 'figure', 'dl'
])
const LINE = new Set(['li', 'tr', 'dt', 'dd', 'caption'])
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|max-height\s*:\s*0(?:px)?\s*(?:;|$)|font-size\s*:\s*0(?:px)?\s*(?:;|$))/i
const ENTITY_RE = /^&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)/

function hidden(node: Element): boolean {
  const p = node.properties ?? {}
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true
  if (String(p.ariaHidden) === 'true') return true
  return typeof p.style === 'string' && HIDDEN_STYLE.test(p.style)
}

class Builder {
  chars: string[] = []
  starts: number[] = []
  ends: number[] = []
  push(c: string, s: number, e: number): void {
    this.chars.push(c)
    this.starts.push(s)
    this.ends.push(e)
  }
  /** Make sure the text ends with `count` line breaks (never at the very start). */
  breakLine(count: number): void {
    if (this.chars.length === 0) return
    while (this.chars.length > 0 && this.chars[this.chars.length - 1] === ' ' && this.starts[this.chars.length - 1] >= 0) {
      // trailing collapsed space before a break is not seen by a reader
      this.chars.pop(), this.starts.pop(), this.ends.pop()
    }
    let have = 0
    for (let i = this.chars.length - 1; i >= 0 && this.chars[i] === '\n'; i--) have++
    for (; have < count; have++) this.push('\n', -1, -1)
  }
  atLineStart(): boolean {
    return this.chars.length === 0 || this.chars[this.chars.length - 1] === '\n'
  }
}

/** Align a text node's decoded value with its source so each character keeps its file range. */
function alignText(out: Builder, raw: string, value: string, base: number): void {
  let i = 0
  let j = 0
  let lastSpace = out.chars.length > 0 && /\s/.test(out.chars[out.chars.length - 1])
  const emit = (c: string, s: number, e: number): void => {
    if (/[ \t\n\r\f\u00a0]/.test(c) && c !== '\u00a0') {
      if (lastSpace || out.atLineStart()) {
        // collapse: widen the previous space over this one
        if (out.chars.length > 0 && out.chars[out.chars.length - 1] === ' ' && out.ends[out.ends.length - 1] === s) out.ends[out.ends.length - 1] = e
        return
      }
      out.push(' ', s, e)
      lastSpace = true
      return
    }
    out.push(c, s, e)
    lastSpace = false
  }
  while (j < value.length) {
    const c = raw[i]
    if (c === '&' && i < raw.length) {
      const m = ENTITY_RE.exec(raw.slice(i))
      if (m && !(value[j] === '&' && m[0] !== '&amp;' && m[0] !== '&#38;' && m[0] !== '&AMP;')) {
        const after = raw[i + m[0].length]
        let k = 1
        while (k < 2 && j + k < value.length && value[j + k] !== after) k++
        for (let n = 0; n < k; n++) emit(value[j + n], base + i, base + i + m[0].length)
        i += m[0].length
        j += k
        continue
      }
    }
    if (c === '\r' && value[j] === '\n') {
      const len = raw[i + 1] === '\n' ? 2 : 1
      emit('\n', base + i, base + i + len)
      i += len
      j++
      continue
    }
    emit(value[j], base + Math.min(i, raw.length), base + Math.min(i + 1, raw.length))
    i++
    j++
  }
}

export function readHtml(text: string): SourceResult {
  const tree = parseHtml(text)
  const out = new Builder()
  const directives: Directive[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'comment') {
      const s = node.position?.start.offset
      const e = node.position?.end.offset
      if (s !== undefined && e !== undefined) {
        const d = parseDirective(node.value, s, e)
        if (d) directives.push(d)
      }
      return
    }
    if (node.type === 'text') {
      const s = node.position?.start.offset
      const e = node.position?.end.offset
      if (s === undefined || e === undefined) return
      alignText(out, text.slice(s, e), node.value, s)
      return
    }
    if (node.type === 'element') {
      if (SKIP.has(node.tagName) || hidden(node)) return
      if (node.tagName === 'br') return out.breakLine(1)
      const block = BLOCK.has(node.tagName)
      const line = LINE.has(node.tagName)
      if (block) out.breakLine(2)
      else if (line) out.breakLine(1)
      if (node.tagName === 'li') out.push('-', -1, -1), out.push(' ', -1, -1)
      if (node.tagName === 'td' || node.tagName === 'th') {
        if (!out.atLineStart() && out.chars[out.chars.length - 1] !== ' ') out.push(' ', -1, -1)
      }
      const children = node.tagName === 'template' ? [] : node.children
      for (const child of children) visit(child as Nodes)
      if (block) out.breakLine(2)
      else if (line) out.breakLine(1)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  // No trailing added breaks.
  while (out.chars.length > 0 && out.starts[out.chars.length - 1] < 0 && out.chars[out.chars.length - 1] === '\n') {
    out.chars.pop(), out.starts.pop(), out.ends.pop()
  }
  return {
    documents: [
      {
        input: {text: out.chars.join('')},
        body: {base: 0, starts: Int32Array.from(out.starts), ends: Int32Array.from(out.ends)},
        writable: true,
        escape: 'html',
        directives
      }
    ],
    errors: []
  }
}

/** The text a reader sees in an HTML fragment (an e-mail's HTML part). */
export function htmlToText(html: string): string {
  return readHtml(html).documents[0].input.text
}
