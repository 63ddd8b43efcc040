/**
 * The retext plugin: `unified().use(retextEnglish).use(outreachLint, options)` puts the same findings
 * on the vfile as vfile messages (ruleId, source 'outreach-lint', url, actual, expected).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {addVFileMessage} from './engine/vfile.js'
import {registerUrlSyntax} from './parse/urls.js'
import {createLinter, lintTree, type Linter} from './linter.js'
import type {Config} from './rules/format.js'
import type {Channel, Recipient} from './types.js'

export interface PluginOptions {
  config?: Config
  channel?: Channel
  subject?: string | null
  recipient?: Recipient
  rendered?: boolean
  step?: number
  /** A linter made earlier with createLinter, to reuse its compiled rules. */
  linter?: Linter
}

export default function outreachLint(this: unknown, options: PluginOptions = {}) {
  // Teach the processor's parser that URLs and e-mail addresses are syntax (retext-syntax-urls'
  // parser extension, run by parse/urls.ts); merge fields and @mentions are marked on the finished tree.
  if (this && typeof (this as {data?: unknown}).data === 'function') registerUrlSyntax(this as {data(key: string, value?: unknown): unknown})
  const linter = options.linter ?? createLinter(options.config)
  return function (tree: Root, file: VFile) {
    const text = String(file.value ?? '')
    const result = lintTree(linter, tree, {
      text,
      subject: options.subject,
      channel: options.channel,
      recipient: options.recipient,
      rendered: options.rendered,
      step: options.step
    })
    for (const m of result.messages) addVFileMessage(file, m)
    file.data.outreachLint = {score: result.score, indicators: result.indicators, deductions: result.deductions}
  }
}
