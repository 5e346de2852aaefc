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
