import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mainText } from '../src/html/main-content.ts';

const JOB_TEXT =
  'We are hiring a backend engineer to build our payments API in TypeScript and PostgreSQL. '.repeat(4);

test('main content wins; site header, nav, footer, aside, forms and cookie banners are dropped', () => {
  const html = `<html><body>
    <header><a href="/">Acme</a><nav><a>Jobs</a><a>About</a></nav></header>
    <div id="onetrust-consent-sdk">We use cookies. Accept all?</div>
    <div class="cookie-banner">Cookies help us</div>
    <aside>Related jobs: Sales Manager</aside>
    <main>
      <article><header><h1>Backend Engineer</h1></header><p>${JOB_TEXT}</p>
        <form><label>Your email</label><input name="email"></form>
      </article>
    </main>
    <footer>© Acme 2026 · Privacy</footer>
    <script>window.tracking = 1</script>
  </body></html>`;
  const text = mainText(html);
  assert.ok(text.startsWith('Backend Engineer\n'), text);
  assert.ok(text.includes('payments API in TypeScript'));
  for (const noise of [
    'Acme\n',
    'About',
    'cookies',
    'Cookies',
    'Related jobs',
    'Your email',
    '©',
    'tracking',
  ]) {
    assert.ok(!text.includes(noise), `"${noise}" should be gone: ${text}`);
  }
});

test('a job-description container is preferred over a larger main', () => {
  const html = `<html><body><main>
      <div class="hero">${'Life at Acme is great. '.repeat(30)}</div>
      <div class="job-description"><h2>About the role</h2><p>${JOB_TEXT}</p></div>
    </main></body></html>`;
  const text = mainText(html);
  assert.ok(text.startsWith('About the role'), text);
  assert.ok(!text.includes('Life at Acme'));
});

test('without any content container the body text is used', () => {
  const html = `<html><body><nav>Menu</nav><div><h1>Data Engineer</h1><p>${JOB_TEXT}</p></div></body></html>`;
  const text = mainText(html);
  assert.ok(text.startsWith('Data Engineer'));
  assert.ok(!text.includes('Menu'));
});

test('an empty or script-only page gives empty text', () => {
  assert.equal(mainText(''), '');
  assert.equal(mainText('<html><body><div id="root"></div><script>render()</script></body></html>'), '');
});
