/**
 * Sources: file formats -> Documents. Pure and browser-safe (no `node:` imports): the CLI reads the
 * bytes and decodes them; these modules turn the text into what the linter reads, plus a map from
 * the linted text back into the file so findings point at the file's own lines and columns.
 */
import type {LintInput} from '../types.js'

/**
 * Where each character of a linted text comes from in the file.
 * - `starts`/`ends` absent: character i is file offset `base + i` (a verbatim slice).
 * - present: `starts[i]`..`ends[i]` is the file range character i was read from (an HTML entity is
 *   several file characters for one text character); -1 marks a character the reader added (the line
 *   break a `<p>` implies), which maps to the nearest real character.
 */
export interface TextMap {
  base: number
  starts?: Int32Array
  ends?: Int32Array
}

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line'

/** An inline comment `<!-- outreach-lint-disable rule-id -->` and friends, at a file offset. */
export interface Directive {
  kind: DirectiveKind
  /** Rule ids; empty means every rule. */
  rules: string[]
  /** File offset of the comment's start. */
  offset: number
  /** File offset just past the comment. */
  end: number
}

export interface SourceDocument {
  /** A collection member's id (`templates.csv#welcome-1`); absent for a one-draft file. */
  id?: string
  /** 1-based line in the file where a collection member starts. */
  line?: number
  input: LintInput
  /** Map of `input.text` into the file; absent when the text is not a slice of the file (a decoded e-mail body, a CSV cell). */
  body?: TextMap
  /** Map of `input.subject` into the file, when the subject is written in it. */
  subject?: TextMap
  /** Fixes may be written back into the file (never for collections or e-mails). */
  writable: boolean
  /** How to escape a replacement written into the file. */
  escape?: 'html'
  /** The subject is a YAML scalar (front matter): only replacements that keep it a plain scalar are written. */
  subjectSyntax?: 'yaml'
  /** How often the template is sent, when the collection says (read for the indicators report only). */
  usage?: number
  /** Inline disable comments, in file order. */
  directives?: Directive[]
}

export interface SourceResult {
  documents: SourceDocument[]
  /** Problems with parts of the file ("line 4: ..."), each reported while the rest is still linted. */
  errors: string[]
}

/** A problem with the whole file: reported as one line, the file is not linted. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SourceError'
  }
}
