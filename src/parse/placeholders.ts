/**
 * Merge fields ("placeholders") as syntax: `{{first_name}}`, `{{ contact.company }}`, `{FirstName}`,
 * `[First Name]`, `%FIRSTNAME%`, `*|FNAME|*`, `{!Contact.FirstName}`, `<PRODUCT>`, with a template filter
 * (`{{ company | default("your team") }}`) or without.
 *
 * `scanPlaceholders` finds them (and broken ones) in one pass over the text; the retext plugin turns
 * the nodes that spell one into a single `SourceNode`, so its words are never read as prose.
 */
import type {Root, Parent, RootContent, Source} from 'nlcst'

export type PlaceholderSyntax = 'mustache' | 'salesforce' | 'mailchimp' | 'percent' | 'brace' | 'bracket' | 'angle'

export interface Placeholder {
  raw: string
  /** Normalised field name: last dotted segment, lower case, letters and digits only. */
  name: string
  syntax: PlaceholderSyntax
  start: number
  end: number
}

export interface BrokenPlaceholder {
  raw: string
  start: number
  end: number
}

const SYNTAXES: PlaceholderSyntax[] = ['mustache', 'salesforce', 'mailchimp', 'percent', 'brace', 'bracket', 'angle']

// One alternation, one pass. Group n+1 holds the inner name of SYNTAXES[n].
const PLACEHOLDER_RE = new RegExp(
  [
    // Liquid, Jinja and HubL filters are part of the field: "{{ company | default('your team') }}";
    // so is a writer's note after the name: {{signal, e.g. "your post on on-call toil"}}.
    // An automation tool's expression is one field too: {{ $json["Contact Person"] || "there" }} (n8n).
    String.raw`\{\{\{?\s*(\$[^{}\n]{1,200}?|[A-Za-z0-9_][\w .:/-]{0,80}?)\s*(?:\|[^{}\n]{1,200}?|,[^{}\n]{1,200}?)?\}?\}\}`,
    String.raw`\{!\s*([A-Za-z_][\w.]{0,80}?)\s*\}`,
    String.raw`\*\|([A-Za-z0-9_:]{1,40})\|\*`,
    String.raw`%([A-Z][A-Z0-9_]{1,40})%`,
    // An either/or slot ("{event/announcement}") is one field, as "[A/B]" is.
    String.raw`(?<![{\w])\{([A-Za-z_][\w.]{0,40}(?:\/[A-Za-z][\w.]{0,30})*(?: [A-Za-z][\w.]{0,20}){0,3})\}(?!\})`,
    String.raw`\[([A-Za-z][A-Za-z0-9 _./&'’-]{0,60})\](?![(\[])`,
    // "<PRODUCT>", "<their stated problem, their words>": a slot in angle brackets; an HTML tag, an
    // address ("<jo@acme.com>") or a link ("<https://...>") is none (see ANGLE_TAGS below).
    String.raw`<([A-Za-z][A-Za-z0-9 _,./&'’-]{0,60})>`
  ].join('|'),
  // Sticky: tried only where a field can start (see `nextCandidate`), which is much cheaper than
  // letting the engine try the whole alternation at every position of the text.
  'y'
)

/** Words with a space between them in double braces, over single line breaks (never a blank line): "{{name,}}" stays broken. */
const INSTRUCTION_RE = /\{\{(?=[^{}]{0,300}?\s[^{}\s])[A-Za-z0-9_][^{}\n]{0,300}?(?:\n(?![ \t]*\n)[^{}\n]{0,300}?){0,3}\}\}/g
/**
 * Three words or more in single braces on one line, with nothing of code in them (no brackets,
 * parentheses, "=", ";", "$", backticks or angle brackets): a writer's note ("{One sentence
 * referencing prior conversation}") or spintax ("{Saw|Came across|Noticed}"). "{p.name.split(' ')[0]}"
 * stays broken.
 */
const BRACE_NOTE_RE = /(?<![{\w])\{(?=[^{}\n]{0,300}?\s\S+\s)[A-Za-z][^{}\n()[\]=;$`<>]{0,300}?\}(?!\})/g

const LEFTOVER_RE = /\{\{|\}\}|\{!|\*\||\|\*|\{(?=[A-Za-z_][\w.]*(?:[\s,.;!?)]|$))|(?<=[A-Za-z_\d])\}/y

/** Every match of PLACEHOLDER_RE starts with one of `{ * % [ <`; of LEFTOVER_RE, with one of `{ } * |`. */
const FIELD_START = /[{*%[<]/g
const LEFTOVER_START = /[{}*|]/g

/**
 * The first match of a sticky `re` at or after `from`, tried only where `starts` finds a character
 * a match can start with (the engine skips to those natively; most texts have a handful).
 */
function nextMatch(re: RegExp, text: string, from: number, starts: RegExp): RegExpExecArray | null {
  starts.lastIndex = from
  while (starts.exec(text)) {
    re.lastIndex = starts.lastIndex - 1
    const match = re.exec(text)
    if (match) return match
  }
  return null
}

/** HTML elements an e-mail body may hold: in angle brackets, markup and not a field. */
const ANGLE_TAGS = new Set(['a', 'b', 'i', 'u', 's', 'p', 'q', 'br', 'hr', 'em', 'strong', 'small', 'big', 'sub', 'sup', 'code', 'pre', 'tt', 'kbd', 'mark', 'del', 'ins', 'div', 'span', 'img', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'html', 'head', 'body', 'title', 'style', 'script', 'link', 'meta', 'center', 'font', 'blockquote', 'section', 'header', 'footer', 'nav', 'main', 'article', 'aside', 'button', 'input', 'form', 'label', 'select', 'option', 'textarea', 'iframe', 'video', 'audio', 'source', 'picture', 'figure', 'figcaption', 'caption', 'col', 'colgroup', 'abbr', 'cite', 'var', 'wbr', 'nobr'])

const WORDISH_BEFORE = /[\w.|]/
const WORDISH_AFTER = /[\w.|{}!*%]/

export function placeholderName(inner: string): string {
  if (inner.startsWith('$')) return expressionKey(inner).toLowerCase().replace(/[^a-z0-9]/g, '')
  const segments = inner.trim().split('.')
  return segments[segments.length - 1].toLowerCase().replace(/[^a-z0-9]/g, '')
}

/**
 * The words a field's name is made of: its text, or for an automation tool's expression the key it
 * reads ({{ $json["Contact Person"] }} is the contact person, not "json").
 */
export function fieldLabel(p: Placeholder): string {
  const inner = /^\{\{\{?\s*(\$.*?)\s*\}?\}\}$/.exec(p.raw)?.[1]
  return inner === undefined ? p.raw : expressionKey(inner)
}

/**
 * The words of a field's name, without a template filter's default ("{{ x | default('your company') }}").
 * Worked out once per spelling of a field (the roles ask for a field's words many times): read-only.
 */
export function fieldWords(p: Placeholder): readonly string[] {
  let words = FIELD_WORDS.get(p.raw)
  if (words === undefined) {
    // "[USE_CASE]" is a topic, not a case study; "{SimilarCompany}" is two words, as "{similar_company}" is.
    words = fieldLabel(p).replace(/^(\{\{[^|}]*)\|[^}]*(?=\}\})/, '$1').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/\buse[\s_-]?case/g, 'usecase').match(/[a-z]+/g) ?? []
    if (FIELD_WORDS.size >= 5_000) FIELD_WORDS.clear()
    FIELD_WORDS.set(p.raw, words)
  }
  return words
}
const FIELD_WORDS = new Map<string, readonly string[]>()

/** The last quoted key of an expression ($json["Contact Person"] -> Contact Person), or its last name. */
function expressionKey(inner: string): string {
  const keys = [...inner.matchAll(/\[\s*(['"])([^'"\]]{1,80})\1\s*\]/g)]
  if (keys.length > 0) return keys[keys.length - 1][2]
  const names = inner.match(/[A-Za-z_]\w*/g) ?? []
  return names[names.length - 1] ?? ''
}

export function scanPlaceholders(text: string): {placeholders: Placeholder[]; broken: BrokenPlaceholder[]} {
  const placeholders: Placeholder[] = []
  let match: RegExpExecArray | null
  let at = 0
  while ((match = nextMatch(PLACEHOLDER_RE, text, at, FIELD_START))) {
    at = match.index + match[0].length
    let group = 1
    while (match[group] === undefined) group++
    const syntax = SYNTAXES[group - 1]
    const inner = match[group]
    // Brackets hold prose too ("[sic]", "[1]"): a bracketed field is at most six words.
    if (syntax === 'bracket' && inner.trim().split(/\s+/).length > 6) continue
    // In angle brackets an HTML tag ("<br>", "<br/>", "<strong>") is markup, and a field is at most eight words.
    if (syntax === 'angle' && (ANGLE_TAGS.has(inner.toLowerCase()) || inner.endsWith('/') || inner.trim().split(/\s+/).length > 8)) continue
    placeholders.push({raw: match[0], name: placeholderName(inner), syntax, start: match.index, end: at})
  }
  // The text with each field blanked out, so that what is left of a broken one stands out.
  let source = text
  if (placeholders.length > 0) {
    source = ''
    let from = 0
    for (const p of placeholders) {
      source += text.slice(from, p.start) + ' '.repeat(p.end - p.start)
      from = p.end
    }
    source += text.slice(from)
  }
  // A writer's instruction in prose between double braces, hard-wrapped as the template was published
  // ("{{One sentence about their situation — show you\ndid research.}}"), is closed: not a broken field.
  // (It stays prose to the tagger and the roles, which were trained and tuned on it that way.)
  if (source.includes('{{')) source = source.replace(INSTRUCTION_RE, (m) => ' '.repeat(m.length))
  // So is one on a line between single braces, or spintax (BRACE_NOTE_RE).
  if (source.includes('{')) source = source.replace(BRACE_NOTE_RE, (m) => ' '.repeat(m.length))
  const broken: BrokenPlaceholder[] = []
  at = 0
  while ((match = nextMatch(LEFTOVER_RE, source, at, LEFTOVER_START))) {
    let start = match.index
    let end = start + match[0].length
    while (start > 0 && WORDISH_BEFORE.test(source[start - 1])) start--
    while (end < source.length && WORDISH_AFTER.test(source[end])) end++
    const last = broken[broken.length - 1]
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end)
      last.raw = text.slice(last.start, last.end)
    } else {
      broken.push({raw: text.slice(start, end), start, end})
    }
    at = end
  }
  return {placeholders, broken}
}

function offsetOf(node: RootContent | Root, edge: 'start' | 'end'): number | undefined {
  return node.position?.[edge].offset
}

/**
 * Turn each merge field of `found` (in text order, as `scanPlaceholders` gives them) into one
 * `SourceNode` with `data.placeholder`, where the tree's nodes cover exactly the field.
 */
export function markPlaceholders(tree: Root, found: Placeholder[]): void {
  if (found.length === 0) return
  let next = 0
  const walk = (parent: Parent) => {
    const children = parent.children as RootContent[]
    for (let index = 0; index < children.length && next < found.length; index++) {
      const child = children[index]
      const start = offsetOf(child, 'start')
      const end = offsetOf(child, 'end')
      if (start === undefined || end === undefined) continue
      while (next < found.length && found[next].end <= start) next++
      if (next >= found.length) return
      const p = found[next]
      if (p.start >= end) continue
      if (child.type === 'ParagraphNode' || child.type === 'SentenceNode') {
        walk(child as Parent)
        continue
      }
      if (p.start !== start) continue
      let last = index
      while (last < children.length && (offsetOf(children[last], 'end') ?? Infinity) < p.end) last++
      if (last >= children.length || offsetOf(children[last], 'end') !== p.end) continue
      const node: Source = {
        type: 'SourceNode',
        value: p.raw,
        position: {start: child.position!.start, end: children[last].position!.end},
        data: {placeholder: p} as Source['data']
      }
      children.splice(index, last - index + 1, node)
      next++
    }
  }
  walk(tree)
}

/**
 * A retext plugin: each merge field becomes one `SourceNode` with `data.placeholder`.
 * Reads the field list from `file.data.placeholders` when the caller scanned already.
 */
export default function retextPlaceholders() {
  return function (tree: Root, file: {value: unknown; data: Record<string, unknown>}) {
    let found = file.data.placeholders as Placeholder[] | undefined
    if (!found) {
      found = scanPlaceholders(String(file.value)).placeholders
      file.data.placeholders = found
    }
    markPlaceholders(tree, found)
  }
}
