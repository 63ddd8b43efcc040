/**
 * Read a file's text (or bytes, for e-mail) into Documents by its extension. Each format's parser is
 * loaded only when a file of that format is read, so linting one .txt file never loads remark or rehype.
 */
import type {FieldNames} from './collection.js'
import {SourceError, type SourceResult} from './types.js'

export type Format = 'text' | 'markdown' | 'html' | 'email' | 'json' | 'jsonl' | 'csv'

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.eml': 'email',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv'
}

export const EXTENSIONS = Object.keys(BY_EXTENSION)

export function formatOf(name: string): Format | undefined {
  const dot = name.lastIndexOf('.')
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'))
  return dot > slash ? BY_EXTENSION[name.slice(dot).toLowerCase()] : undefined
}

export function isCollection(format: Format): boolean {
  return format === 'json' || format === 'jsonl' || format === 'csv'
}

export interface ReadOptions {
  fields?: FieldNames
}

/** Documents of a file; `text` is the decoded text (no BOM), `bytes` the raw content (for e-mail). */
export async function readSource(format: Format, text: string, bytes?: Uint8Array, options: ReadOptions = {}): Promise<SourceResult> {
  switch (format) {
    case 'text':
      return (await import('./text.js')).readText(text)
    case 'markdown':
      return (await import('./markdown.js')).readMarkdown(text)
    case 'html':
      return (await import('./html.js')).readHtml(text)
    case 'email':
      return (await import('./email.js')).readEmail(bytes ?? new TextEncoder().encode(text))
    case 'json':
      return (await import('./collection.js')).readJson(text, options.fields)
    case 'jsonl':
      return (await import('./collection.js')).readJsonLines(text, options.fields)
    case 'csv':
      return (await import('./collection.js')).readCsv(text, options.fields)
    default:
      throw new SourceError(`unknown format ${String(format)}`)
  }
}

export {SourceError}
export type {SourceResult} from './types.js'
export type {FieldNames} from './collection.js'
