// Courrier review screen: the queue and the letter view. Plain JavaScript, no build step, no library.
// Every text that comes from a letter is set with textContent or an input's value: never parsed as markup.
'use strict';

(() => {
  const { t, api } = Courrier;
  const $ = (id) => document.getElementById(id);

  // The fields in the order the cursor goes through them; object fields have parts, each its own input.
  const FIELDS = [
    { name: 'sender' },
    { name: 'reference' },
    { name: 'date' },
    { name: 'recipient', parts: ['name', 'title', 'organisation'] },
    { name: 'subject' },
    { name: 'copies', list: true },
    { name: 'signatory', parts: ['name', 'title'] },
    { name: 'theirReference' },
    { name: 'place' },
  ];
  const MISSION = ['sender', 'reference', 'date', 'recipient', 'subject', 'copies'];
  const SURE = 0.9;
  const ZOOMS = [0.15, 0.2, 0.25, 0.33, 0.4, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2];

  const state = {
    me: null,
    queue: [],
    selected: 0,
    letter: null, // {id, revision, record}
    edits: {}, // field -> value being typed
    confirmed: new Set(),
    page: 1,
    pageScale: 1, // image pixels per evidence pixel of the page shown
    pageUrl: null, // the object URL of the page shown
    pageWanted: null, // the letter/page asked for last
    zoom: null,
    focusField: null,
    drawing: null,
    notice: null, // a message to show once the next view is open
  };

  function say(text, kind) {
    const m = $('message');
    m.textContent = text || '';
    m.className = 'message' + (kind ? ' ' + kind : '');
  }

  function confidenceClass(c) {
    if (c >= SURE) return 'ok';
    if (c >= 0.6) return 'doubt';
    return 'low';
  }

  // ---- queue ----------------------------------------------------------------------------------------------

  async function loadQueue() {
    const r = await api('GET', '/api/letters?sort=queue&limit=200');
    if (r.status !== 200) {
      say(t('error.generic', r.body && r.body.message), 'error');
      return;
    }
    state.queue = r.body.items || [];
    const c = r.body.counts || {};
    $('counts').textContent = t('queue.counts', c.NEEDS_REVIEW || 0, c.AUTO_ACCEPTED || 0, c.REVIEWED || 0);
  }

  function renderQueue() {
    const body = $('queue').querySelector('tbody');
    body.replaceChildren();
    state.queue.forEach((item, i) => {
      const tr = document.createElement('tr');
      tr.dataset.id = item.id;
      const status = document.createElement('span');
      status.className = 'status ' + item.status;
      status.textContent = t('status.' + item.status);
      const cells = [status, shortTime(item.receivedAt), item.fileName, item.sender || '', item.subject || ''];
      for (const c of cells) {
        const td = document.createElement('td');
        if (c instanceof Node) td.append(c);
        else td.textContent = c;
        tr.append(td);
      }
      if (i === state.selected) tr.classList.add('selected');
      tr.addEventListener('click', () => openLetter(item.id));
      body.append(tr);
    });
    $('queue-empty').hidden = state.queue.length > 0;
  }

  function shortTime(iso) {
    return iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, '') : '';
  }

  async function showQueue() {
    $('letter-view').hidden = true;
    $('queue-view').hidden = false;
    state.letter = null;
    if (state.notice) {
      say(state.notice.text, state.notice.kind);
      state.notice = null;
    }
    await loadQueue();
    state.selected = Math.min(state.selected, Math.max(0, state.queue.length - 1));
    renderQueue();
  }

  function moveSelection(by) {
    if (!state.queue.length) return;
    state.selected = Math.max(0, Math.min(state.queue.length - 1, state.selected + by));
    renderQueue();
    const row = $('queue').querySelector('tr.selected');
    if (row) row.scrollIntoView({ block: 'nearest' });
  }

  // ---- letter ---------------------------------------------------------------------------------------------

  async function openLetter(id) {
    if (location.hash !== '#/letters/' + id) {
      location.hash = '#/letters/' + id;
      return; // the hashchange handler opens it
    }
    const r = await api('GET', '/api/letters/' + encodeURIComponent(id));
    if (r.status !== 200) {
      say(t('error.generic', r.body && r.body.message), 'error');
      return;
    }
    state.letter = { id: r.body.id, revision: r.body.revision, record: r.body.record, status: r.body.status };
    state.edits = {};
    state.confirmed = new Set();
    state.page = 1;
    state.zoom = null;
    say(state.notice ? state.notice.text : '', state.notice ? state.notice.kind : undefined);
    state.notice = null;
    $('queue-view').hidden = true;
    $('letter-view').hidden = false;
    $('file-name').textContent = r.body.fileName || '';
    renderFields();
    renderHistory(r.body.revisions || []);
    loadAudit();
    await showPage(1);
    const first = firstDoubtful();
    focusField(first || FIELDS[0].name);
  }

  function field(name) {
    const f = state.letter.record.fields || {};
    return f[name] || { value: null, confidence: 0, evidence: [] };
  }

  // The fields the record says need a look: those named in review.reasons, else mission fields under 0.9.
  function doubtful(name) {
    const reasons = (state.letter.record.review && state.letter.record.review.reasons) || [];
    if (reasons.some((r) => String(r).split(':')[0].trim() === name)) return true;
    if (state.letter.record.review && state.letter.record.review.status !== 'NEEDS_REVIEW') return false;
    return MISSION.includes(name) && (field(name).confidence || 0) < SURE
      && !((field(name).absentConfidence || 0) >= SURE);
  }

  function firstDoubtful() {
    const d = FIELDS.find((f) => doubtful(f.name) && !state.confirmed.has(f.name));
    return d ? d.name : null;
  }

  function canWrite() {
    return state.me && (state.me.role === 'reviewer' || state.me.role === 'admin');
  }

  function renderFields() {
    const form = $('fields');
    form.replaceChildren();
    for (const spec of FIELDS) {
      const f = field(spec.name);
      const box = document.createElement('div');
      box.className = 'field ' + confidenceClass(f.confidence || 0) + (doubtful(spec.name) ? ' doubtful' : '');
      box.dataset.field = spec.name;
      const head = document.createElement('div');
      head.className = 'field-head';
      const label = document.createElement('span');
      label.textContent = t('field.' + spec.name);
      const conf = document.createElement('span');
      conf.className = 'conf';
      conf.textContent = t('letter.confidence', Math.round((f.confidence || 0) * 100) + ' %');
      const st = document.createElement('span');
      st.className = 'state';
      head.append(label, st, conf);
      box.append(head);
      const inputs = [];
      if (spec.parts) {
        const v = f.value || {};
        for (const part of spec.parts) {
          const l = document.createElement('label');
          l.textContent = t('part.' + part);
          const input = document.createElement('input');
          input.value = v[part] == null ? '' : String(v[part]);
          input.dataset.part = part;
          input.setAttribute('aria-label', t('field.' + spec.name) + ' ' + t('part.' + part));
          l.append(input);
          box.append(l);
          inputs.push(input);
        }
      } else {
        const input = document.createElement('input');
        if (spec.list) {
          input.value = (Array.isArray(f.value) ? f.value : []).join('; ');
          input.placeholder = t('letter.copiesHint');
        } else {
          input.value = f.value == null ? '' : String(f.value);
        }
        input.setAttribute('aria-label', t('field.' + spec.name));
        box.append(input);
        inputs.push(input);
      }
      for (const input of inputs) {
        input.name = spec.name + (input.dataset.part ? '.' + input.dataset.part : '');
        input.readOnly = !canWrite();
        input.addEventListener('focus', () => setCurrent(spec.name));
        input.addEventListener('input', () => {
          state.edits[spec.name] = readValue(spec);
          state.confirmed.delete(spec.name);
          markState(spec.name);
        });
      }
      form.append(box);
    }
    if (!canWrite()) say(t('letter.readOnly'));
  }

  function readValue(spec) {
    const box = $('fields').querySelector('[data-field="' + spec.name + '"]');
    if (spec.parts) {
      const v = Object.assign({}, field(spec.name).value || {});
      box.querySelectorAll('input').forEach((i) => {
        v[i.dataset.part] = i.value.trim() === '' ? null : i.value.trim();
      });
      return v;
    }
    const text = box.querySelector('input').value.trim();
    if (spec.list) return text === '' ? [] : text.split(';').map((s) => s.trim()).filter((s) => s !== '');
    return text === '' ? null : text;
  }

  function changed(name) {
    return Object.prototype.hasOwnProperty.call(state.edits, name)
      && JSON.stringify(state.edits[name]) !== JSON.stringify(field(name).value === undefined ? null : field(name).value);
  }

  function markState(name) {
    const box = $('fields').querySelector('[data-field="' + name + '"]');
    const st = box.querySelector('.state');
    const parts = [];
    if (changed(name)) parts.push(t('letter.changed'));
    if (state.confirmed.has(name)) parts.push(t('letter.confirmed'));
    st.textContent = parts.join(' · ');
    box.classList.toggle('confirmed', state.confirmed.has(name));
  }

  function setCurrent(name) {
    state.focusField = name;
    $('fields').querySelectorAll('.field').forEach((b) => b.classList.toggle('current', b.dataset.field === name));
    const ev = (field(name).evidence || [])[0];
    if (ev && ev.page && ev.page !== state.page) {
      showPage(ev.page).then(() => scrollToBox(ev.box));
    } else {
      drawBoxes();
      if (ev) scrollToBox(ev.box);
    }
  }

  function focusField(name) {
    const input = $('fields').querySelector('[data-field="' + name + '"] input');
    if (input) {
      input.focus();
      input.select();
    }
  }

  // Enter: the field is right as it stands; go on to the next doubtful field not yet confirmed.
  function confirmCurrent(input) {
    const name = input.name.split('.')[0];
    const box = input.closest('.field');
    const inputs = [...box.querySelectorAll('input')];
    if (inputs.indexOf(input) < inputs.length - 1) {
      inputs[inputs.indexOf(input) + 1].focus();
      return;
    }
    state.confirmed.add(name);
    markState(name);
    const next = firstDoubtful();
    if (next) {
      focusField(next);
    } else {
      const i = FIELDS.findIndex((f) => f.name === name);
      if (i < FIELDS.length - 1) focusField(FIELDS[i + 1].name);
    }
  }

  // The corrections typed in, as {field: new value}.
  function corrections() {
    const out = {};
    for (const spec of FIELDS) {
      if (changed(spec.name)) out[spec.name] = state.edits[spec.name];
    }
    return out;
  }

  function conflict(body) {
    const current = body && body.currentRevision;
    say(t('letter.conflict', current == null ? '?' : current), 'error');
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.id = 'reload';
    reload.textContent = t('letter.reload');
    reload.addEventListener('click', () => openLetter(state.letter.id));
    $('message').append(' ', reload);
  }

  async function approve() {
    if (!state.letter || !canWrite()) return;
    const id = state.letter.id;
    const r = await api('POST', '/api/letters/' + id + '/approve',
      { revision: state.letter.revision, fields: corrections() });
    if (r.status === 409) {
      conflict(r.body);
      return;
    }
    if (r.status >= 300) {
      say(t('error.generic', r.body && r.body.message), 'error');
      return;
    }
    const revision = r.body && r.body.revision;
    await loadQueue();
    const next = state.queue.find((l) => l.status === 'NEEDS_REVIEW' && l.id !== id);
    // shown once the next letter (or the queue) is open
    state.notice = { text: t('letter.approved', revision), kind: 'ok' };
    if (next) {
      await openLetter(next.id);
    } else {
      location.hash = '#/';
    }
  }

  async function reject() {
    if (!state.letter || !canWrite()) return;
    const reason = prompt(t('letter.rejectReason'));
    if (!reason) return;
    const r = await api('POST', '/api/letters/' + state.letter.id + '/reject',
      { revision: state.letter.revision, reason });
    if (r.status === 409) {
      conflict(r.body);
      return;
    }
    if (r.status >= 300) {
      say(t('error.generic', r.body && r.body.message), 'error');
      return;
    }
    state.notice = { text: t('letter.rejected'), kind: 'ok' };
    location.hash = '#/';
  }

  function renderHistory(revisions) {
    const ul = $('history');
    ul.replaceChildren();
    for (const v of revisions) {
      const li = document.createElement('li');
      li.textContent = t('letter.revision', v.revision, v.by, shortTime(v.at)) + (v.note ? ' — ' + v.note : '');
      ul.append(li);
    }
  }

  async function loadAudit() {
    const ul = $('audit');
    ul.replaceChildren();
    const r = await api('GET', '/api/letters/' + state.letter.id + '/audit');
    if (r.status !== 200) return;
    for (const a of r.body || []) {
      const li = document.createElement('li');
      li.textContent = t('letter.auditLine', a.field, a.before == null ? '∅' : a.before,
        a.after == null ? '∅' : a.after, a.by, shortTime(a.at));
      ul.append(li);
    }
  }

  // ---- page image, boxes, zoom, drawing --------------------------------------------------------------------

  function pageCount() {
    const s = state.letter.record.source || {};
    return Math.max(1, s.pageCount || 1);
  }

  // The server sends a wide page at a fraction of its evidence pixels (X-Courrier-Page-Scale image pixels per
  // evidence pixel); the page is laid out in evidence pixels, the ones the boxes and the zoom are measured in.
  async function showPage(n) {
    const img = $('page-image');
    state.page = Math.max(1, Math.min(pageCount(), n));
    $('page-label').textContent = t('letter.page', state.page, pageCount());
    const wanted = state.letter.id + '/' + state.page;
    state.pageWanted = wanted;
    let r;
    try {
      r = await fetch('/api/letters/' + state.letter.id + '/pages/' + state.page, { credentials: 'same-origin' });
    } catch (e) {
      return;
    }
    if (r.status === 401) {
      location.href = '/login';
      return;
    }
    if (!r.ok || state.pageWanted !== wanted) return;
    const scale = Number(r.headers.get('X-Courrier-Page-Scale')) || 1;
    const url = URL.createObjectURL(await r.blob());
    if (state.pageWanted !== wanted) {
      URL.revokeObjectURL(url);
      return;
    }
    await new Promise((resolve) => {
      img.onload = () => {
        if (state.pageUrl) URL.revokeObjectURL(state.pageUrl);
        state.pageUrl = url;
        state.pageScale = scale;
        if (state.zoom === null) fitWidth();
        applyZoom();
        drawBoxes();
        resolve();
      };
      img.onerror = () => resolve();
      img.src = url;
    });
  }

  // the page's size in evidence pixels
  function pageWidth() {
    return $('page-image').naturalWidth / (state.pageScale || 1);
  }

  function pageHeight() {
    return $('page-image').naturalHeight / (state.pageScale || 1);
  }

  function fitWidth() {
    const avail = $('page-scroll').clientWidth - 4;
    const fit = pageWidth() ? avail / pageWidth() : 0.5;
    state.zoom = Math.max(ZOOMS[0], Math.min(ZOOMS[ZOOMS.length - 1], fit));
  }

  function applyZoom() {
    const img = $('page-image');
    img.style.width = Math.round(pageWidth() * state.zoom) + 'px';
    img.style.height = Math.round(pageHeight() * state.zoom) + 'px';
    const svg = $('page-boxes');
    svg.setAttribute('viewBox', '0 0 ' + pageWidth() + ' ' + pageHeight());
    svg.setAttribute('preserveAspectRatio', 'none');
    $('zoom-label').textContent = Math.round(state.zoom * 100) + ' %';
  }

  function zoom(by) {
    const i = ZOOMS.findIndex((z) => z >= state.zoom - 1e-6);
    const next = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (i < 0 ? ZOOMS.length - 1 : i) + by))];
    state.zoom = next;
    applyZoom();
  }

  function rect(box, cls) {
    const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    r.setAttribute('x', Number(box.x) || 0);
    r.setAttribute('y', Number(box.y) || 0);
    r.setAttribute('width', Math.max(1, Number(box.w) || 0));
    r.setAttribute('height', Math.max(1, Number(box.h) || 0));
    r.setAttribute('class', cls);
    return r;
  }

  function drawBoxes() {
    const svg = $('page-boxes');
    svg.replaceChildren();
    if (!state.letter) return;
    for (const spec of FIELDS) {
      const f = field(spec.name);
      for (const ev of f.evidence || []) {
        if (!ev.box || (ev.page || 1) !== state.page) continue;
        const cls = 'evidence ' + confidenceClass(f.confidence || 0) + (spec.name === state.focusField ? ' focused' : '');
        const r = rect(ev.box, cls);
        r.dataset.field = spec.name;
        const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
        title.textContent = t('field.' + spec.name) + ': ' + (ev.text || '');
        r.append(title);
        svg.append(r);
      }
    }
  }

  function scrollToBox(box) {
    if (!box) return;
    const scroller = $('page-scroll');
    scroller.scrollTo({
      left: Math.max(0, box.x * state.zoom - 40),
      top: Math.max(0, box.y * state.zoom - scroller.clientHeight / 3),
    });
  }

  function pagePoint(ev) {
    const r = $('page-image').getBoundingClientRect();
    return { x: (ev.clientX - r.left) / state.zoom, y: (ev.clientY - r.top) / state.zoom };
  }

  function startDrawing(ev) {
    if (ev.button !== 0 || !state.letter || !canWrite()) return;
    ev.preventDefault();
    const p = pagePoint(ev);
    state.drawing = { x0: p.x, y0: p.y, rect: rect({ x: p.x, y: p.y, w: 1, h: 1 }, 'drawing') };
    $('page-boxes').append(state.drawing.rect);
  }

  function drawingBox(ev) {
    const d = state.drawing;
    const p = pagePoint(ev);
    return {
      x: Math.round(Math.min(d.x0, p.x)), y: Math.round(Math.min(d.y0, p.y)),
      w: Math.round(Math.abs(p.x - d.x0)), h: Math.round(Math.abs(p.y - d.y0)),
    };
  }

  function moveDrawing(ev) {
    if (!state.drawing) return;
    const b = drawingBox(ev);
    const r = state.drawing.rect;
    r.setAttribute('x', b.x);
    r.setAttribute('y', b.y);
    r.setAttribute('width', Math.max(1, b.w));
    r.setAttribute('height', Math.max(1, b.h));
  }

  async function endDrawing(ev) {
    if (!state.drawing) return;
    const box = drawingBox(ev);
    state.drawing.rect.remove();
    state.drawing = null;
    if (box.w < 4 || box.h < 4) return;
    const name = state.focusField || FIELDS[0].name;
    say(t('letter.reading'));
    const r = await api('POST', '/api/letters/' + state.letter.id + '/pages/' + state.page + '/read', box);
    if (r.status !== 200) {
      say(t('letter.readFailed', r.body && r.body.message), 'error');
      return;
    }
    say('');
    const spec = FIELDS.find((f) => f.name === name);
    const target = document.activeElement && document.activeElement.closest
      && document.activeElement.closest('[data-field="' + name + '"]')
      ? document.activeElement
      : $('fields').querySelector('[data-field="' + name + '"] input');
    target.value = spec.list ? String(r.body.text || '').split('\n').map((s) => s.trim()).filter(Boolean).join('; ')
      : String(r.body.text || '').replace(/\s*\n\s*/g, ' ').trim();
    state.edits[name] = readValue(spec);
    state.confirmed.delete(name);
    markState(name);
    target.focus();
  }

  // ---- keys -----------------------------------------------------------------------------------------------

  function onKey(ev) {
    const inLetter = !$('letter-view').hidden;
    if (!inLetter) {
      if (ev.key === 'ArrowDown') { moveSelection(1); ev.preventDefault(); }
      else if (ev.key === 'ArrowUp') { moveSelection(-1); ev.preventDefault(); }
      else if (ev.key === 'Enter' && state.queue[state.selected]) {
        ev.preventDefault();
        openLetter(state.queue[state.selected].id);
      }
      return;
    }
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      approve();
    } else if (ev.key === 'Enter' && ev.target.tagName === 'INPUT' && ev.target.closest('#fields')) {
      ev.preventDefault();
      confirmCurrent(ev.target);
    } else if (ev.key === 'Escape') {
      ev.preventDefault();
      location.hash = '#/';
    } else if (ev.altKey && ev.key === 'ArrowRight') {
      ev.preventDefault();
      showPage(state.page + 1);
    } else if (ev.altKey && ev.key === 'ArrowLeft') {
      ev.preventDefault();
      showPage(state.page - 1);
    } else if ((ev.ctrlKey || ev.metaKey) && ev.key === 'ArrowUp') {
      ev.preventDefault();
      zoom(1);
    } else if ((ev.ctrlKey || ev.metaKey) && ev.key === 'ArrowDown') {
      ev.preventDefault();
      zoom(-1);
    }
  }

  function route() {
    const m = location.hash.match(/^#\/letters\/([0-9a-f]{64})$/);
    if (m) openLetter(m[1]);
    else showQueue();
  }

  async function start() {
    await Courrier.loadMessages();
    Courrier.applyMessages(document);
    const me = await api('GET', '/api/session');
    if (me.status !== 200) {
      location.href = '/login';
      return;
    }
    state.me = me.body;
    Courrier.setCsrf(me.body.csrf);
    $('who').textContent = t('app.signedInAs', me.body.name, me.body.role);
    $('language').addEventListener('click', Courrier.switchLanguage);
    $('logout').addEventListener('click', async () => {
      await api('DELETE', '/api/session');
      location.href = '/login';
    });
    $('back').addEventListener('click', () => { location.hash = '#/'; });
    $('page-prev').addEventListener('click', () => showPage(state.page - 1));
    $('page-next').addEventListener('click', () => showPage(state.page + 1));
    $('zoom-in').addEventListener('click', () => zoom(1));
    $('zoom-out').addEventListener('click', () => zoom(-1));
    $('approve').addEventListener('click', approve);
    $('reject').addEventListener('click', reject);
    const frame = $('page-frame');
    frame.addEventListener('mousedown', startDrawing);
    window.addEventListener('mousemove', moveDrawing);
    window.addEventListener('mouseup', endDrawing);
    document.addEventListener('keydown', onKey);
    window.addEventListener('hashchange', route);
    route();
  }

  start();
})();
