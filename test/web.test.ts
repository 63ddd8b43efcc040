/**
 * The web page in a real browser: Debian's chromium, driven by playwright-core (its own browser
 * download cannot work here; `.ci/run` installs chromium when it is missing). The page is the built
 * one (dist/web) as `outreach-lint serve` gives it; every request but to the server is refused and
 * recorded, and none may happen. A screenshot is written for people to look at: to
 * OUTREACH_LINT_SCREENSHOT if set (docs/web-screenshot.png is made so), else dist/web-screenshot.png.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {buildApp} from '../src/serve/app.js'
import {readWebAssets} from '../src/serve/start.js'
import {wordRuns} from '../src/report/word-diff.js'
import {root} from './cli-harness.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveBrowser = existsSync(executablePath)
const webRoot = join(root, 'dist', 'web')
const screenshot = resolve(root, process.env.OUTREACH_LINT_SCREENSHOT ?? 'dist/web-screenshot.png')
if (!haveBrowser) console.warn(`web.test.ts: SKIPPED: no chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH); .ci/run installs it`)

const linter = createLinter()
const SUBJECT = 'Quick question'
const DRAFT = 'Hi Kim,\n\nI hope this email finds you well. We are the leading platform for revenue teams.\n\nDo you have 15 minutes for a call this week?\n\nSam'

describe('the word diff the page draws (no browser needed)', () => {
  test('runs of kept, removed and added words and spaces', () => {
    expect(wordRuns('Hi Kim,\n\nI hope you are well. Worth a look?', 'Hi Kim,\n\nWorth a quick look?')).toEqual([
      {kind: 'same', text: 'Hi Kim,\n\n'},
      {kind: 'removed', text: 'I hope you are well. '},
      {kind: 'same', text: 'Worth a'},
      {kind: 'added', text: ' quick'},
      {kind: 'same', text: ' look?'}
    ])
    expect(wordRuns('', 'a b')).toEqual([{kind: 'added', text: 'a b'}])
    expect(wordRuns('a b', '')).toEqual([{kind: 'removed', text: 'a b'}])
    expect(wordRuns('same', 'same')).toEqual([{kind: 'same', text: 'same'}])
  })
})

describe('the built page\'s files (no browser needed)', () => {
  test('the grammar layer is a script of its own, named by the hash of its bytes, loaded before app.js; app.js holds none of it', () => {
    const files = readdirSync(webRoot).sort()
    const grammar = files.filter((f) => /^grammar-[0-9a-f]{12}\.js$/.test(f))
    expect(grammar).toHaveLength(1)
    expect(files).toEqual(['app.js', grammar[0], 'index.html', 'style.css'].sort())
    const html = readFileSync(join(webRoot, 'index.html'), 'utf8')
    expect([...html.matchAll(/<script [^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([grammar[0], 'app.js'])
    const model = readFileSync(join(webRoot, grammar[0]))
    expect(createHash('sha256').update(model).digest('hex').startsWith(grammar[0].slice('grammar-'.length, -'.js'.length))).toBe(true)
    // The tagger's model (packed: its `vocab`, the strings its features read): in the grammar script only.
    expect(model.toString('utf8')).toMatch(/\bvocab\s*:/)
    expect(readFileSync(join(webRoot, 'app.js'), 'utf8')).not.toMatch(/\bvocab\s*:/)
    // The service serves the grammar script as immutable, the rest as files to ask for again.
    const assets = readWebAssets(webRoot)
    expect([...assets].filter(([, a]) => a.immutable).map(([path]) => path)).toEqual([`/${grammar[0]}`])
  })
})

describe.skipIf(!haveBrowser)(`the web page in chromium (${executablePath})`, () => {
  const app = buildApp({linter, version: 'test', web: readWebAssets(webRoot), processMetrics: false})
  let base = ''
  let browser: Browser
  let page: Page
  const elsewhere: string[] = []
  const served: string[] = []
  const errors: string[] = []

  beforeAll(async () => {
    expect(existsSync(join(webRoot, 'app.js')), 'run `npm run build` first (npm test does)').toBe(true)
    base = await app.listen({host: '127.0.0.1', port: 0})
    browser = await chromium.launch({executablePath, args: ['--no-sandbox']})
    page = await browser.newPage({viewport: {width: 1280, height: 1000}})
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(base + '/')) {
        served.push(route.request().url().slice(base.length))
        return route.continue()
      }
      elsewhere.push(route.request().url())
      return route.abort()
    })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await app.close()
  })

  test('type a draft: highlights and the score; apply a suggestion from the keyboard; open the rewrite', async () => {
    await page.goto(base + '/')
    // Its own four files, and nothing else: the grammar layer is one of them.
    expect(served.filter((path) => !/^\/grammar-[0-9a-f]{12}\.js$/.test(path)).sort()).toEqual(['/', '/app.js', '/style.css'])
    expect(served).toHaveLength(4)
    await page.selectOption('#channel', 'email')
    await page.fill('#subject', SUBJECT)
    await page.fill('#recipient-name', 'Kim')
    await page.locator('#text').pressSequentially(DRAFT)

    const expected = linter.lint({text: DRAFT, subject: SUBJECT, channel: 'email', recipient: {name: 'Kim'}})
    await expect.poll(() => page.textContent('#score-value')).toBe(String(expected.score))
    expect(await page.locator('#deductions li').count()).toBe(expected.deductions.length)
    // Each deduction's rule links to the rule's page.
    const deducted = linter.rules.find((r) => r.id === expected.deductions[0].ruleId)!
    expect(await page.getAttribute('#deductions li:first-child a.rule', 'href')).toBe(deducted.url)
    // The indicators against the e-mail limits of rules/too-long.yaml, reading-grade.yaml and
    // self-centred.yaml (e-mail has no character limit).
    const i = expected.indicators
    expect(await page.locator('#indicators tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')?.textContent, r.querySelector('td')?.textContent, r.querySelector('meter') !== null]))).toEqual([
      ['Length', `${i.wordCount} words, at most 150 for email`, true],
      ['Characters', `${i.characterCount} characters`, false],
      ['Reading grade', `grade ${i.readingGrade}, at most 10 for email`, true],
      ['Questions', '1 question', false],
      ['I / you', `${i.selfToRecipientRatio} to 1, at most 2 for email`, true]
    ])
    // Every body finding's text is inside a mark; the generic opener is marked as an error.
    const marked = await page.locator('#marked mark').allTextContents()
    expect(marked.join('')).toContain('I hope this email finds you well')
    expect(await page.locator('#marked mark.error', {hasText: 'I hope this email finds you well'}).count()).toBeGreaterThan(0)
    expect(await page.textContent('#marked')).toBe(DRAFT)
    // Grouped by category, one article per finding, each with its why.
    const categories = [...new Set(expected.messages.map((m) => m.category))]
    expect(await page.locator('#findings .category h3').allTextContents()).toEqual(
      categories.map((c) => `${c.replace(/-/g, ' ')} (${expected.messages.filter((m) => m.category === c).length})`)
    )
    expect(await page.locator('#findings article.finding').count()).toBe(expected.messages.length)
    const opener = expected.messages.findIndex((m) => m.ruleId === 'generic-opener')
    expect(await page.textContent(`#finding-${opener} .why`)).toBe(expected.messages[opener].why)
    // The rule id links to the rule's page, at the url the library gives it.
    expect(expected.messages[opener].url).toMatch(/\/docs\/rules\/generic-opener\.md$/)
    expect(await page.getAttribute(`#finding-${opener} a.rule`, 'href')).toBe(expected.messages[opener].url)
    expect(await page.textContent(`#finding-${opener} a.rule`)).toBe('generic-opener')

    // Apply the opener's first suggestion with the keyboard: focus its button, press Enter.
    const suggestion = expected.messages[opener].suggestions[0]
    await page.locator(`#finding-${opener} .suggestions button`).first().focus()
    await page.keyboard.press('Enter')
    const applied = DRAFT.slice(0, suggestion.start) + suggestion.replacement + DRAFT.slice(suggestion.end)
    expect(await page.inputValue('#text')).toBe(applied)
    const after = linter.lint({text: applied, subject: SUBJECT, channel: 'email', recipient: {name: 'Kim'}})
    await expect.poll(() => page.textContent('#score-value')).toBe(String(after.score))
    expect(after.messages.some((m) => m.ruleId === 'generic-opener')).toBe(false)

    // The rewrite, beside the draft.
    await page.locator('#rewrite summary').click()
    const rewritten = linter.rewrite({text: applied, subject: SUBJECT, channel: 'email', recipient: {name: 'Kim'}})
    expect(await page.textContent('#rewrite-before')).toBe(applied)
    expect(await page.textContent('#rewrite-text')).toBe((rewritten.subject ? `Subject: ${rewritten.subject}\n\n` : '') + rewritten.text)
    expect(await page.locator('#changes li').count()).toBe(Math.max(1, rewritten.changes.length))
    // The diff holds both texts: kept and struck-through runs give the draft, kept and added the rewrite.
    const runs = await page.locator('#rewrite-diff').evaluate((pre) => [...pre.childNodes].map((n) => [n.nodeName, n.textContent ?? '']))
    expect(runs.some(([kind]) => kind === 'DEL')).toBe(true)
    expect(runs.some(([kind]) => kind === 'INS')).toBe(true)
    expect(runs.filter(([kind]) => kind !== 'INS').map(([, t]) => t).join('')).toBe(applied)
    expect(runs.filter(([kind]) => kind !== 'DEL').map(([, t]) => t).join('')).toBe(rewritten.text)

    mkdirSync(dirname(screenshot), {recursive: true})
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({path: screenshot})
    expect(existsSync(screenshot)).toBe(true)
    expect(elsewhere).toEqual([])
    expect(errors).toEqual([])
  })

  test('opened from the disk, without the server, the built page works the same', async () => {
    const local = await browser.newPage()
    const failed: string[] = []
    local.on('pageerror', (e) => failed.push(e.message))
    local.on('requestfailed', (r) => failed.push(r.url()))
    await local.goto(pathToFileURL(join(webRoot, 'index.html')).href)
    await local.fill('#text', DRAFT)
    await expect.poll(() => local.textContent('#score-value')).toBe(String(linter.lint({text: DRAFT, channel: 'email'}).score))
    expect(failed).toEqual([])
    await local.close()
  })

  test('on a phone-sized screen nothing is wider than the screen', async () => {
    const phone = await browser.newPage({viewport: {width: 375, height: 800}})
    await phone.goto(base + '/')
    await phone.fill('#text', DRAFT)
    await expect.poll(() => phone.locator('#findings article.finding').count()).toBeGreaterThan(0)
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(375)
    await phone.close()
  })
})
