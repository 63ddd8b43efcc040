/**
 * From command-line paths to a sorted list of files: files, folders (recursively, known extensions
 * only), globs; `.outreachlintignore` (gitignore syntax); symbolic links followed with loop detection.
 * Problems (a missing path, a broken link, a loop) become input errors for that path only.
 */
import {lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent} from 'node:fs'
import {basename, join, relative, resolve, sep} from 'node:path'
import type {Ignore} from 'ignore'
import {EXTENSIONS} from '../sources/index.js'

export interface Walked {
  /** Absolute path. */
  path: string
  /** Relative to the working folder, forward slashes. */
  filePath: string
  /** Named on the command line itself (not found in a folder or by a glob). */
  named?: boolean
}

export interface WalkProblem {
  filePath: string
  error: string
}

/** Files a folder walk never lints (they are not drafts). */
const NOT_DRAFTS = /^(?:package(?:-lock)?\.json|tsconfig(?:\..*)?\.json|composer\.json|\.outreachlintrc\.json|npm-shrinkwrap\.json)$/i

const KNOWN = new Set(EXTENSIONS)

/** The files a walk takes, by extension, and what they are called in its messages. */
export interface WalkKind {
  extensions: ReadonlySet<string>
  /** Plural: "drafts", "sequence files". */
  what: string
}

const DRAFTS: WalkKind = {extensions: KNOWN, what: 'drafts'}

/** Whether a folder walk or a glob takes a file, by its name: a known extension, and not a file known not to be a draft. */
function isWanted(name: string, kind: WalkKind): boolean {
  const dot = name.lastIndexOf('.')
  return dot > 0 && kind.extensions.has(name.slice(dot).toLowerCase()) && !NOT_DRAFTS.test(name)
}

export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return (rel === '' ? '.' : rel).split(sep).join('/')
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The ignore file's patterns; the matcher is loaded only when there is a file (most runs have none). */
export async function loadIgnore(cwd: string, ignorePath: string | undefined, enabled: boolean): Promise<Ignore | undefined> {
  if (!enabled) return undefined
  const path = ignorePath ? resolve(ignorePath) : join(cwd, '.outreachlintignore')
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (ignorePath) throw new Error(`--ignore-path ${ignorePath}: cannot read (${(error as NodeJS.ErrnoException).code})`)
    return undefined
  }
  const {default: ignoreFactory} = await import('ignore')
  return ignoreFactory().add(text)
}

function ignored(ig: Ignore | undefined, cwd: string, path: string, dir: boolean): boolean {
  if (!ig) return false
  const rel = relative(cwd, path).split(sep).join('/')
  if (rel === '' || rel.startsWith('..') || rel.startsWith('/')) return false
  return ig.ignores(dir ? `${rel}/` : rel)
}

const GLOB_CHARS = /[*?[\]{}]/

export async function walk(args: string[], cwd: string, ig: Ignore | undefined, kind: WalkKind = DRAFTS): Promise<{files: Walked[]; problems: WalkProblem[]}> {
  const found = new Found(cwd, ig, kind)
  for (const arg of args) await walkArg(found, arg)
  const sorted = [...found.files.values()].sort((a, b) => compareCodePoints(a.filePath, b.filePath))
  const problems = found.problems.sort((a, b) => compareCodePoints(a.filePath, b.filePath))
  return {files: sorted, problems}
}

/** What a walk has found so far: the files of its kind by the path it shows, and the problems. */
class Found {
  readonly files = new Map<string, Walked>()
  readonly problems: WalkProblem[] = []
  constructor(
    readonly cwd: string,
    readonly ig: Ignore | undefined,
    readonly kind: WalkKind
  ) {}

  add(path: string, named = false): void {
    const filePath = displayPath(path, this.cwd)
    const known = this.files.get(filePath)
    if (!known) this.files.set(filePath, {path, filePath, ...(named ? {named} : {})})
    else if (named) known.named = true
  }

  problem(path: string, error: string): void {
    this.problems.push({filePath: displayPath(path, this.cwd), error})
  }

  ignores(path: string, dir: boolean): boolean {
    return ignored(this.ig, this.cwd, path, dir)
  }
}

/** One argument: a file, a folder (walked), or what is not there (a broken link, a glob pattern). */
async function walkArg(found: Found, arg: string): Promise<void> {
  const path = resolve(found.cwd, arg)
  let stat
  try {
    stat = statSync(path)
  } catch (error) {
    await notThere(found, arg, path, (error as NodeJS.ErrnoException).code)
    return
  }
  if (stat.isDirectory()) {
    if (found.ignores(path, true)) return
    walkDir(found, path, new Set([realpathSync(path)]))
  } else if (!found.ignores(path, false)) found.add(path, true)
}

/** An argument that names no file or folder: a broken link, a glob pattern to expand, or a problem. */
async function notThere(found: Found, arg: string, path: string, code: string | undefined): Promise<void> {
  let link = false
  try {
    link = lstatSync(path).isSymbolicLink()
  } catch {
    // not there
  }
  if (link) return found.problem(path, code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link')
  if (!GLOB_CHARS.test(arg)) return found.problem(path, code === 'EACCES' ? 'permission denied' : 'no such file or folder')
  const {glob} = await import('tinyglobby')
  const matches = await glob(arg, {cwd: found.cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], followSymbolicLinks: true})
  // The same files as a folder walk: 'drafts/*' is not a way to lint (or --fix) notes.yaml or a .png.
  const drafts = matches.filter((m) => isWanted(basename(m), found.kind))
  const kept = drafts.filter((m) => !found.ignores(m, false))
  if (matches.length === 0) found.problems.push({filePath: arg, error: 'no files match this pattern'})
  else if (drafts.length === 0) found.problems.push({filePath: arg, error: `no ${found.kind.what} match this pattern (${matches.length === 1 ? 'one file' : `${matches.length} files`} of other types)`})
  for (const m of kept) found.add(resolve(m))
}

/** The files of the walk's kind in a folder and its folders, hidden ones and node_modules left out, following links once. */
function walkDir(found: Found, dir: string, ancestors: Set<string>): void {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, {withFileTypes: true})
  } catch (error) {
    return found.problem(dir, `cannot read the folder (${(error as NodeJS.ErrnoException).code})`)
  }
  for (const entry of entries) {
    const name = entry.name
    if (name.startsWith('.') || name === 'node_modules') continue
    const child = join(dir, name)
    const type = typeOf(found, entry, child)
    if (type === 'folder') {
      if (found.ignores(child, true)) continue
      let real: string
      try {
        real = realpathSync(child)
      } catch {
        continue
      }
      if (ancestors.has(real)) {
        found.problem(child, 'symbolic link loop (a link to a folder that contains it), not followed')
        continue
      }
      walkDir(found, child, new Set([...ancestors, real]))
    } else if (type === 'file') {
      if (!isWanted(name, found.kind)) continue
      if (found.ignores(child, false)) continue
      found.add(child)
    }
  }
}

/** What an entry is, through a symbolic link; a broken link is nothing (and a problem where it names a file of the walk's kind or loops). */
function typeOf(found: Found, entry: Dirent, child: string): 'folder' | 'file' | undefined {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined
  try {
    const s = statSync(child)
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const name = entry.name
    if (found.kind.extensions.has(name.slice(name.lastIndexOf('.')).toLowerCase()) || code === 'ELOOP') {
      found.problem(child, code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link')
    }
    return undefined
  }
}
