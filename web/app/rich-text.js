// The rich-text control: an editable area that can only hold docket's subset (paragraphs,
// bulleted and numbered lists, simple tables, bold, italic, links). What is pasted — from
// Word above all — is cleaned to that subset before it goes in. The textarea stays the
// form's field: the editor writes its HTML there (and marks the format) only once edited.

const BLOCK = new Set(['P', 'UL', 'OL', 'TABLE'])
const INLINE = new Set(['B', 'STRONG', 'I', 'EM', 'U', 'BR', 'A'])

function safeHref (href) {
  return /^(https?:\/\/|mailto:|tel:)/i.test(href || '')
}

// Word marks list paragraphs with mso-list styles instead of <ul>/<ol>: turn them into lists.
function wordLists (body) {
  const paras = [...body.querySelectorAll('p')]
  let run = []
  const flush = () => {
    if (!run.length) return
    const rootTag = run[0].numbered ? 'ol' : 'ul'
    const root = document.createElement(rootTag)
    const stack = [{ list: root, level: run[0].level }]
    run[0].p.before(root)
    for (const item of run) {
      while (stack.length > 1 && item.level < stack[stack.length - 1].level) stack.pop()
      let top = stack[stack.length - 1]
      if (item.level > top.level && top.list.lastElementChild) {
        const sub = document.createElement(item.numbered ? 'ol' : 'ul')
        top.list.lastElementChild.append(sub)
        stack.push({ list: sub, level: item.level })
        top = stack[stack.length - 1]
      }
      const li = document.createElement('li')
      li.append(...item.p.childNodes)
      top.list.append(li)
      item.p.remove()
    }
    run = []
  }
  for (const p of paras) {
    const style = p.getAttribute('data-style') || ''
    const m = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style) || (/MsoListParagraph/.test(p.className) ? [null, '1'] : null)
    if (!m) { flush(); continue }
    // The bullet or number Word writes as text in an mso-list:Ignore span.
    let marker = ''
    for (const span of p.querySelectorAll('span')) {
      if (/mso-list:\s*Ignore/i.test(span.getAttribute('data-style') || '')) { marker = span.textContent.trim(); span.remove() }
    }
    const numbered = /^(\d+|[a-z]|[ivx]+)[.)]$/i.test(marker)
    if (run.length && run[run.length - 1].p.nextElementSibling !== p) flush()
    run.push({ p, level: Number(m[1]), numbered })
  }
  flush()
}

function cleanInline (node, out, inLink) {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) { out.append(child.textContent.replace(/\s+/g, ' ')); continue }
    if (child.nodeType !== Node.ELEMENT_NODE) continue
    const tag = child.tagName
    const style = child.getAttribute('data-style') || ''
    if (['SCRIPT', 'STYLE', 'META', 'LINK', 'TITLE', 'XML'].includes(tag)) continue
    if (tag === 'BR') { out.append(document.createElement('br')); continue }
    let wrap = null
    if (tag === 'B' || tag === 'STRONG' || /font-weight:\s*(bold|[6-9]00)/i.test(style)) wrap = document.createElement('b')
    else if (tag === 'I' || tag === 'EM' || /font-style:\s*italic/i.test(style)) wrap = document.createElement('i')
    else if (tag === 'A' && !inLink && safeHref(child.getAttribute('href'))) {
      wrap = document.createElement('a')
      wrap.setAttribute('href', child.getAttribute('href'))
    }
    if (wrap) {
      cleanInline(child, wrap, inLink || tag === 'A')
      if (wrap.textContent.trim() || wrap.tagName === 'A') out.append(wrap)
    } else {
      cleanInline(child, out, inLink)
      if (/^(P|DIV|LI|H[1-6]|TD|TH|TR)$/.test(tag)) out.append(' ')
    }
  }
}

function cleanList (list, depth) {
  const out = document.createElement(list.tagName === 'OL' ? 'ol' : 'ul')
  for (const child of list.children) {
    if (child.tagName !== 'LI') continue
    const li = document.createElement('li')
    for (const part of [...child.childNodes]) {
      if ((part.tagName === 'UL' || part.tagName === 'OL') && depth < 3) {
        const sub = cleanList(part, depth + 1)
        if (sub.children.length) li.append(sub)
      } else {
        const holder = document.createElement('span')
        holder.append(part.cloneNode(true))
        cleanInline(holder, li, false)
      }
    }
    if (li.textContent.trim()) out.append(li)
  }
  return out
}

function cleanTable (table) {
  const out = document.createElement('table')
  for (const tr of table.querySelectorAll('tr')) {
    const row = document.createElement('tr')
    for (const cell of tr.children) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue
      const c = document.createElement(cell.tagName.toLowerCase())
      cleanInline(cell, c, false)
      row.append(c)
    }
    if (row.children.length) out.append(row)
  }
  return out
}

// The subset, from any HTML.
export function cleanHtml (html, blocks) {
  // Word's style attributes say which paragraphs are list items and which spans are bold.
  // They are read as data-style: a style attribute, even in a parsed document that is never
  // shown, is refused (and reported) by the page's Content Security Policy.
  html = html.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ' data-style=$1')
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const body = doc.body
  wordLists(body)
  const out = document.createElement('div')
  if (!blocks) {
    cleanInline(body, out, false)
    return out.innerHTML.trim()
  }
  let para = null
  const walk = (node) => {
    for (const child of [...node.childNodes]) {
      const tag = child.nodeType === Node.ELEMENT_NODE ? child.tagName : ''
      if (tag === 'UL' || tag === 'OL') { para = null; const l = cleanList(child, 1); if (l.children.length) out.append(l); continue }
      if (tag === 'TABLE') { para = null; const t = cleanTable(child); if (t.children.length) out.append(t); continue }
      if (/^(P|H[1-6]|BLOCKQUOTE|LI|PRE)$/.test(tag)) {
        para = null
        const p = document.createElement('p')
        cleanInline(child, p, false)
        if (p.textContent.trim()) out.append(p)
        continue
      }
      if (/^(DIV|SECTION|ARTICLE|BODY|MAIN|CENTER)$/.test(tag)) { para = null; walk(child); para = null; continue }
      if (!para) { para = document.createElement('p') }
      const holder = document.createElement('span')
      holder.append(child.cloneNode(true))
      cleanInline(holder, para, false)
      if (para.textContent.trim() && !para.isConnected) out.append(para)
    }
  }
  walk(body)
  for (const p of out.querySelectorAll('p')) p.innerHTML = p.innerHTML.trim()
  return out.innerHTML
}

function textToHtml (text, blocks) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  if (!blocks) return esc(text.replace(/\s+/g, ' '))
  return text.split(/\r?\n/).filter((l) => l.trim()).map((l) => '<p>' + esc(l.trim()) + '</p>').join('')
}

// Puts cleaned HTML where the caret is. (execCommand('insertHTML') would add inline styles,
// which the page's Content Security Policy refuses.) Blocks replace an empty paragraph, or
// go after the paragraph or list the caret is in.
function insertClean (area, clean) {
  const selection = window.getSelection()
  if (!selection.rangeCount || !area.contains(selection.getRangeAt(0).startContainer)) {
    area.insertAdjacentHTML('beforeend', clean)
    return
  }
  const range = selection.getRangeAt(0)
  range.deleteContents()
  const fragment = range.createContextualFragment(clean)
  const last = fragment.lastChild
  const hasBlocks = [...fragment.childNodes].some((n) => BLOCK.has(n.nodeName))
  let block = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement
  while (block && block.parentElement !== area && block !== area) block = block.parentElement
  if (hasBlocks && block && block !== area) {
    if (!block.textContent.trim()) block.replaceWith(fragment)
    else block.after(fragment)
  } else {
    range.insertNode(fragment)
  }
  if (last) {
    const after = document.createRange()
    after.selectNodeContents(last)
    after.collapse(false)
    selection.removeAllRanges()
    selection.addRange(after)
  }
}

function button (label) {
  const b = document.createElement('button')
  b.type = 'button'
  b.textContent = label
  return b
}

export function enhanceEditors (root) {
  for (const textarea of root.querySelectorAll('textarea[data-rich]')) {
    const group = textarea.closest('.dk-rich')
    if (!group || group.classList.contains('dk-rich--enhanced')) continue
    const blocks = textarea.dataset.rich === 'blocks'
    const label = group.querySelector('label')
    const start = group.querySelector('template.dk-rich-start')
    const format = group.querySelector('input[type=hidden][name$=":format"]')
    const id = textarea.id
    textarea.id = id + '-source'
    label.id = id + '-label'
    label.setAttribute('for', textarea.id)

    const editor = document.createElement('div')
    editor.className = 'dk-editor' + (textarea.classList.contains('govuk-textarea--error') ? ' dk-editor--error' : '')
    const toolbar = document.createElement('div')
    toolbar.className = 'dk-toolbar'
    toolbar.setAttribute('role', 'toolbar')
    toolbar.setAttribute('aria-label', 'Formatting for ' + label.textContent.trim())
    const area = document.createElement('div')
    area.id = id
    area.className = 'dk-editable' + (blocks ? '' : ' dk-editable--inline')
    area.contentEditable = 'true'
    area.setAttribute('role', 'textbox')
    area.setAttribute('aria-multiline', blocks ? 'true' : 'false')
    area.setAttribute('aria-labelledby', label.id)
    if (textarea.getAttribute('aria-describedby')) area.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'))
    area.innerHTML = cleanHtml(start ? start.innerHTML : textToHtml(textarea.value, blocks), blocks) || (blocks ? '<p><br></p>' : '')

    const commands = [['Bold', 'bold'], ['Italic', 'italic']]
    if (blocks) commands.push(['Bulleted list', 'insertUnorderedList'], ['Numbered list', 'insertOrderedList'])
    for (const [words, command] of commands) {
      const b = button(words)
      b.addEventListener('click', () => { area.focus(); document.execCommand(command); sync() })
      toolbar.append(b)
    }
    const link = button('Link')
    link.addEventListener('click', () => {
      const href = window.prompt('Web address of the link (https://…)')
      if (href && safeHref(href)) { area.focus(); document.execCommand('createLink', false, href); sync() }
    })
    toolbar.append(link)

    const sync = () => {
      textarea.value = cleanHtml(area.innerHTML, blocks)
      if (format) format.value = 'html'
      textarea.dispatchEvent(new Event('input', { bubbles: true }))
    }
    area.addEventListener('input', sync)
    area.addEventListener('paste', (event) => {
      const data = event.clipboardData
      if (!data) return
      event.preventDefault()
      const html = data.getData('text/html')
      const clean = html ? cleanHtml(html, blocks) : textToHtml(data.getData('text/plain'), blocks)
      insertClean(area, clean)
      sync()
    })
    if (!blocks) {
      area.addEventListener('keydown', (event) => { if (event.key === 'Enter') event.preventDefault() })
    }
    editor.append(toolbar, area)
    textarea.after(editor)
    group.classList.add('dk-rich--enhanced')
  }
}
