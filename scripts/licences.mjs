// The licences of the packages a bundle carries: a bundle that inlines a package's code ships that
// package's licence text with it (its name, version and licence file), in one file beside the
// bundle. Used by scripts/bundle-cli.mjs and scripts/bundle-cjs.mjs with rolldown's output.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

/**
 * The folders of the packages whose modules are in `output` (rolldown's chunks), sorted by name: a
 * module of node_modules, or a module scripts/bundle-vendor.mjs built from a package into
 * dist/vendor (its head says which: "Built from zod@4.6.7").
 */
export function bundledPackages(output) {
  const dirs = new Set()
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue
    for (const id of Object.keys(chunk.modules)) {
      const path = id.replace(/^\0+/, '')
      const m = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(path)
      if (m && existsSync(join(m[1], 'package.json'))) dirs.add(m[1])
      const vendored = /^(.*)[\\/]dist[\\/]vendor[\\/][^\\/]+\.js$/.exec(path)
      const from = vendored && /Built from ((?:@[^/\s]+\/)?[^@\s]+)@/.exec(readFileSync(path, 'utf8').slice(0, 500))
      if (from) dirs.add(join(vendored[1], 'node_modules', from[1]))
    }
  }
  return [...dirs]
    .map((dir) => ({dir, ...JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))}))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
}

/** Write `file`: for each package bundled in `output`, its name, version, licence and licence text. */
export function writeLicences(output, file, what) {
  const parts = bundledPackages(output).map(({dir, name, version, license, licenses}) => {
    const text = readdirSync(dir).find((n) => /^(?:licen[cs]e|copying)(?:[.-]|$)/i.test(n))
    return `${name}@${version} (${license ?? licenses?.map((l) => l.type).join(', ') ?? 'licence not stated'})\n\n${text ? readFileSync(join(dir, text), 'utf8').trim() : '(the package has no licence file)'}\n`
  })
  writeFileSync(file, `The licences of the packages bundled into ${what}.\n\n${parts.join(`\n${'-'.repeat(72)}\n\n`)}`)
}
