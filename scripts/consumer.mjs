// A consumer's install of the package as npm would publish it: `npm pack` of the built tree, then
// `npm install <tarball>` into a new project in a folder of the caller's, from npm's cache where it
// has the packages (`--prefer-offline`; the registry only for what the cache lacks). Used by
// test/pack.test.ts and scripts/budget.mjs. Packs with --ignore-scripts: the tree must be built
// (`npm run build`) first, as `npm test` and `npm run budget` do.
import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// What the npm that runs `npm test` tells its children (npm_config_local_prefix above all, which
// would make the child install into this repository) stays out; where the cache is stays in.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_(?:cache|userconfig|globalconfig|cafile|registry)$/i.test(k))
)

/** Run npm in `cwd`; throws with its output when it fails. */
export function npm(args, cwd) {
  const r = spawnSync('npm', args, {cwd, env, encoding: 'utf8', shell: process.platform === 'win32', timeout: 300_000})
  if (r.status !== 0) {
    const error = new Error(`npm ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stderr}${r.stdout}`)
    error.output = `${r.stderr}\n${r.stdout}`
    throw error
  }
  return r.stdout
}

/** True when an npm failure is the network's or the cache's (nothing to do with this package). */
export const isOffline = (error) => /ENOTCACHED|ENETUNREACH|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND/.test(error?.output ?? '')

/**
 * Pack the repository into `dir` and install the tarball into `dir`/app. Returns the tarball's
 * path and size, the files it holds and the app's folder.
 */
export function packAndInstall(dir) {
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root))
  const tarball = join(dir, packed.filename)
  const app = join(dir, 'app')
  mkdirSync(app, {recursive: true})
  writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'consumer', version: '1.0.0', private: true, type: 'module'}, null, 2))
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], app)
  return {tarball, tarballBytes: packed.size, files: packed.files.map((f) => f.path), app}
}

/** The packages installed in `app` (npm's own record of node_modules), by path: node_modules/a, node_modules/a/node_modules/b. */
export function installedPackages(app) {
  const lock = JSON.parse(readFileSync(join(app, 'node_modules', '.package-lock.json'), 'utf8'))
  return Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/'))
}

/** The bytes of the files under `dir` (apparent sizes, links not followed). */
export function folderBytes(dir) {
  let bytes = 0
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) bytes += folderBytes(path)
    else if (entry.isFile()) bytes += statSync(path).size
  }
  return bytes
}
