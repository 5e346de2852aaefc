// What every browser test starts from: the paths given on its command line, Debian's chromium
// driven by npm playwright-core, and axe-core's source to inject into each page. Without them
// the test is skipped (exit 77), or fails in CI, where scripts/test.sh has installed them.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const source = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback }
export const docket = resolve(arg('--docket', join(source, 'build', 'docket')))
export const shots = resolve(arg('--shots', join(source, 'build', 'screenshots')))
export const chromiumPath = '/usr/bin/chromium'

const require = createRequire(join(source, 'web', 'package.json'))
let chromium, axeSource
try {
  chromium = require('playwright-core').chromium
  axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
} catch (e) {
  console.log('browser tests need scripts/web.sh test (playwright-core, axe-core): ' + e.message)
  process.exit(process.env.CI ? 1 : 77)
}
if (!existsSync(chromiumPath)) {
  console.log('browser tests need Debian chromium (scripts/deps.sh test)')
  process.exit(process.env.CI ? 1 : 77)
}
export { chromium, axeSource }

// Starts `docket serve` on a free port of 127.0.0.1 with these extra arguments; resolves to
// its address once it says where it is listening.
export async function startServer (spawn, args, env) {
  const server = spawn(docket, ['serve', '--listen', '127.0.0.1:0', '--verbose', ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] })
  const address = await new Promise((ok, fail) => {
    let out = ''
    server.stdout.on('data', (d) => { out += d; const m = /open (http:\/\/\S+)/.exec(out); if (m) ok(m[1].replace(/\/$/, '')) })
    server.on('exit', (code) => fail(new Error('docket serve exited with ' + code)))
    setTimeout(() => fail(new Error('docket serve did not start')), 60000)
  })
  return { server, address }
}

export const launchFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']
