// Courrier review screen: what the login page and the review page share. Plain JavaScript, no build step.
// Every text from a letter or the server is set with textContent, never as markup.
'use strict';

const Courrier = (() => {
  let messages = {};
  let csrf = null;

  function language() {
    const chosen = localStorage.getItem('courrier.lang');
    if (chosen === 'fr' || chosen === 'en') return chosen;
    return (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }

  async function loadMessages() {
    const lang = language();
    const r = await fetch('/ui/messages?lang=' + lang, { credentials: 'same-origin' });
    messages = await r.json();
    document.documentElement.lang = lang;
  }

  // The message `key` with {0}, {1}... replaced by the arguments (as text).
  function t(key, ...args) {
    const text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
    return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined || args[i] === null ? '' : String(args[i])));
  }

  function applyMessages(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
    document.title = t('app.title');
  }

  function switchLanguage() {
    localStorage.setItem('courrier.lang', t('app.languageCode'));
    location.reload();
  }

  function setCsrf(token) { csrf = token; }

  // A JSON request; writes carry the session's CSRF token. Resolves to {status, body, headers}.
  async function api(method, path, body, extraHeaders) {
    const headers = Object.assign({ Accept: 'application/json' }, extraHeaders || {});
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
    const r = await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (r.status === 401) {
      location.href = '/login';
      throw new Error('signed out');
    }
    let parsed = null;
    const type = r.headers.get('Content-Type') || '';
    if (type.includes('json')) parsed = await r.json();
    return { status: r.status, body: parsed, headers: r.headers };
  }

  return { language, loadMessages, t, applyMessages, switchLanguage, setCsrf, api };
})();
