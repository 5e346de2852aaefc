// docket serve's progressive enhancement: every page works without it. With it: GOV.UK
// Frontend's components, the rich-text editor, live validation, reordering without losing
// your place, and job progress.
import { initAll } from '../govuk/govuk-frontend.min.js'
import { enhanceEditors } from './rich-text.js'
import { enhanceForm, followJobs } from './live.js'

document.body.classList.add('govuk-frontend-supported', 'js-enabled')
initAll()
enhanceEditors(document)
for (const form of document.querySelectorAll('form.dk-form')) enhanceForm(form)
followJobs(document)
