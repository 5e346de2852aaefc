// Democratic services in a real browser (Debian's chromium, driven by playwright-core), two
// people at once: an officer (olive) and a clerk (clara), each in a browser context of their
// own, against one `docket serve --users FILE`. The officer uploads her reports; the clerk sets
// up the meeting and builds the sample agenda (fixtures/agenda-pcc-cabinet-2023-12-18.xml, the
// one scripts/sample.sh packs) from nothing in the forms — the standing items in one step, the
// items, the Part II exempt item with its Schedule 12A paragraph and public-interest statement,
// the exclusion item that applies to it, the minutes uploaded as a finished paper, the
// appendices uploaded (Word, PDF, Excel; two exempt); the officer submits a report, the clerk
// clears it with the sign-offs, builds both packs watching the progress and publishes. The
// public pack is byte for byte `docket pack --public` of the saved agenda; the officer cannot
// have the members' pack or an exempt appendix, by link or by a guessed address; the
// meeting's changes page lists every change. axe-core checks every page against WCAG 2.2 AA,
// and every page is saved as a screenshot for docs/meetings.md and docs/serve-packs.md.
//
// Usage: node tests/browser/clerk.test.mjs --docket build/docket --shots DIR
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import assert from 'node:assert/strict'
import { axeSource, chromium, chromiumPath, docket, launchFlags, shots, source, startServer } from './setup.mjs'

const env = { ...process.env, DOCKET_DATA_DIR: source }
const started = Date.now()
const fixture = (name) => join(source, 'fixtures', name)
const top = mkdtempSync(join(tmpdir(), 'docket-clerk-'))
const workspace = join(top, 'ws')
mkdirSync(workspace)
const users = join(top, 'users')
for (const [name, role] of [['clara', 'clerk'], ['olive', 'officer']]) {
  execFileSync(docket, ['users', 'add', name, '--role', role, '--users', users], { env, input: name + ' password\n' })
}
mkdirSync(shots, { recursive: true })
const { server, address } = await startServer(spawn, ['--workspace', workspace, '--users', users], env)
const browser = await chromium.launch({ executablePath: chromiumPath, args: launchFlags })
const long = { timeout: 600000 }

const problems = []
async function person (name) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true })
  context.setDefaultTimeout(60000)
  const page = await context.newPage()
  page.on('console', (m) => { if (m.type() === 'error') problems.push(name + ': ' + m.text() + ' (' + page.url() + ')') })
  page.on('pageerror', (e) => problems.push(name + ': ' + e.message))
  await page.goto(address + '/sign-in')
  await page.fill('#name', name)
  await page.fill('#password', name + ' password')
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/sign-in')), page.click('button:has-text("Sign in")')])
  return page
}

// axe on the page as it stands. A page following a build reloads itself when the build ends;
// if that happens while axe runs, axe is run again on the page as it is then (it once saw a
// half-laid-out page and reported the breadcrumb link's target size).
const checkedPages = []
async function look (page, name) {
  for (let attempt = 0; ; ++attempt) {
    await page.waitForLoadState('load')
    let navigated = false
    const mark = () => { navigated = true }
    page.on('framenavigated', mark)
    let found
    try {
      await page.evaluate(axeSource)
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
      }))
      found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    } catch (e) {
      if (!navigated || attempt > 3) throw e
    } finally {
      page.off('framenavigated', mark)
    }
    if (navigated && attempt <= 3) continue
    assert.deepEqual(found, [], `axe on ${name} (${page.url()})`)
    break
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.screenshot({ path: join(shots, name + '.png'), fullPage: height <= 2400, clip: height > 2400 ? { x: 0, y: 0, width: 1024, height: 2400 } : undefined })
  checkedPages.push(name)
}

// Every form post ends in a redirect to a page with a notice; wait for that page.
async function submit (page, button, notice) {
  await Promise.all([page.waitForURL(new RegExp('notice=' + notice)), page.click(button)])
}

const officer = await person('olive')
const clerk = await person('clara')
try {
  // 1. The officer's reports, uploaded from the files she wrote (she is their author).
  const officerReports = ['pcc-city-market-regeneration.xml', 's0-peterborough-q2-2023-24.xml', 'pcc-bridge-street-acquisition.xml']
  for (const report of officerReports) {
    await officer.goto(address + '/')
    await officer.setInputFiles('#file', join(source, 'fixtures', 'reports', report))
    await submit(officer, 'button:has-text("Upload")', 'uploaded')
  }

  // 2. The clerk sets up the meeting, with the standing items in one step.
  await clerk.goto(address + '/')
  await clerk.click('text=Set up a new meeting')
  await clerk.waitForURL(/\/meetings\/new$/)
  await clerk.fill('#council', 'Peterborough City Council')
  await clerk.check('#jurisdiction')
  await clerk.fill('#committee', 'Cabinet')
  await clerk.fill('[name="date:day"]', '18')
  await clerk.fill('[name="date:month"]', '12')
  await clerk.fill('[name="date:year"]', '2023')
  await clerk.fill('#time', '10:00')
  await clerk.fill('#venue', 'Council Chamber')
  await clerk.fill('#contact', 'Democratic Services')
  await clerk.fill('#email', 'democratic.services@peterborough.gov.uk')
  await clerk.fill('#members', 'Councillor Morgan Ellis (chair)\nCouncillor Ruth Adeyemi (vice-chair)\nCouncillor Martin Hale\nCouncillor Sam Patel')
  assert.ok(await clerk.isChecked('#standing'))
  await look(clerk, 'meeting-01-new')
  await submit(clerk, 'button:has-text("Create the meeting")', 'created')
  const meeting = clerk.url().replace(/\?.*/, '')
  assert.equal(meeting, address + '/agendas/cabinet-2023-12-18.xml/meeting')
  const agendaUrl = meeting.replace(/\/meeting$/, '')
  const agenda = join(workspace, 'agendas', 'cabinet-2023-12-18.xml')
  assert.match(await clerk.textContent('#items'), /Apologies for absence[\s\S]*Declarations of interest[\s\S]*Minutes of the last meeting/)
  await look(clerk, 'meeting-02-created')

  // 3. The items, in the agenda's order.
  const items = [
    { title: 'Petitions Presented to Cabinet', kind: 'petitions' },
    { title: 'Provisional Local Government Finance Settlement 2024/25 – Verbal Update', kind: 'verbal' },
    { title: 'City Market Regeneration – Approval of Delivery Strategy', kind: 'report', report: 'pcc-city-market-regeneration.xml' },
    { title: 'Council Tax Support Scheme 2024/25', kind: 'report', toFollow: true },
    { title: 'Quarterly Performance Report – Quarter Two (2023/24)', kind: 'report', report: 's0-peterborough-q2-2023-24.xml' },
    { title: 'Exclusion of the Press and Public', kind: 'exclusion' },
    { title: 'Acquisition of Commercial Property, Bridge Street', kind: 'report', report: 'pcc-bridge-street-acquisition.xml', exempt: true }
  ]
  for (const item of items) {
    await clerk.fill('#title', item.title)
    await clerk.selectOption('#kind', item.kind)
    // Up to four reports are offered as radios, more in a list.
    if (item.report) await clerk.check(`[name=report][value="${item.report}"]`)
    if (item.toFollow) await clerk.check('#toFollow')
    if (item.exempt) {
      await clerk.check('#part-2')
      await clerk.check('#item-access-2')
      await clerk.selectOption('#item-paragraph', '3')
      await clerk.fill('#item-publicInterest', 'The report contains the proposed purchase price and the terms offered to the vendor. ' +
        'Disclosure before contracts are exchanged would prejudice the Council’s negotiating position.')
      await look(clerk, 'meeting-03-exempt-item')
    }
    await submit(clerk, 'button:has-text("Add the item")', 'added')
  }

  // 4. The papers: the minutes as item 3's finished paper, then the appendices.
  const papers = [
    { item: '3', file: 'pcc-cabinet-2023-11-13-minutes.docx', report: true },
    { item: '6', label: 'A', title: 'City Market Delivery Strategy', file: 'pcc-city-market-appendix-a-delivery-strategy.docx' },
    { item: '6', label: 'B', title: 'Financial Appraisal', file: 'pcc-city-market-appendix-b-financial-appraisal.docx', exempt: true },
    { item: '6', label: 'C', title: 'Site Plan and Schedule of Accommodation', file: 'pcc-city-market-appendix-c-site-plan.pdf' },
    { item: '6', label: 'D', title: 'Cost Plan', file: 'pcc-city-market-appendix-d-cost-plan.pdf', exempt: true },
    { item: '8', label: '1', title: 'Corporate Performance Report (Quarter 2 2023/24)', file: 'pcc-q2-2023-24-appendix-1-corporate-performance.docx' },
    { item: '8', label: '2', title: 'Budget Monitoring (Quarter 2 2023/24)', file: 'pcc-q2-2023-24-appendix-2-budget-monitoring.xlsx' }
  ]
  for (const paper of papers) {
    await clerk.selectOption('#item', paper.item)
    if (paper.report) await clerk.check('#what-2')
    else {
      await clerk.fill('#label', paper.label)
      await clerk.fill('#appendix-title', paper.title)
    }
    if (paper.exempt) {
      await clerk.check('#access-2')
      await clerk.selectOption('#paragraph', '3')
      await clerk.fill('#publicInterest', 'Disclosing the Council’s cost estimates before the construction contract is let would weaken its position in the procurement.')
    }
    await clerk.setInputFiles('#paper', fixture('papers/' + paper.file))
    if (paper.label === 'B') await look(clerk, 'meeting-04-exempt-appendix')
    await submit(clerk, 'button:has-text("Upload the paper")', paper.report ? 'paper' : 'appendix')
  }

  // 5. The exclusion item applies to item 10: set in the agenda's full form.
  await clerk.goto(agendaUrl + '/edit/items')
  const appliesTo = clerk.locator('[name$="/appliesTo[1]/@items"]').nth(8)
  await appliesTo.fill('item-10')
  await look(clerk, 'meeting-05-full-form')
  await submit(clerk, '.dk-save button[value=save]', 'saved')
  const saved = readFileSync(agenda, 'utf8')
  assert.match(saved, /<item id="item-9" number="9" kind="exclusion"><title>Exclusion of the Press and Public<\/title>\s*<appliesTo items="item-10"\/><\/item>/)
  assert.match(saved, /<item id="item-3" number="3" kind="minutes"><title>Minutes of the last meeting<\/title><report href="papers\/cabinet-2023-12-18\/pcc-cabinet-2023-11-13-minutes.docx"\/><\/item>/)
  assert.match(saved, /part="II"><title>Acquisition of Commercial Property, Bridge Street<\/title><access status="exempt" jurisdiction="england"><paragraph>3<\/paragraph>/)
  execFileSync(docket, ['validate', agenda], { env })

  // 6. The officer submits her report; she may read the meeting but not change it.
  const status = address + '/reports/pcc-city-market-regeneration.xml/status'
  await officer.goto(meeting)
  assert.equal(await officer.locator('button:has-text("Add the item")').count(), 0)
  await officer.goto(status)
  await submit(officer, 'button:has-text("Submit the report")', 'changed')
  assert.match(await officer.textContent('#stage'), /Submitted/)
  await look(officer, 'meeting-06-officer-submitted')

  // 7. The clerk clears it, with the sign-offs.
  await clerk.goto(status)
  await clerk.fill('#legal', 'L Gale')
  await clerk.fill('#finance', 'F Nance')
  await look(clerk, 'meeting-07-clear')
  await submit(clerk, 'button:has-text("Clear the report")', 'changed')
  assert.match(await clerk.textContent('#stage'), /Cleared/)
  await clerk.goto(meeting)
  const row6 = await clerk.locator('#items tr', { hasText: 'City Market Regeneration' }).textContent()
  assert.match(row6, /Cleared/)
  await look(clerk, 'meeting-08-items')

  // 8. Both packs, the progress seen, then the downloads.
  const packs = agendaUrl + '/packs'
  await clerk.goto(packs)
  await look(clerk, 'packs-01-none-built')
  await clerk.uncheck('#pdf')
  await clerk.click('button:has-text("Build the pack")')
  await clerk.waitForSelector('#job-progress', long)
  await clerk.waitForFunction(() => /\(\d+%\)|Waiting|Rendering|Laying out|Writing/.test(document.querySelector('#job-step')?.textContent || ''), null, long)
  await look(clerk, 'packs-02-building')
  await clerk.waitForSelector('text=The pack has been built', long)
  await look(clerk, 'packs-03-built')
  const download = async (page, text, to) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('text=' + text)])
    await d.saveAs(to)
    return readFileSync(to)
  }
  const mine = await download(clerk, 'Download the public pack as Word', join(top, 'public.docx'))
  execFileSync(docket, ['pack', agenda, '--public', '-o', join(top, 'cli.docx')], { env })
  assert.ok(mine.equals(readFileSync(join(top, 'cli.docx'))), 'the public pack differs from docket pack --public of the saved agenda')

  await clerk.goto(packs)
  await clerk.check('#audience-members')
  await clerk.uncheck('#pdf')
  await clerk.click('button:has-text("Build the pack")')
  await clerk.waitForSelector('#job-progress', long)
  await clerk.waitForSelector('text=The pack has been built', long)
  const members = await download(clerk, 'Download the members’ pack as Word', join(top, 'members.docx'))
  assert.ok(members.length > mine.length, 'the members’ pack holds the exempt papers the public pack leaves out')

  // 9. Publishing: the public papers only.
  await clerk.click('button:has-text("Publish the public papers")')
  await clerk.waitForSelector('text=Published so far', long)
  await look(clerk, 'packs-04-published')
  const published = join(workspace, 'published', 'cabinet-2023-12-18')
  assert.ok(existsSync(join(published, 'agenda-front-sheet.docx')))
  assert.ok(existsSync(join(published, 'item-6-appendix-a-city-market-delivery-strategy.docx')))
  assert.ok(!existsSync(join(published, 'item-6-appendix-b-financial-appraisal.docx')))

  // 10. What the officer cannot have: the members' pack and the exempt appendices, by link or by address.
  await officer.goto(packs)
  await look(officer, 'packs-05-officer')
  assert.equal(await officer.locator('text=members’ pack').count(), 0)
  // A GET by address, as a browser makes it: the server lets a kept-alive connection go after
  // two idle seconds, and a request sent on it at that moment is retried once on a new
  // connection (RFC 9110 9.2.2), which Chromium does for pages but Playwright's request API does not.
  const get = async (page, url) => {
    try {
      return await page.request.get(url)
    } catch (e) {
      if (!/socket hang up|ECONNRESET/.test(String(e))) throw e
      return await page.request.get(url)
    }
  }
  const refused = async (url, code, words) => {
    const r = await get(officer, url)
    assert.equal(r.status(), code, url)
    const body = await r.text()
    assert.ok(!body.startsWith('PK') && !body.startsWith('%PDF'), url)
    assert.match(body, words, url)
  }
  await refused(packs + '/cabinet-2023-12-18-members-pack.docx', 404, /Page not found/)
  await refused(packs + '/cabinet-2023-12-18-members-pack.pdf', 404, /Page not found/)
  const exempt = agendaUrl + '/papers/pcc-city-market-appendix-b-financial-appraisal.docx'
  await refused(exempt, 403, /This paper is not for publication: only democratic services can open it\./)
  await refused(agendaUrl + '/papers/pcc-city-market-appendix-d-cost-plan.pdf', 403, /only democratic services/)
  await refused(agendaUrl + '/papers/guessed.docx', 403, /only democratic services/)
  await officer.goto(exempt)
  await look(officer, 'meeting-09-officer-refused')
  assert.equal((await get(officer, packs + '/cabinet-2023-12-18-public-pack.docx')).status(), 200)
  assert.equal((await get(officer, agendaUrl + '/papers/pcc-city-market-appendix-a-delivery-strategy.docx')).status(), 200)
  assert.equal((await get(clerk, exempt)).status(), 200)

  // 11. The meeting's changes: every change of the scenario, by whom.
  await clerk.goto(agendaUrl + '/changes')
  await look(clerk, 'meeting-10-changes')
  const rows = await clerk.$$eval('tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)))
  const changes = rows.map(([, who, file, change]) => `${who} | ${file} | ${change}`)
  const count = (re) => changes.filter((c) => re.test(c)).length
  assert.equal(count(/^clara \| the agenda \| created: meeting$/), 1, 'the meeting created')
  assert.equal(count(/^clara \| the agenda \| saved: added$/), items.length, 'each item added')
  assert.equal(count(/^clara \| agendas\/papers\/cabinet-2023-12-18\/\S+ \| uploaded: /), papers.length, 'each paper uploaded')
  assert.equal(count(/^clara \| the agenda \| saved: (appendix|report of item)/), papers.length, 'each paper put on the agenda')
  assert.equal(count(/^clara \| the agenda \| saved: items$/), 1, 'the full form saved')
  // The meeting's reports are on its page too, with the officer's uploads of them.
  for (const report of officerReports) {
    assert.equal(count(new RegExp(`^olive \\| reports/${report.replace(/\./g, '\\.')} \\| uploaded: ${report.replace(/\./g, '\\.')}$`)), 1, report)
  }
  assert.equal(count(/^olive \| reports\/pcc-city-market-regeneration.xml \| status: draft → submitted$/), 1, 'the officer’s submission')
  assert.equal(count(/^clara \| reports\/pcc-city-market-regeneration.xml \| status: submitted → cleared \(legal: L Gale; finance: F Nance\)$/), 1, 'the clearance')
  assert.equal(count(/^clara \| the agenda \| built pack/), 2, 'both packs built')
  assert.equal(count(/^clara \| the agenda \| published/), 1, 'the publication')
  // Nothing else: every line of the audit log about this meeting is one of the above.
  assert.equal(changes.length, officerReports.length + 1 + items.length + 2 * papers.length + 1 + 2 + 2 + 1, changes.join('\n'))

  // The one error a browser reports is the refusal the officer was shown on purpose.
  const expected = (p) => p === `olive: Failed to load resource: the server responded with a status of 403 (Forbidden) (${exempt})`
  assert.deepEqual(problems.filter((p) => !expected(p)), [], 'errors in the browser console')
  assert.equal(problems.length, 1, 'the officer saw the exempt paper refused')
  console.log(`clerk scenario: ${checkedPages.length} pages checked with axe (WCAG 2.2 AA), screenshots in ${shots}: ${checkedPages.join(', ')}`)
  console.log(`took ${Math.round((Date.now() - started) / 1000)} s`)
  console.log('1 passed, 0 failed')
} catch (e) {
  await clerk.screenshot({ path: join(shots, 'clerk-failure.png'), fullPage: true }).catch(() => {})
  await officer.screenshot({ path: join(shots, 'clerk-failure-officer.png'), fullPage: true }).catch(() => {})
  console.error(e)
  process.exitCode = 1
} finally {
  await browser.close()
  server.kill('SIGINT')
  await new Promise((ok) => server.on('exit', ok))
  if (!process.exitCode) rmSync(top, { recursive: true, force: true })
}
