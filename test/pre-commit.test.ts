/**
 * The pre-commit hook (.pre-commit-hooks.yaml) as pre-commit installs it: `pre-commit try-repo` on a
 * temporary git repository holding drafts. pre-commit clones this repository, runs `npm install`
 * and `npm pack` there (it reads the tarball's name from npm's standard output, so the prepack build
 * must print nothing there: .npmrc), installs the tarball and runs the hook. Needs the `pre-commit`
 * program (Debian's package; .ci/run installs it) and the npm registry or npm's cache.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'outreach-lint-pre-commit-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

const hasPreCommit = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0

test('pre-commit try-repo installs the hook and lints the drafts: a bad one fails it with its findings, a good one has none', (context) => {
  if (!hasPreCommit) context.skip('pre-commit is not installed (apt-get install pre-commit; .ci/run does)')
  const repo = join(scratch, 'drafts')
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_(?:cache|userconfig|registry)$/i.test(k))),
    // A fresh pre-commit store: the hook is installed by this run, not found from an earlier one.
    PRE_COMMIT_HOME: join(scratch, 'store'),
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    NO_COLOR: '1'
  }
  const git = (...args: string[]) => expect(spawnSync('git', args, {cwd: repo, env, encoding: 'utf8'}).status).toBe(0)
  spawnSync('git', ['init', '-q', repo], {env})
  writeFileSync(join(repo, 'bad.txt'), 'Subject: Quick question\n\nHi Dana,\n\nI hope this email finds you well. Do you have 15 minutes for a quick call this week?\n\nBest,\nAlex\n')
  writeFileSync(join(repo, 'good.md'), 'Hi Dana,\n\nSaw that Northwind opened the Leeds depot last week. How are the night-shift pickers finding the new scanners?\n\nBest,\nAlex\n')
  git('add', 'bad.txt', 'good.md')
  const bad = spawnSync('pre-commit', ['try-repo', root, 'outreach-lint', '--all-files'], {cwd: repo, env, encoding: 'utf8', timeout: 600_000})
  const output = bad.stdout + bad.stderr
  // npm installs the hook's dependencies from its cache or the registry; with neither, there is nothing to test.
  if (bad.status !== 0 && /ENOTCACHED|ENETUNREACH|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND/.test(output)) context.skip('npm could not reach the registry to install the hook')
  // Where `node` on PATH has no `npm` beside it (a Node run through npx), pre-commit's nodeenv tries
  // to download a Node build; with no network that is the environment, not the hook.
  if (bad.status !== 0 && /-mnodeenv[\s\S]*(?:Name or service not known|URLError)/.test(output)) context.skip('pre-commit could not set up its Node environment (nodeenv needs the network here)')
  expect(output, output).toMatch(/outreach-lint\.+Failed/)
  expect(output).toContain('- exit code: 1')
  expect(output).toMatch(/bad\.txt {2}score \d+\/100/)
  expect(output).toMatch(/5:1 +error +Generic opener: "I hope this email finds you well"/)
  expect(output).not.toContain('good.md')
  expect(bad.status).toBe(1)
}, 900_000)
