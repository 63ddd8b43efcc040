/**
 * The HTML report in a real browser: Debian's chromium, driven by playwright-core as in
 * test/web.test.ts (skipped, saying why, only when chromium is absent; `.ci/run` installs it). The
 * report is made with a baseline and a history, so every kind of chart is in it, and opened from the
 * disk: every chart has a drawn SVG with its title, description and table; the console stays quiet;
 * no request leaves the file (every one is recorded, any but the file itself refused); axe-core finds
 * no serious or critical violation; it reads the same with JavaScript off. A screenshot is written
 * for people to look at: to OUTREACH_LINT_REPORT_SCREENSHOT if set (docs/report-screenshot.png is
 * made so), else dist/report-screenshot.png.
 */
import {cpSync, existsSync, mkdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {Report} from '../src/indicators/compare.js'
import {cli, removeTemps, root, temp} from './cli-harness.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveBrowser = existsSync(executablePath)
const screenshot = resolve(root, process.env.OUTREACH_LINT_REPORT_SCREENSHOT ?? 'dist/report-screenshot.png')
if (!haveBrowser) console.warn(`report-web.test.ts: SKIPPED: no chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH); .ci/run installs it`)
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

afterAll(removeTemps)

/** The fixture library reported three times: the third with the first as baseline and both as history. */
function makeReport(): {html: string; json: Report} {
  const dir = temp()
  // Copies, so that the page names them as a user's run would: library/sequences.csv#bump.
  cpSync(join(root, 'fixtures', 'report', 'library'), join(dir, 'library'), {recursive: true})
  cpSync(join(root, 'fixtures', 'samples'), join(dir, 'samples'), {recursive: true})
  mkdirSync(join(dir, 'history'))
  const run = (args: string[], epoch: string) => {
    const r = cli(['report', ...args], {cwd: dir, env: {SOURCE_DATE_EPOCH: epoch}})
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    return r
  }
  // December: the samples alone; January: the whole library; now: the library again.
  run(['--format', 'json', '-o', 'history/2025-12.json', 'samples'], '1764547200')
  run(['--format', 'json', '-o', 'history/2026-01.json', 'library'], '1767225600')
  const args = ['--baseline', 'history/2025-12.json', '--history', 'history', 'library']
  run(['-o', 'report.html', ...args], '1769904000')
  const json = JSON.parse(run(['--format', 'json', ...args], '1769904000').stdout) as Report
  return {html: join(dir, 'report.html'), json}
}

describe.skipIf(!haveBrowser)(`the HTML report in chromium (${executablePath})`, () => {
  let browser: Browser
  let made: {html: string; json: Report}

  beforeAll(async () => {
    made = makeReport()
    browser = await chromium.launch({executablePath, args: ['--no-sandbox']})
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  test('self-contained: no script, no stylesheet or image from elsewhere, nothing but inline SVG', () => {
    const html = readFileSync(made.html, 'utf8')
    expect(html).not.toMatch(/<script\b/i)
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/i)
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i)
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i)
  })

  test('every chart has a drawn SVG, a title, a description and its table; no console error; no request leaves the file', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 1600}})
    const url = pathToFileURL(made.html).href
    const requests: string[] = []
    const errors: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()))
    await page.goto(url)

    const charts = await page.locator('figure.chart').evaluateAll((figures) =>
      figures.map((f) => {
        const svg = f.querySelector('svg')
        const box = svg?.getBoundingClientRect()
        return {
          id: f.id,
          title: f.querySelector('h3')?.textContent ?? '',
          description: f.querySelector('p')?.textContent ?? '',
          drawn: svg ? svg.querySelectorAll('rect, path, line, circle, text').length : 0,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          labelledBy: svg?.getAttribute('aria-labelledby') ?? '',
          rows: f.querySelectorAll('table tbody tr').length
        }
      })
    )
    // The charts the JSON calls for: scores, categories, rules, channels, one per indicator with
    // values, the asks, the change by rule, and a trend per series.
    const ids = charts.map((c) => c.id)
    expect(ids).toEqual(expect.arrayContaining(['scores', 'categories', 'rules', 'channels', 'asks', 'rule-changes', 'trend-meanScore', 'trend-failingShare', 'trend-bodyWords']))
    for (const i of made.json.indicators) expect(ids).toContain(`indicator-${i.id}`)
    for (const c of charts) {
      expect(c.title, c.id).not.toBe('')
      expect(c.description.length, c.id).toBeGreaterThan(20)
      expect(c.drawn, c.id).toBeGreaterThan(3)
      expect(c.width, c.id).toBeGreaterThan(100)
      expect(c.height, c.id).toBeGreaterThan(50)
      expect(c.labelledBy, c.id).toBe(`${c.id}-title`)
      expect(c.rows, c.id).toBeGreaterThan(0)
    }
    // The headline figures on the page are the JSON's.
    expect(await page.locator('.cards dd').first().textContent()).toMatch(new RegExp(`^${made.json.headline.drafts}`))
    expect(await page.locator('.cards div', {hasText: 'Mean score'}).locator('dd').textContent()).toMatch(new RegExp(`^${made.json.headline.meanScore}`))
    // Each band's footnote is there, with its source.
    const notes = await page.locator('ol.sources li').allTextContents()
    expect(notes.length).toBeGreaterThanOrEqual(2)
    for (const n of notes) expect(n).toMatch(/https:\/\//)

    mkdirSync(dirname(screenshot), {recursive: true})
    await page.screenshot({path: screenshot})
    expect(existsSync(screenshot)).toBe(true)
    expect(requests).toEqual([url])
    expect(errors).toEqual([])
    await page.close()
  })

  test('axe-core finds no serious or critical accessibility violation', async () => {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(made.html).href)
    await page.addScriptTag({path: axePath})
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as {axe: {run(): Promise<{violations: Array<{id: string; impact: string; help: string; nodes: unknown[]}>}>}}).axe.run()
      return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length}))
    })
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
    await page.close()
  })

  test('with JavaScript off it reads the same: the charts are already drawn', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(pathToFileURL(made.html).href)
    const svgs = await page.locator('figure.chart svg').count()
    expect(svgs).toBe(await page.locator('figure.chart').count())
    expect(svgs).toBeGreaterThan(10)
    await context.close()
  })

  test('on a phone-sized screen nothing is wider than the screen', async () => {
    const page = await browser.newPage({viewport: {width: 375, height: 800}})
    await page.goto(pathToFileURL(made.html).href)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375)
    await page.close()
  })
})
