/**
 * Rule packs and configs are data, never code: no eval anywhere, user regexes checked for
 * catastrophic backtracking before use, prototype-polluting keys refused, the core free of Node
 * built-ins (it runs in a browser inside a CRM's compose box).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {ConfigError, createLinter, type RuleInput} from '../src/index.js'
import {builtinRules, configSchema, packSchema, parseWith} from '../src/config.js'
import {unsafeReason} from '../src/rules/safe-regex.js'

const root = fileURLToPath(new URL('..', import.meta.url))

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(path, ext))
    else if (ext.test(entry.name)) out.push(path)
  }
  return out
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>
  devDependencies: Record<string, string>
  imports?: Record<string, string>
}
const dependencies = new Set(Object.keys(pkg.dependencies ?? {}))
/**
 * devDependencies that the command line's bundle carries (scripts/bundle-cli.mjs inlines them into
 * dist/cli-bundle and names each, with its licence, in THIRD-PARTY-LICENSES.txt there): the file
 * formats and the file walk. Only the command line (src/cli/, src/sources/) may import them; the
 * library's imports are runtime dependencies (test/consumers.test.ts runs it in a fresh install).
 */
const licences = join(root, 'dist/cli-bundle/THIRD-PARTY-LICENSES.txt')
const bundledIntoCli = new Set(existsSync(licences) ? [...readFileSync(licences, 'utf8').matchAll(/^(@?[^@\s]+)@\d\S* \(/gm)].map((m) => m[1]) : [])
const cliBundled = (path: string, name: string) => /(?:^|\/)src\/(?:cli|sources)\//.test(path) && bundledIntoCli.has(name) && name in pkg.devDependencies
/** Optional peers: imported only by the service (src/serve/), which `serve` loads on demand. */
const optionalPeers = new Set(Object.keys(pkg.peerDependenciesMeta ?? {}).filter((name) => pkg.peerDependenciesMeta[name]?.optional))

const sources = filesUnder(join(root, 'src'), /\.ts$/).map((path) => ({
  path: path.slice(root.length).replace(/\\/g, '/'),
  // Comments out: a doc comment may say "eval" without calling it.
  code: readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
}))

describe('no code from data', () => {
  test('the source tree is found', () => {
    expect(sources.some((s) => s.path === 'src/linter.ts')).toBe(true)
  })

  test.each(sources.map((s) => [s.path, s] as const))('%s has no eval, new Function or vm', (_path, {code}) => {
    expect(code).not.toMatch(/\beval\s*\(/)
    expect(code).not.toMatch(/\bnew\s+Function\s*\(/)
    expect(code).not.toMatch(/\bFunction\s*\(\s*['"`]/)
    expect(code).not.toMatch(/['"]node:vm['"]|from\s+['"]vm['"]/)
    // require() only as a lazy load of a declared dependency by its literal name (the CLI loads the
    // YAML parser only when it reads a YAML file), never of a path that came from data.
    for (const m of code.matchAll(/\brequire\s*\(([^)]*)\)/g)) {
      const literal = /^(['"])([^'"]+)\1$/.exec(m[1].trim())
      expect(literal && dependencies.has(literal[2]), `require(${m[1]})`).toBe(true)
    }
    // Timers with a string body are eval too.
    expect(code).not.toMatch(/\bset(?:Timeout|Interval|Immediate)\s*\(\s*['"`]/)
  })

  test.each(sources.map((s) => [s.path, s] as const))('%s imports dynamically only its own modules, by literal name', (path, {code}) => {
    for (const m of code.matchAll(/\bimport\s*\(([^)]*)\)/g)) {
      // A literal specifier: the CLI's lazy loading of the project's own modules or of a declared
      // dependency; never a path or name that came from a config, a rule pack or the command line.
      const literal = /^(['"])([^'"]+)\1$/.exec(m[1].trim())
      expect(literal, `dynamic import(${m[1]}) with a computed specifier`).not.toBeNull()
      const specifier = literal![2]
      expect(specifier.startsWith('./') || specifier.startsWith('../') || dependencies.has(specifier) || cliBundled(path, specifier), `import('${specifier}')`).toBe(true)
    }
    // Worker threads would run a file: only the project's own, by a literal URL next to the module.
    for (const m of code.matchAll(/new\s+(?:Worker|Tinypool|Piscina)\s*\(([^)]*)/g)) {
      expect(m[1]).not.toMatch(/config|pack|rule|options\.|argv/i)
    }
  })

  test('the core (everything but the outer layers src/cli/ and src/serve/) imports nothing from node:, a Node built-in, the outer layers or the HTTP server', () => {
    const builtins = /^(?:node:|(?:assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|http|http2|https|module|net|os|path|perf_hooks|process|readline|stream|string_decoder|timers|tls|tty|url|util|v8|vm|worker_threads|zlib)(?:\/|$))/
    const core = sources.filter((s) => !s.path.startsWith('src/cli/') && !s.path.startsWith('src/serve/'))
    expect(core.length).toBeGreaterThan(10)
    for (const {path, code} of core) {
      for (const m of code.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const specifier = m[1] ?? m[2]
        expect(builtins.test(specifier), `${path} imports "${specifier}"`).toBe(false)
        expect(specifier, `${path} imports "${specifier}"`).not.toMatch(/^\.{1,2}\/(?:\.\.\/)*(?:cli|serve)\/|^(?:fastify|prom-client)(?:\/|$)/)
      }
      expect(code, `${path} reads process`).not.toMatch(/\bprocess\.(?:env|argv|stdout|stderr|exit|cwd)\b/)
    }
  })

  test('what the source imports at run time is a runtime dependency or one of its own "#" imports (natural is a devDependency: its stemmer is built into dist/vendor)', () => {
    const imported = new Set<string>()
    for (const {path, code} of sources) {
      for (const m of code.matchAll(/\b(?:import|export)\s+(type\s+)?([^'"`;]*?)\s*\bfrom\s*['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]/g)) {
        const [, typeOnly, clause, from, bare] = m
        const specifier = from ?? bare
        // Erased by the compiler: `import type`, and named imports that are all `type`.
        const names = /^\{([^}]*)\}$/.exec(clause?.trim() ?? '')?.[1].split(',').map((n) => n.trim()).filter(Boolean)
        if (typeOnly || (names && names.every((n) => n.startsWith('type ')))) continue
        if (specifier.startsWith('.') || specifier.startsWith('node:')) continue
        const name = specifier.startsWith('#') ? specifier : specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')
        imported.add(name)
        const allowed = name.startsWith('#') ? name in (pkg.imports ?? {}) : dependencies.has(name) || (optionalPeers.has(name) && /(?:^|\/)src\/(?:serve\/|indicators\/charts\.ts$)/.test(path)) || cliBundled(path, name)
        expect(allowed, `${path} imports "${specifier}"`).toBe(true)
      }
    }
    expect(imported).toContain('#porter-stemmer')
    expect(imported).toContain('unified')
    // The part-of-speech model is the package's own (src/analyse/tagger-model.ts), not wink-nlp's.
    expect(imported).not.toContain('wink-nlp')
    expect(imported).not.toContain('natural')
    // The bundle's list is real: the CSV parser is in it, and it is not a runtime dependency.
    expect(bundledIntoCli).toContain('csv-parse')
    expect(dependencies.has('csv-parse')).toBe(false)
    expect(pkg.devDependencies.natural).toBeDefined()
  })
})

// ---------------------------------------------------------------------------------------------

function patternRule(pattern: string, flags?: string): RuleInput {
  return {
    id: 'my-pattern',
    category: 'spammy',
    severity: 'warning',
    message: 'Found {match}.',
    why: 'Because.',
    check: 'pattern',
    pattern,
    ...(flags ? {flags} : {}),
    examples: {invalid: ['x'], valid: ['y']}
  }
}

function refusal(pattern: string, flags?: string): ConfigError {
  try {
    createLinter({packs: [{rules: [patternRule(pattern, flags)]}]})
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error(`pattern ${pattern} was accepted`)
}

const REDOS = [
  '(a+)+$',
  '(a|aa)+$',
  '(a|a)*$',
  '(.*a){12}',
  '([a-zA-Z]+)*$',
  '(x+x+)+y',
  String.raw`\s*(\w+\s*)*$`,
  '^(a+)+$',
  String.raw`(\w+)*@`,
  '(a*)*b',
  '(a|b|ab)*c',
  '(?:a|a)+b',
  '(ab|a)*c',
  String.raw`(\w|\d)+$`,
  String.raw`(\d+|\d+\.\d+)+x`,
  '(a?){30}a{30}',
  '(a{1,5}){1,5}b',
  '(|a)+b',
  '(a|)+b',
  'a*a*a*a*a*a*$',
  '.*.*.*=.*',
  String.raw`\w+\d+\w+$`,
  String.raw`\d+\.?\d+x`,
  String.raw`\s+\s+$`,
  String.raw`(.)\1+x`,
  String.raw`(?<c>a)\k<c>+`,
  '(?=a)*b',
  String.raw`(?:\p{L}|a)+$`
]

describe('user regexes are checked before use', () => {
  test.each(REDOS)('refuses %s, naming the rule and the field, in one line', (pattern) => {
    const error = refusal(pattern, /\\p\{/.test(pattern) ? 'u' : undefined)
    expect(error.message).toMatch(/^my-pattern: pattern: /)
    expect(error.message).toMatch(/backtrack catastrophically|back-reference/)
    expect(error.message).not.toMatch(/[\r\n\u2028\u2029]/)
  })

  test('case-insensitive patterns compare characters case-insensitively', () => {
    expect(unsafeReason('(x|X)+y')).toBeUndefined()
    expect(unsafeReason('(x|X)+y', 'i')).toBeDefined()
    expect(unsafeReason('(k|\\u212a)+y', 'iu')).toBeDefined()
  })

  test.each([
    '!{3,}',
    String.raw`\bRe:`,
    String.raw`(?:^|\s)(free|act now)\b`,
    String.raw`\bquick (?:call|chat)\b`,
    '[A-Z]{4,}',
    String.raw`\w+@\w+\.com`,
    String.raw`(?:\s|\S)*$`,
    '(?:ab|cd)+x',
    String.raw`https?://\S+`,
    String.raw`(?<word>hello) world`,
    String.raw`[\u4e00-\u9fff]+`
  ])('accepts the safe pattern %s', (pattern) => {
    const linter = createLinter({noBuiltin: true, packs: [{rules: [patternRule(pattern)]}]})
    expect(linter.rules.map((r) => r.id)).toEqual(['my-pattern'])
  })

  test('a safe pattern works', () => {
    const linter = createLinter({noBuiltin: true, packs: [{rules: [patternRule(String.raw`\bACT NOW\b`)]}]})
    expect(linter.lint('Please ACT NOW.').messages.map((m) => m.actual)).toEqual(['ACT NOW'])
  })

  test('every built-in pattern passes the same check', () => {
    for (const rule of builtinRules().rules) if (rule.check === 'pattern') expect(unsafeReason(rule.pattern, rule.flags), rule.id).toBeUndefined()
  })

  test('an invalid or oversized pattern is a one-line ConfigError', () => {
    for (const pattern of ['(\n', 'a\u2028(', '[', 'x'.repeat(501)]) {
      const error = refusal(pattern)
      expect(error.message).toMatch(/^my-pattern: pattern: /)
      expect(error.message).not.toMatch(/[\r\n\u2028\u2029]/)
    }
  })

  test('only the flags i, m and u are allowed', () => {
    expect(() => createLinter({packs: [{rules: [patternRule('a', 'g')]}]})).toThrow(ConfigError)
    expect(() => createLinter({packs: [{rules: [patternRule('a', 's')]}]})).toThrow(ConfigError)
  })

  test('a pattern overridden through config options is checked too', () => {
    const exclamation = builtinRules().rules.find((r) => r.check === 'pattern')
    expect(exclamation).toBeDefined()
    expect(() => createLinter({rules: {[exclamation!.id]: ['warn', {pattern: '(a+)+$'}]}})).toThrow(/backtrack catastrophically/)
  })
})

// ---------------------------------------------------------------------------------------------

describe('no prototype pollution', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort()

  function expectClean() {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).severity).toBeUndefined()
  }

  const hostile = [
    // JSON.parse makes __proto__ an own key, unlike an object literal.
    ['top-level __proto__', '{"__proto__": {"polluted": true}}'],
    ['__proto__ in rules', '{"rules": {"__proto__": "off"}}'],
    ['__proto__ in rule options', '{"rules": {"generic-opener": ["warn", {"__proto__": {"polluted": true}}]}}'],
    ['constructor.prototype in rule options', '{"rules": {"generic-opener": ["warn", {"constructor": {"prototype": {"polluted": true}}}]}}'],
    ['prototype in a pack', '{"packs": [{"rules": [], "vocabulary": {"prototype": ["x"]}}]}'],
    ['__proto__ in a pack signal', '{"packs": [{"signals": {"__proto__": {"patterns": ["x"]}}}]}'],
    ['__proto__ deep in a rule', '{"packs": [{"rules": [{"id": "r", "examples": {"__proto__": {"polluted": true}}}]}]}']
  ] as const

  test.each(hostile)('%s is refused with a ConfigError naming the key', (_name, json) => {
    const config = JSON.parse(json)
    expect(() => createLinter(config)).toThrow(ConfigError)
    expect(() => createLinter(config)).toThrow(/"(?:__proto__|constructor|prototype)" is not allowed/)
    expect(() => parseWith(configSchema, config, 'outreach-lint.json')).toThrow(/^outreach-lint\.json: /)
    expectClean()
  })

  test('a rule pack with a polluting key is refused', () => {
    const pack = JSON.parse('{"rules": [], "vocabulary": {"self": ["i"], "__proto__": {"polluted": true}}}')
    expect(() => parseWith(packSchema, pack, 'team.yaml')).toThrow(/team\.yaml: vocabulary\.__proto__: the key "__proto__" is not allowed/)
    expectClean()
  })

  test('an object literal __proto__ (a prototype, not a key) changes nothing either', () => {
    const options = {__proto__: {polluted: true, severity: 'info'}} as unknown as Record<string, unknown>
    const linter = createLinter({rules: {'generic-opener': ['warn', options]}})
    expect(linter.rules.find((r) => r.id === 'generic-opener')?.severity).toBe('warning')
    expectClean()
  })

  test('a cyclic or absurdly deep config is a ConfigError, not a stack overflow', () => {
    const cyclic: Record<string, unknown> = {rules: {}}
    ;(cyclic.rules as Record<string, unknown>).self = cyclic
    expect(() => createLinter(cyclic as never)).toThrow(ConfigError)
    let deep: unknown = 'off'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(() => createLinter({rules: {'generic-opener': deep}} as never)).toThrow(ConfigError)
    expectClean()
  })

  test('a ConfigError message is one line even when a key holds line breaks', () => {
    for (const config of [{rules: {'no-such\nrule': 'off'}}, {packs: [{signals: {'a\r\nb': {patterns: ['x']}}}]}]) {
      let message = ''
      try {
        createLinter(config as never)
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError)
        message = (error as Error).message
      }
      expect(message).not.toBe('')
      expect(message).not.toMatch(/[\r\n]/)
    }
  })
})
