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
  const files = new Map<string, Walked>()
  const problems: WalkProblem[] = []
  const add = (path: string, named = false): void => {
    const filePath = displayPath(path, cwd)
    const known = files.get(filePath)
    if (!known) files.set(filePath, {path, filePath, ...(named ? {named} : {})})
    else if (named) known.named = true
  }
  const walkDir = (dir: string, ancestors: Set<string>): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, {withFileTypes: true})
    } catch (error) {
      problems.push({filePath: displayPath(dir, cwd), error: `cannot read the folder (${(error as NodeJS.ErrnoException).code})`})
      return
    }
    for (const entry of entries) {
      const name = entry.name
      if (name.startsWith('.') || name === 'node_modules') continue
      const child = join(dir, name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          const s = statSync(child)
          isDir = s.isDirectory()
          isFile = s.isFile()
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          if (kind.extensions.has(name.slice(name.lastIndexOf('.')).toLowerCase()) || code === 'ELOOP') {
            problems.push({filePath: displayPath(child, cwd), error: code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link'})
          }
          continue
        }
      }
      if (isDir) {
        if (ignored(ig, cwd, child, true)) continue
        let real: string
        try {
          real = realpathSync(child)
        } catch {
          continue
        }
        if (ancestors.has(real)) {
          problems.push({filePath: displayPath(child, cwd), error: 'symbolic link loop (a link to a folder that contains it), not followed'})
          continue
        }
        walkDir(child, new Set([...ancestors, real]))
      } else if (isFile) {
        if (!isWanted(name, kind)) continue
        if (ignored(ig, cwd, child, false)) continue
        add(child)
      }
    }
  }
  for (const arg of args) {
    const path = resolve(cwd, arg)
    let stat
    try {
      stat = statSync(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      let link = false
      try {
        link = lstatSync(path).isSymbolicLink()
      } catch {
        // not there
      }
      if (link) {
        problems.push({filePath: displayPath(path, cwd), error: code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link'})
        continue
      }
      if (GLOB_CHARS.test(arg)) {
        const {glob} = await import('tinyglobby')
        const matches = await glob(arg, {cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], followSymbolicLinks: true})
        // The same files as a folder walk: 'drafts/*' is not a way to lint (or --fix) notes.yaml or a .png.
        const drafts = matches.filter((m) => isWanted(basename(m), kind))
        const kept = drafts.filter((m) => !ignored(ig, cwd, m, false))
        if (matches.length === 0) problems.push({filePath: arg, error: 'no files match this pattern'})
        else if (drafts.length === 0) problems.push({filePath: arg, error: `no ${kind.what} match this pattern (${matches.length === 1 ? 'one file' : `${matches.length} files`} of other types)`})
        for (const m of kept) add(resolve(m))
        continue
      }
      problems.push({filePath: displayPath(path, cwd), error: code === 'EACCES' ? 'permission denied' : 'no such file or folder'})
      continue
    }
    if (stat.isDirectory()) {
      if (ignored(ig, cwd, path, true)) continue
      walkDir(path, new Set([realpathSync(path)]))
    } else if (!ignored(ig, cwd, path, false)) add(path, true)
  }
  const sorted = [...files.values()].sort((a, b) => compareCodePoints(a.filePath, b.filePath))
  problems.sort((a, b) => compareCodePoints(a.filePath, b.filePath))
  return {files: sorted, problems}
}
