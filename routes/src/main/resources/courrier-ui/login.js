'use strict';

(async () => {
  await Courrier.loadMessages();
  Courrier.applyMessages(document);
  document.getElementById('language').addEventListener('click', Courrier.switchLanguage);
  const form = document.getElementById('login-form');
  const message = document.getElementById('login-message');
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    message.textContent = '';
    const name = document.getElementById('login-name').value;
    const password = document.getElementById('login-password');
    const r = await fetch('/api/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name, password: password.value }),
    });
    if (r.ok) {
      location.href = '/';
      return;
    }
    password.value = '';
    password.focus();
    if (r.status === 429) {
      message.textContent = Courrier.t('login.wait', r.headers.get('Retry-After') || '?');
    } else {
      message.textContent = Courrier.t('login.failed');
    }
    message.className = 'message error';
  });
})();
