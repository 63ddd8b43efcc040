/** sarif: SARIF 2.1.0, with tool.driver.rules from the rule pack, for GitHub code scanning and IDEs. */
import {displayPath, type FormatOptions, type Formatter, type ReportEntry, type RuleMeta, type Summary} from './types.js'

const LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const

function ruleDescriptor(rule: RuleMeta): Record<string, unknown> {
  const help = rule.help ?? rule.why
  return {
    id: rule.id,
    name: rule.id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase()),
    shortDescription: {text: rule.message.replace(/\s*"?\{match\}"?:?/g, '').replace(/\{\w+\}/g, '…').trim() || rule.id},
    fullDescription: {text: rule.why.trim()},
    help: {text: help.trim()},
    ...(rule.url ? {helpUri: rule.url} : {}),
    defaultConfiguration: {level: LEVEL[rule.severity as keyof typeof LEVEL] ?? 'warning'},
    properties: {category: rule.category, tags: [rule.category], ...(rule.channels ? {channels: rule.channels} : {})}
  }
}

export function createSarif(options: FormatOptions = {}): Formatter {
  const rules = [...(options.rules ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const results: unknown[] = []
  const notifications: unknown[] = []
  const artifacts = new Map<string, number>()
  const artifactIndex = (uri: string): number => {
    let i = artifacts.get(uri)
    if (i === undefined) artifacts.set(uri, (i = artifacts.size))
    return i
  }
  return {
    begin: () => '',
    entry(entry: ReportEntry): string {
      const uri = entry.filePath.split('/').map(encodeURIComponent).join('/')
      if (entry.error) {
        notifications.push({
          level: 'error',
          message: {text: `${displayPath(entry)}: ${entry.error}`},
          locations: [{physicalLocation: {artifactLocation: {uri, uriBaseId: '%SRCROOT%'}}}]
        })
        return ''
      }
      const artifact = artifactIndex(uri)
      for (const m of entry.messages) results.push(sarifResult(m, entry, {uri, uriBaseId: '%SRCROOT%', index: artifact}, index.get(m.ruleId)))
      return ''
    },
    end: (summary: Summary): string => sarifLog(options, rules, [...artifacts.keys()], {executionSuccessful: summary.inputErrors === 0, toolExecutionNotifications: notifications}, results)
  }
}

/** One finding as a SARIF result, in its file (`artifactLocation`), with its safe fix where the file's positions are known. */
function sarifResult(m: ReportEntry['messages'][number], entry: ReportEntry, artifactLocation: {uri: string; uriBaseId: string; index: number}, ruleIndex: number | undefined): Record<string, unknown> {
  const region = entry.mapped ? {startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn} : {startLine: entry.recordLine ?? 1}
  const prefix = entry.id !== undefined ? `[${entry.id}] ` : !entry.mapped && m.field === 'subject' ? '[subject] ' : ''
  const result: Record<string, unknown> = {
    ruleId: m.ruleId,
    level: LEVEL[m.severity],
    message: {text: prefix + m.message},
    locations: [
      {
        physicalLocation: {artifactLocation, region},
        ...(entry.id !== undefined ? {logicalLocations: [{name: entry.id, kind: 'member'}]} : {})
      }
    ],
    properties: {category: m.category, field: m.field}
  }
  if (ruleIndex !== undefined) result.ruleIndex = ruleIndex
  if (m.fix && entry.mapped) {
    result.fixes = [
      {
        description: {text: m.suggestions[0]?.message ?? 'Apply the safe fix.'},
        artifactChanges: [
          {
            artifactLocation,
            replacements: [{deletedRegion: {charOffset: m.fix.start, charLength: m.fix.end - m.fix.start}, insertedContent: {text: m.fix.replacement}}]
          }
        ]
      }
    ]
  }
  return result
}

/** The SARIF 2.1.0 log of a run: the tool and its rules, the files, how the run went and the results. */
function sarifLog(options: FormatOptions, rules: NonNullable<FormatOptions['rules']>, uris: string[], invocation: Record<string, unknown>, results: unknown[]): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'outreach-lint',
            ...(options.toolVersion ? {version: options.toolVersion, semanticVersion: options.toolVersion} : {}),
            informationUri: 'https://www.npmjs.com/package/outreach-lint',
            rules: rules.map(ruleDescriptor)
          }
        },
        originalUriBaseIds: {'%SRCROOT%': {description: {text: 'The folder outreach-lint was run in.'}}},
        artifacts: uris.map((uri) => ({location: {uri, uriBaseId: '%SRCROOT%'}})),
        invocations: [invocation],
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
