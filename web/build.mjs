// Copies what docket serve needs from the npm govuk-frontend package into web/dist, without
// the GOV.UK crown, logotype or the GDS Transport font: councils are not GOV.UK. Run by
// scripts/web.sh at build time; node is not needed when docket runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const from = join(here, 'node_modules', 'govuk-frontend', 'dist', 'govuk')
const to = join(here, 'dist', 'govuk')
mkdirSync(to, { recursive: true })

let css = readFileSync(join(from, 'govuk-frontend.min.css'), 'utf8')
const before = css.length
css = css.replace(/@font-face\{[^}]*\}/g, '')
css = css.replaceAll('"GDS Transport",arial,sans-serif', 'arial,helvetica,sans-serif')
css = css.replaceAll('GDS Transport,arial,sans-serif', 'arial,helvetica,sans-serif')
css = css.replace(/url\([^)]*govuk-crest[^)]*\)/g, 'none')
css = css.replace(/\/\*# sourceMappingURL=.*?\*\//g, '')
if (css.includes('GDS Transport')) throw new Error('GDS Transport is still named in the CSS')
if (css.length === before) throw new Error('the GOV.UK Frontend CSS did not have the expected font rules')
writeFileSync(join(to, 'govuk-frontend.min.css'), css)

const js = readFileSync(join(from, 'govuk-frontend.min.js'), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '')
writeFileSync(join(to, 'govuk-frontend.min.js'), js)
console.log('web/dist: GOV.UK Frontend ' + JSON.parse(readFileSync(join(here, 'node_modules', 'govuk-frontend', 'package.json'))).version + ' (Arial, no crown)')
