/**
 * The data flow of ../shared/DESIGN.md in the imports of src/: parse -> analyse -> rules (the rule
 * format) -> checks -> engine -> sources -> cli, each module importing only from its own layer or the
 * ones below it, and no import cycle between modules (type-only imports count: a type that goes
 * both ways is a module that should have been split).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import ts from 'typescript'
import {describe, expect, test} from 'vitest'
import {root} from './cli-harness.js'

const src = join(root, 'src')

/**
 * The layers, lowest first: a module's layer is that of the longest prefix of its path under src/
 * that a layer lists. What the rule format is (rules/) sits below the checks that read it; compiling
 * rules into checks (rules/compile.ts, rules/precompiled.ts) is the engine's, and so is validating a
 * pack (rules/schema.ts, rules/pack.ts, and rules/old-names.ts, which reads the options renamed in
 * the kinds' schemas): a rule's schema is made of its check kind's options.
 */
const LAYERS: Array<[string, string[]]> = [
  ['types', ['types.ts']],
  ['parse', ['parse/']],
  ['analyse', ['analyse/']],
  ['rule format', ['rules/']],
  ['fixes and score', ['fix/', 'score/']],
  ['checks', ['checks/']],
  [
    'engine',
    ['engine.ts', 'engine/', 'rules/compile.ts', 'rules/precompiled.ts', 'rules/schema.ts', 'rules/pack.ts', 'rules/old-names.ts', 'builtin.ts', 'linter.ts', 'config.ts', 'examples.ts', 'plugin.ts', 'index.ts', 'sequence.ts', 'sequence/', 'report/', 'indicators/']
  ],
  ['sources', ['sources/']],
  ['outer (cli, serve)', ['cli/', 'serve/']]
]

function layerOf(file: string): number {
  let best = -1
  let length = -1
  LAYERS.forEach(([, prefixes], layer) => {
    for (const prefix of prefixes) {
      if ((file === prefix || (prefix.endsWith('/') && file.startsWith(prefix))) && prefix.length > length) {
        best = layer
        length = prefix.length
      }
    }
  })
  return best
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** A module started by its URL (a worker thread's file): `new URL('./worker.js', import.meta.url)`. */
const MODULE_URL = /new URL\(\s*['"](\.{1,2}\/[^'"]+\.js)['"]\s*,\s*import\.meta\.url\s*\)/g

/**
 * Each module of src/ (relative path) and the modules of src/ it imports, statically, dynamically or
 * for types only, or starts by URL as a worker thread (which runs it as surely as an import).
 */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const path of sourceFiles(src)) {
    const text = readFileSync(path, 'utf8')
    const {importedFiles} = ts.preProcessFile(text, true, true)
    const targets = [...importedFiles.map((i) => i.fileName), ...[...text.matchAll(MODULE_URL)].map((m) => m[1])]
      .filter((name) => name.startsWith('.'))
      .map((name) => relative(src, resolve(dirname(path), name.replace(/\.js$/, '.ts'))))
    graph.set(relative(src, path), targets)
  }
  return graph
}

/** The groups of modules that reach each other through imports (Tarjan's strongly connected components), of two or more. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string): void => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const group: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      group.push(w)
    } while (w !== v)
    if (group.length > 1) found.push(group.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

describe('the imports of src/', () => {
  const graph = importGraph()

  test('every import names a module that exists, and every module has a layer', () => {
    expect(graph.size).toBeGreaterThan(100)
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${file} -> ${t}`))
    expect(missing).toEqual([])
    expect([...graph.keys()].filter((file) => layerOf(file) < 0)).toEqual([])
  })

  test('no module imports from a layer above its own', () => {
    const upward: string[] = []
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (layerOf(target) > layerOf(file)) upward.push(`${file} (${LAYERS[layerOf(file)][0]}) -> ${target} (${LAYERS[layerOf(target)][0]})`)
      }
    }
    expect(upward).toEqual([])
  })

  test('no import cycle, type-only imports included', () => {
    expect(cycles(graph)).toEqual([])
  })

  test('the check finds what it is for', () => {
    // An upward import and a cycle, as the two tests above would see them.
    expect(layerOf('checks/phrase.ts')).toBeGreaterThan(layerOf('rules/format.ts'))
    expect(layerOf('rules/compile.ts')).toBeGreaterThan(layerOf('checks/types.ts'))
    expect(layerOf('cli/run.ts')).toBeGreaterThan(layerOf('engine.ts'))
    // The worker threads, started by URL, are in the graph as their starters' imports.
    expect(graph.get('cli/run.ts')).toContain('cli/worker.ts')
    expect(graph.get('serve/pool.ts')).toContain('serve/lint-worker.ts')
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts', 'c.ts']])
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([])
  })
})
