// The officer's scenario in a real browser (Debian's chromium, driven by playwright-core):
// an empty workspace → a new report → the S2 sample's content through the form (the meeting
// questions by keyboard alone, a Word paste into a rich-text field) → its KPIs imported from
// a CSV export → a validation error met and fixed → the pages previewed → the DOCX
// downloaded and compared byte for byte with `docket render` of the saved file. axe-core
// checks every page against WCAG 2.2 AA; every page is saved as a screenshot for docs/serve.md.
//
// Usage: node tests/browser/officer.test.mjs --docket build/docket --shots DIR
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import assert from 'node:assert/strict'
import { axeSource, chromium, chromiumPath, docket, shots, source } from './setup.mjs'


const workspace = mkdtempSync(join(tmpdir(), 'docket-officer-'))
mkdirSync(shots, { recursive: true })
const server = spawn(docket, ['serve', '--workspace', workspace, '--listen', '127.0.0.1:0', '--verbose'], {
  env: { ...process.env, DOCKET_DATA_DIR: source }, stdio: ['ignore', 'pipe', 'inherit']
})
const address = await new Promise((ok, fail) => {
  let out = ''
  server.stdout.on('data', (d) => { out += d; const m = /open (http:\/\/\S+)/.exec(out); if (m) ok(m[1].replace(/\/$/, '')) })
  server.on('exit', (code) => fail(new Error('docket serve exited with ' + code)))
  setTimeout(() => fail(new Error('docket serve did not start')), 20000)
})

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync']
})
const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true })
const page = await context.newPage()
const problems = []
page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text() + ' (' + page.url().replace(address, '') + ')') })
page.on('pageerror', (e) => problems.push(e.message))

let checked = 0
async function look (name) {
  await page.waitForLoadState('load')
  await page.evaluate(axeSource)
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
  }))
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  assert.deepEqual(found, [], `axe on ${name} (${page.url()})`)
  // Long pages are shown from the top, as an officer first sees them.
  await page.evaluate(() => window.scrollTo(0, 0))
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.screenshot({ path: join(shots, name + '.png'), fullPage: height <= 1600, clip: height > 1600 ? { x: 0, y: 0, width: 1024, height: 1400 } : undefined })
  checked++
}

const s2 = readFileSync(join(source, 'fixtures', 'reports', 's2-cambridgeshire-q4-2022-23.xml'), 'utf8')
const textOf = (tag) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(s2)[1]

try {
  // 1. An empty workspace.
  await page.goto(address + '/')
  assert.match(await page.textContent('main'), /There are no reports yet\./)
  await look('01-home-empty')

  // 2. A new report: the meeting questions answered with the keyboard alone.
  await page.click('text=Start a new report')
  await look('02-new-report')
  await page.click('#council')
  await page.keyboard.type('Cambridgeshire County Council')
  for (const value of ['Strategy and Resources Committee', '11', '7', '2023', 'Corporate Performance Report – Quarter 4 2022–23',
                       'Executive Director of Strategy and Partnerships']) {
    await page.keyboard.press('Tab')
    await page.keyboard.type(value)
  }
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/reports\/corporate-performance-report-quarter-4-2022-23\.xml\?notice=created/)
  const report = page.url().replace(/\?.*/, '')
  const file = join(workspace, 'reports', 'corporate-performance-report-quarter-4-2022-23.xml')
  assert.match(await page.textContent('.govuk-notification-banner'), /The report was created/)
  await look('03-overview-new')

  // 3. The details: period, access, contact.
  await page.goto(report + '/edit/meta')
  await page.fill('[name="/report[1]/meta[1]/authority[1]/@code"]', 'cambridgeshire')
  await page.check('[name="/report[1]/meta[1]/authority[1]/@jurisdiction"][value=england]')
  await page.fill('[name="/report[1]/meta[1]/period[1]/@financialYear"]', '2022')
  await page.fill('[name="/report[1]/meta[1]/period[1]/@quarter"]', '3')  // wrong: met and fixed below
  for (const [part, value] of [['start:day', '1'], ['start:month', '1'], ['start:year', '2023'], ['end:day', '31'], ['end:month', '3'], ['end:year', '2023']]) {
    await page.fill(`[name="/report[1]/meta[1]/period[1]/@${part}"]`, value)
  }
  // 4. Live validation finds the quarter that disagrees with the dates, beside its field.
  await page.waitForFunction(() => /quarter 3 of 2022\/23/.test(document.querySelector('#live-problems')?.textContent || ''), null, { timeout: 15000 })
  const summary = await page.textContent('.govuk-error-summary')
  assert.match(summary, /There is a problem/)
  assert.match(summary, /The period says quarter 3 of 2022\/23, but runs 1 January – 31 March 2023, which is quarter 4 of 2022\/23/)
  assert.match(await page.textContent('#f-report-1-meta-1-period-1'), /Error: The period says quarter 3/)
  await look('04-live-validation-error')
  await page.locator('#f-report-1-meta-1-period-1').screenshot({ path: join(shots, '04-error-beside-field.png') })
  await page.fill('[name="/report[1]/meta[1]/period[1]/@quarter"]', '4')
  await page.waitForFunction(() => !document.querySelector('#live-problems .govuk-error-summary'), null, { timeout: 15000 })
  await page.click('.dk-save button[value=save]')
  await page.waitForURL(/notice=saved/)
  assert.equal(await page.locator('.govuk-error-summary').count(), 0)

  // 5. The summary: a paste from Word is cleaned to the subset.
  await page.goto(report + '/edit/summary')
  await page.click('text=Add summary')
  await page.waitForURL(/edit\/summary/)
  const editor = page.locator('.dk-editable').first()
  await editor.click()
  const word = '<html><body><!--StartFragment--><p class=MsoNormal style="font-family:Calibri"><span style="font-size:12pt">' +
    'This report provides the Committee with the <b>quarter 4</b> performance for 2022–23.</span><o:p></o:p></p>' +
    '<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;</span></span>Finance and <i>resources</i></p>' +
    '<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;</span></span>Customer services</p>' +
    '<!--EndFragment--></body></html>'
  await page.evaluate((html) => {
    const dt = new DataTransfer()
    dt.setData('text/html', html)
    dt.setData('text/plain', 'pasted')
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, word)
  assert.equal(await editor.innerHTML(),
    '<p>This report provides the Committee with the <b>quarter 4</b> performance for 2022–23.</p><ul><li>Finance and <i>resources</i></li><li>Customer services</li></ul>')
  await look('05-rich-text')
  await page.click('.dk-save button[value=save]')
  await page.waitForURL(/notice=saved/)
  assert.match(readFileSync(file, 'utf8'), /<p>This report provides the Committee with the <b>quarter 4<\/b> performance for 2022–23\.<\/p>\s*<ul><li>Finance and <i>resources<\/i><\/li><li>Customer services<\/li><\/ul>/)

  // 6. Recommendations, with add another.
  await page.goto(report + '/edit/recommendations')
  await page.locator('[id="f-report-1-recommendations-1-recommendation-1--x-inline"]').click()
  await page.keyboard.type('note the performance information and the actions being taken.')
  await page.click('text=Add another recommendation')
  await page.waitForURL(/edit\/recommendations/)
  await page.locator('[id="f-report-1-recommendations-1-recommendation-2--x-inline"]').click()
  await page.keyboard.type('agree the changes to the indicators for 2023–24.')
  await page.click('.dk-save button[value=save]')
  await page.waitForURL(/notice=saved/)
  await look('06-recommendations')

  // 7. A body section, and moving it with the keyboard-operable buttons.
  await page.goto(report + '/edit/section')
  await page.click('text=Add section')
  await page.fill('[name="/report[1]/section[1]/heading[1]"]', 'Background')
  await page.click('text=Add another section')
  await page.fill('[name="/report[1]/section[2]/heading[1]"]', 'Performance overview')
  await page.click('.dk-save button[value=save]')
  await page.waitForURL(/notice=saved/)
  await page.click('button[value="up|/report[1]/section[2]"]')
  await page.waitForFunction(() => document.querySelector('[name="/report[1]/section[1]/heading[1]"]')?.value === 'Performance overview')
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Move down Section 1')
  await look('07-sections')

  // 8. The KPIs from the performance system's export.
  await page.goto(report + '/import')
  await look('08-import-choose')
  await page.setInputFiles('#file', join(source, 'fixtures', 'imports', 's2-kpis.csv'))
  await page.click('button:text("Continue")')
  await page.waitForURL(/\/import\/[0-9a-f]{16}$/)
  await page.selectOption('#col-15', 'actual[1]/@numerator')
  await page.selectOption('#col-16', 'actual[1]/@denominator')
  await look('09-import-columns')
  await page.click('button:text("Preview the rows")')
  await page.waitForURL(/\/rows$/)
  assert.match(await page.textContent('main'), /18 KPIs are ready to import/)
  await look('10-import-rows')
  await page.click('button:text("Import 18 KPIs")')
  await page.waitForURL(/notice=imported/)
  await page.goto(report + '/edit/kpis')
  await page.fill('[name="/report[1]/kpis[1]/@statusScheme"]', 'ccc')
  await page.click('.dk-save button[value=save]')
  await page.waitForURL(/notice=saved/)
  await page.goto(report)
  await look('11-overview')

  // 9. The pages.
  await page.click('text=Preview the pages')
  await page.waitForSelector('img.dk-page', { timeout: 180000 })
  await look('12-preview')

  // 10. The DOCX is the one `docket render` makes from the saved file.
  await page.goto(report)
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download the Word document (.docx)')])
  const downloaded = join(workspace, 'downloaded.docx')
  await download.saveAs(downloaded)
  const rendered = join(workspace, 'rendered.docx')
  execFileSync(docket, ['render', join(source, 'templates', 'committee-report.docx'), file, '-o', rendered],
    { env: { ...process.env, DOCKET_DATA_DIR: source } })
  assert.ok(readFileSync(downloaded).equals(readFileSync(rendered)), 'the downloaded DOCX differs from docket render of the saved file')
  execFileSync(docket, ['validate', file], { env: { ...process.env, DOCKET_DATA_DIR: source } })

  // 11. The history has every save.
  await page.goto(report + '/history')
  await look('13-history')

  const blocked = problems.filter((p) => /Content Security Policy|Refused to/.test(p))
  assert.deepEqual(blocked, [], 'the pages broke their own Content Security Policy')
  assert.deepEqual(problems, [], 'errors in the browser console')
  console.log(`officer scenario: ${checked} pages checked with axe (WCAG 2.2 AA), screenshots in ${shots}`)
  console.log('1 passed, 0 failed')
} catch (e) {
  await page.screenshot({ path: join(shots, 'failure.png'), fullPage: true }).catch(() => {})
  console.error(e)
  process.exitCode = 1
} finally {
  await browser.close()
  server.kill('SIGINT')
  await new Promise((ok) => server.on('exit', ok))
  if (!process.exitCode) rmSync(workspace, { recursive: true, force: true })
}
