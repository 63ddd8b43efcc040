// Preloaded with `node --import` by test/report-cli.test.ts: the packages named in
// OUTREACH_LINT_HIDE (comma-separated) cannot be found, as in an install without the optional peers.
import {register} from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(`
const hidden = new Set((process.env.OUTREACH_LINT_HIDE ?? '').split(',').filter(Boolean))
export async function resolve(specifier, context, next) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]
  if (hidden.has(name)) throw Object.assign(new Error("Cannot find package '" + specifier + "' imported from " + context.parentURL), {code: 'ERR_MODULE_NOT_FOUND'})
  return next(specifier, context)
}
`)
)
