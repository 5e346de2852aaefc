// Live validation: a change to any field (after a pause) sends the form to the server,
// which checks it exactly as on saving, without saving; the error summary and the messages
// beside the fields are replaced. Reordering: "Move up" and "Move down" save and redraw the
// form in place, keeping the focus on the item that moved. Jobs: progress by server-sent events.
import { enhanceEditors } from './rich-text.js'

const DELAY = 500

function token (form) {
  return form.querySelector('input[name=csrf]').value
}

function clearMessages (form) {
  for (const m of form.querySelectorAll('.govuk-error-message, .dk-warning-message')) m.remove()
  for (const g of form.querySelectorAll('.govuk-form-group--error')) g.classList.remove('govuk-form-group--error')
  for (const i of form.querySelectorAll('.govuk-input--error, .govuk-select--error, .govuk-textarea--error')) {
    i.classList.remove('govuk-input--error', 'govuk-select--error', 'govuk-textarea--error')
  }
  for (const e of form.querySelectorAll('.dk-editor--error')) e.classList.remove('dk-editor--error')
}

function showMessage (form, problem, n) {
  const target = document.getElementById(problem.anchor)
  if (!target || !form.contains(target)) return
  const group = target.closest('.govuk-form-group') || target
  const p = document.createElement('p')
  p.id = problem.anchor + '-live-' + n
  if (problem.severity === 'error') {
    p.className = 'govuk-error-message'
    const hidden = document.createElement('span')
    hidden.className = 'govuk-visually-hidden'
    hidden.textContent = 'Error:'
    p.append(hidden, ' ' + problem.message)
    group.classList.add('govuk-form-group--error')
    if (target.classList.contains('govuk-input')) target.classList.add('govuk-input--error')
    if (target.classList.contains('govuk-select')) target.classList.add('govuk-select--error')
    const editor = target.closest('.dk-editor')
    if (editor) editor.classList.add('dk-editor--error')
  } else {
    p.className = 'dk-warning-message'
    const tag = document.createElement('strong')
    tag.className = 'govuk-tag govuk-tag--yellow'
    tag.textContent = 'Warning'
    p.append(tag, ' ' + problem.message)
  }
  const fieldset = target.tagName === 'FIELDSET' ? target : null
  const anchorEl = fieldset ? fieldset.querySelector('legend') : (target.closest('.dk-editor') || target.closest('.govuk-date-input') || target)
  if (fieldset) {
    const hint = fieldset.querySelector(':scope > .govuk-hint')
    ;(hint || anchorEl).after(p)
  } else {
    anchorEl.before(p)
  }
  const described = (target.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.includes('-live-'))
  described.push(p.id)
  target.setAttribute('aria-describedby', described.join(' '))
}

export function enhanceForm (form) {
  let timer = null
  let running = null
  const check = async () => {
    const body = new URLSearchParams(new FormData(form))
    if (running) running.abort()
    running = new AbortController()
    try {
      const res = await fetch(form.dataset.validate, {
        method: 'POST', body, signal: running.signal, headers: { 'X-CSRF-Token': token(form) }, credentials: 'same-origin'
      })
      const data = await res.json()
      const holder = document.getElementById('live-problems')
      if (data.conflict) {
        holder.innerHTML = ''
        const p = document.createElement('p')
        p.className = 'govuk-body govuk-!-font-weight-bold'
        p.textContent = data.message
        holder.append(p)
        return
      }
      if (!res.ok) return
      holder.innerHTML = data.summary
      clearMessages(form)
      data.problems.filter((p) => p.here).forEach((p, n) => showMessage(form, p, n))
      document.body.dataset.liveChecks = String(Number(document.body.dataset.liveChecks || 0) + 1)
    } catch (e) {
      if (e.name !== 'AbortError') throw e
    }
  }
  const later = () => { clearTimeout(timer); timer = setTimeout(check, DELAY) }
  form.addEventListener('input', later)
  form.addEventListener('change', later)

  form.addEventListener('click', async (event) => {
    const b = event.target.closest('button[data-action=up], button[data-action=down]')
    if (!b) return
    event.preventDefault()
    const [verb, key] = b.value.split('|')
    const body = new URLSearchParams(new FormData(form))
    body.set('action', b.value)
    // form.action would be the controls named "action"
    const res = await fetch(form.getAttribute('action'), { method: 'POST', body, credentials: 'same-origin' })
    if (!res.ok || res.redirected === false) { form.requestSubmit(b); return }
    const page = new DOMParser().parseFromString(await res.text(), 'text/html')
    const fresh = page.querySelector('form.dk-form')
    if (!fresh) { window.location.assign(res.url); return }
    form.replaceWith(fresh)
    // The item's new position: one lower or higher among its kind.
    const moved = key.replace(/\[(\d+)\]$/, (m, n) => '[' + (Number(n) + (verb === 'up' ? -1 : 1)) + ']')
    enhanceEditors(fresh)
    enhanceForm(fresh)
    const again = fresh.querySelector(`button[value="${CSS.escape(verb + '|' + moved)}"]`) ||
                  fresh.querySelector(`button[value^="${CSS.escape('up|' + moved)}"], button[value^="${CSS.escape('down|' + moved)}"]`)
    if (again) again.focus()
    const status = document.getElementById('dk-status') || Object.assign(document.createElement('div'), { id: 'dk-status', className: 'govuk-visually-hidden' })
    status.setAttribute('aria-live', 'polite')
    document.body.append(status)
    status.textContent = 'Moved ' + verb + ' and saved.'
  })
}

export function followJobs (root) {
  for (const box of root.querySelectorAll('.dk-job[data-job]')) {
    const step = box.querySelector('#job-step')
    const bar = box.querySelector('#job-progress')
    const events = new EventSource('/jobs/' + encodeURIComponent(box.dataset.job) + '/events')
    events.onmessage = (event) => {
      const s = JSON.parse(event.data)
      bar.value = s.percent
      step.textContent = s.status === 'failed' ? (box.dataset.failed || 'The preview could not be made: ') + s.error : s.step + ' (' + s.percent + '%)'
      if (s.status === 'done') { events.close(); window.location.reload() }
      if (s.status === 'failed') { events.close(); if (box.dataset.failed) window.location.reload() }
    }
  }
}
