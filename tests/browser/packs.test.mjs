// The clerk's packs in a real browser (Debian's chromium, driven by playwright-core): a
// workspace holding the sample agenda and its papers, served with accounts; the clerk builds
// the public and members' packs, watches the progress, downloads them (the public pack is
// byte for byte `docket pack --public` of the agenda) and publishes; an officer in a second
// browser context cannot have the members' pack, by link or by its address. axe-core checks
// every page against WCAG 2.2 AA; every page is saved as a screenshot for docs/serve.md.
//
// Usage: node tests/browser/packs.test.mjs --docket build/docket --shots DIR
import { spawn, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import assert from 'node:assert/strict'
import { axeSource, chromium, chromiumPath, docket, shots, source } from './setup.mjs'

const env = { ...process.env, DOCKET_DATA_DIR: source }

// The sample agenda with its papers and reports below its folder, as `docket pack` wants them.
const top = mkdtempSync(join(tmpdir(), 'docket-packs-'))
const workspace = join(top, 'ws')
const agenda = join(workspace, 'agendas', 'cabinet.xml')
mkdirSync(join(workspace, 'agendas'), { recursive: true })
cpSync(join(source, 'fixtures', 'agenda-pcc-cabinet-2023-12-18.xml'), agenda)
cpSync(join(source, 'fixtures', 'papers'), join(workspace, 'agendas', 'papers'), { recursive: true })
cpSync(join(source, 'fixtures', 'reports'), join(workspace, 'agendas', 'reports'), { recursive: true })
const users = join(top, 'users')
for (const [name, role] of [['clara', 'clerk'], ['olive', 'officer']]) {
  execFileSync(docket, ['users', 'add', name, '--role', role, '--users', users], { env, input: name + ' password\n' })
}
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync']
})
mkdirSync(shots, { recursive: true })
const server = spawn(docket, ['serve', '--workspace', workspace, '--listen', '127.0.0.1:0', '--users', users, '--verbose'],
  { env, stdio: ['ignore', 'pipe', 'inherit'] })
const address = await new Promise((ok, fail) => {
  let out = ''
  server.stdout.on('data', (d) => { out += d; const m = /open (http:\/\/\S+)/.exec(out); if (m) ok(m[1].replace(/\/$/, '')) })
  server.on('exit', (code) => fail(new Error('docket serve exited with ' + code)))
  setTimeout(() => fail(new Error('docket serve did not start')), 20000)
})

const problems = []
async function person (name) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  page.on('pageerror', (e) => problems.push(e.message))
  await page.goto(address + '/sign-in')
  await page.fill('#name', name)
  await page.fill('#password', name + ' password')
  await page.click('button:has-text("Sign in")')
  return page
}

let checked = 0
async function look (page, name) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.evaluate(axeSource)
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
  }))
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  assert.deepEqual(found, [], `axe on ${name} (${page.url()})`)
  await page.screenshot({ path: join(shots, name + '.png'), fullPage: true })
  checked++
}

async function download (page, text, to) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('text=' + text)])
  await d.saveAs(to)
  return readFileSync(to)
}

const clerk = await person('clara')
try {
  const packs = address + '/agendas/cabinet.xml/packs'
  await clerk.goto(address + '/agendas/cabinet.xml')
  await clerk.click('text=Packs: build, download and publish them')
  await look(clerk, 'packs-01-none-built')

  // The public pack, DOCX only: the progress is shown, then the downloads.
  await clerk.uncheck('#pdf')
  await clerk.click('button:has-text("Build the pack")')
  await clerk.waitForSelector('#job-progress')
  await look(clerk, 'packs-02-building')
  await clerk.waitForSelector('text=The pack has been built', { timeout: 600000 })
  await look(clerk, 'packs-03-built')
  const mine = await download(clerk, 'Download the public pack as Word', join(top, 'public.docx'))
  execFileSync(docket, ['pack', agenda, '--public', '-o', join(top, 'cli.docx')], { env })
  assert.ok(mine.equals(readFileSync(join(top, 'cli.docx'))), 'the public pack differs from docket pack --public')

  await clerk.goto(packs)
  await clerk.check('#audience-members')
  await clerk.uncheck('#pdf')
  await clerk.click('button:has-text("Build the pack")')
  await clerk.waitForSelector('text=The pack has been built', { timeout: 600000 })
  const members = await download(clerk, 'Download the members’ pack as Word', join(top, 'members.docx'))
  assert.ok(members.length > 0)

  await clerk.click('button:has-text("Publish the public papers")')
  await clerk.waitForSelector('text=Published so far', { timeout: 600000 })
  await look(clerk, 'packs-04-published')
  assert.ok(existsSync(join(workspace, 'published', 'cabinet', 'agenda-front-sheet.docx')))
  assert.ok(!existsSync(join(workspace, 'published', 'cabinet', 'item-6-appendix-b-financial-appraisal.docx')))

  // An officer in a second browser: the public pack, and no members' pack by link or address.
  const officer = await person('olive')
  await officer.goto(packs)
  await look(officer, 'packs-05-officer')
  assert.equal(await officer.locator('text=members’ pack').count(), 0)
  const guessed = await officer.request.get(packs + '/cabinet-members-pack.docx')
  assert.equal(guessed.status(), 404)
  assert.ok(!(await guessed.text()).includes('PK'))
  const open = await officer.request.get(packs + '/cabinet-public-pack.docx')
  assert.equal(open.status(), 200)

  assert.deepEqual(problems, [], 'errors in the browser console')
  console.log(`packs scenario: ${checked} pages checked with axe (WCAG 2.2 AA), screenshots in ${shots}`)
  console.log('1 passed, 0 failed')
} catch (e) {
  await clerk.screenshot({ path: join(shots, 'packs-failure.png'), fullPage: true }).catch(() => {})
  console.error(e)
  process.exitCode = 1
} finally {
  await browser.close()
  server.kill('SIGINT')
  await new Promise((ok) => server.on('exit', ok))
  if (!process.exitCode) rmSync(top, { recursive: true, force: true })
}
