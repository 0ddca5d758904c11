// make web-check: the web pages opened as people meet them, in Debian's
// headless Chromium (see README.md beside this file).
//
//   node check.mjs WEB_DIR OUT_DIR [--only SUBSTRING]
//
// WEB_DIR holds site/ (codesafety site) and export/ (export --format html,
// named LANG-SCENARIO.html). Screenshots go to OUT_DIR/web-shots, the PDFs
// and their PNG pages to OUT_DIR/web-print. Exits 1 on any problem.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL, fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import axe from 'axe-core';

const LANGS = ['en', 'hi', 'ar'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MAX_BYTES = 48000; // fail above
const TARGET_BYTES = 40000; // warn above
const MIN_PRINT_PX = 18.66; // 14 pt
const PHONE = { width: 360, height: 640, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// PdfReader reads one PDF object: dictionaries, arrays, names, numbers,
// references (as { ref }), strings; it stops before a stream's data.
class PdfReader {
  constructor(s, i) { this.s = s; this.i = i; }
  ws() { for (;;) { const c = this.s[this.i]; if (c === '%') { while (this.i < this.s.length && !/[\r\n]/.test(this.s[this.i])) this.i++; } else if (c !== undefined && /[\0\t\n\f\r ]/.test(c)) this.i++; else return; } }
  value() {
    this.ws();
    const s = this.s;
    if (s.startsWith('<<', this.i)) {
      this.i += 2;
      const d = {};
      for (;;) {
        this.ws();
        if (s.startsWith('>>', this.i)) { this.i += 2; return d; }
        const k = this.value();
        if (typeof k !== 'object' || k.name === undefined) throw new Error('bad key');
        d[k.name] = this.unname(this.value());
      }
    }
    if (s[this.i] === '[') {
      this.i++;
      const a = [];
      for (;;) { this.ws(); if (s[this.i] === ']') { this.i++; return a; } a.push(this.unname(this.value())); }
    }
    if (s[this.i] === '/') { const m = /^\/[^\0\t\n\f\r ()<>[\]{}/%]*/.exec(s.slice(this.i, this.i + 200)); this.i += m[0].length; return { name: m[0].slice(1) }; }
    if (s[this.i] === '(') {
      let depth = 0; const start = this.i;
      for (; this.i < s.length; this.i++) { const c = s[this.i]; if (c === '\\') this.i++; else if (c === '(') depth++; else if (c === ')' && --depth === 0) { this.i++; return s.slice(start + 1, this.i - 1); } }
      throw new Error('bad string');
    }
    if (s[this.i] === '<') { const e = s.indexOf('>', this.i); const v = s.slice(this.i + 1, e); this.i = e + 1; return v; }
    const m = /^(?:(\d+) (\d+) R\b|[-+]?\d*\.?\d+|true\b|false\b|null\b)/.exec(s.slice(this.i, this.i + 40));
    if (!m) throw new Error(`unexpected ${JSON.stringify(s.slice(this.i, this.i + 10))}`);
    this.i += m[0].length;
    if (m[1] !== undefined) return { ref: Number(m[1]) };
    if (m[0] === 'true' || m[0] === 'false') return m[0] === 'true';
    if (m[0] === 'null') return null;
    return Number(m[0]);
  }
  // Names become plain strings once read as values (keys stay names).
  unname(v) { return v && typeof v === 'object' && v.name !== undefined ? v.name : v; }
}

const args = process.argv.slice(2);
let only = '';
if (args.includes('--only')) { only = args[args.indexOf('--only') + 1]; args.splice(args.indexOf('--only'), 2); }
if (args.length !== 2) { console.error('usage: node check.mjs WEB_DIR OUT_DIR [--only SUBSTRING]'); process.exit(2); }
const webDir = path.resolve(args[0]);
const siteDir = path.join(webDir, 'site');
const exportDir = path.join(webDir, 'export');
const shotsDir = path.resolve(args[1], 'web-shots');
const printDir = path.resolve(args[1], 'web-print');

const problems = [];
const warnings = [];
const fail = (page, what) => { problems.push(`${page}: ${what}`); console.log(`  FAIL ${what}`); };
const rel = (f) => path.relative(webDir, f);

// The pages: the top index, every page of en, hi and ar, and the exports.
const pages = [{ file: path.join(siteDir, 'index.html'), lang: 'top', kind: 'site' }];
for (const l of LANGS) {
  for (const f of fs.readdirSync(path.join(siteDir, l)).filter((f) => f.endsWith('.html')).sort()) {
    pages.push({ file: path.join(siteDir, l, f), lang: l, kind: 'site' });
  }
}
const exportNames = fs.readdirSync(exportDir).filter((f) => f.endsWith('.html')).sort();
if (exportNames.length !== 9) problems.push(`export/: ${exportNames.length} exports, want 9`);
for (const f of exportNames) pages.push({ file: path.join(exportDir, f), lang: f.split('-')[0], kind: 'export' });
const checked = pages.filter((p) => rel(p.file).includes(only));
const offline = !only || only === 'offline'; // --only offline: that check alone
const SHOTS = { 'index.html': 'home', 'q-asked.html': 'question', 'asked.html': 'checklist' };

fs.rmSync(shotsDir, { recursive: true, force: true });
fs.rmSync(printDir, { recursive: true, force: true });
fs.mkdirSync(shotsDir, { recursive: true });
fs.mkdirSync(printDir, { recursive: true });

const started = Date.now();
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-check-chromium-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM, ignoreDefaultArgs: true, pipe: true,
  args: [...FLAGS, `--user-data-dir=${userDataDir}`, 'about:blank'],
});
const ids = new Map(); // file -> Set of element ids, for the link check
const links = []; // { page, href }
const sizes = [];
try {
  const page = await browser.newPage();
  await page.setViewport(PHONE);
  // Every request of the page goes through here; what is not the page's own
  // (file:// inside its folder, data:, about:) is refused and reported.
  let current = null;
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (current && !allowed(url, current)) {
      current.requests.push(url);
      req.abort('blockedbyclient').catch(() => {});
    } else {
      if (current && url.endsWith('/sw.js')) current.requests.push(url);
      req.continue().catch(() => {});
    }
  });
  page.on('pageerror', (e) => current && current.errors.push(`script error: ${e.message}`));
  // Console errors count, except Chromium's about the web app manifest,
  // which it cannot read from file:// (origin null): people who open the
  // pages from a folder lose nothing by it; over https it is read.
  page.on('console', (m) => {
    if (!current || m.type() !== 'error') return;
    if (m.text().includes('net::ERR_BLOCKED_BY_CLIENT')) return; // a request refused above, reported as such
    if (m.text().includes('/manifest.webmanifest') || (m.location().url || '').endsWith('/manifest.webmanifest')) return;
    current.errors.push(`console error: ${m.text()}`);
  });
  // A call to serviceWorker.register is recorded (it must not happen on file://).
  await page.evaluateOnNewDocument(() => {
    window.__swRegister = [];
    const c = navigator.serviceWorker;
    if (c) {
      const register = c.register.bind(c);
      c.register = (...a) => { window.__swRegister.push(String(a[0])); return register(...a); };
    }
  });

  for (const p of checked) {
    const name = rel(p.file);
    console.log(`${name}`);
    current = { ...p, requests: [], errors: [] };
    const url = pathToFileURL(p.file).href;
    await page.setViewport(PHONE);
    await page.emulateMediaType(null);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.goto(url, { waitUntil: 'load' });

    // Screenshots, as the page first shows: home, a question and a checklist in
    // each language.
    const base = path.basename(p.file);
    if (p.kind === 'site' && LANGS.includes(p.lang) && SHOTS[base]) {
      const shot = path.join(shotsDir, `${p.lang}-${SHOTS[base]}.png`);
      await page.screenshot({ path: shot });
      console.log(`  screenshot ${path.relative(process.cwd(), shot)}`);
    }

    // Size.
    const size = fs.statSync(p.file).size;
    sizes.push({ name, lang: p.kind === 'export' ? `${p.lang} export` : p.lang, size });
    console.log(`  size ${size} bytes`);
    if (size > MAX_BYTES) fail(name, `${size} bytes, above the limit of ${MAX_BYTES}`);
    else if (size > TARGET_BYTES) warnings.push(`${name}: ${size} bytes, above the target of ${TARGET_BYTES}`);

    // axe-core, with the page as it is (light), then its colours in dark mode.
    await page.evaluate(axe.source);
    const light = await runAxe(page, { type: 'tag', values: AXE_TAGS });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const dark = await runAxe(page, { type: 'rule', values: ['color-contrast'] });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    for (const [mode, vs] of [['', light], [' (dark mode)', dark]]) {
      for (const v of vs) for (const n of v.nodes) fail(name, `axe ${v.id}${mode}: ${n.target} (${v.help})`);
    }

    // What the page holds: ids, links, the service worker, width on a phone.
    const info = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      scripts: document.scripts.length,
      sw: window.__swRegister,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    // On file:// Chromium refuses service workers (getRegistrations throws);
    // where it does not, none may be registered.
    info.swRegistered = await page.evaluate(async () => {
      try { return navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0; } catch { return 0; }
    });
    ids.set(p.file, new Set(info.ids));
    for (const href of info.links) links.push({ page: p.file, href });
    if (info.sw.length) fail(name, `registers a service worker on file:// (${info.sw.join(', ')})`);
    if (info.swRegistered) fail(name, `${info.swRegistered} service worker(s) registered`);
    if (p.kind === 'export' && info.scripts) fail(name, `an export has ${info.scripts} script(s); it should have none`);
    if (info.overflow > 0) fail(name, `scrolls sideways on a 360 px wide phone (${info.overflow} px too wide)`);

    // A tick on a site checklist is kept in this browser (localStorage).
    if (p.kind === 'site' && base === 'asked.html') await checkTickKept(page, url, name);

    // Exports: the print.
    if (p.kind === 'export') await checkPrint(page, p, name);

    // Requests, errors.
    const workers = browser.targets().filter((t) => t.type() === 'service_worker');
    if (workers.length) fail(name, `service worker running: ${workers.map((t) => t.url()).join(', ')}`);
    for (const r of current.requests) fail(name, `requested ${r.length > 120 ? r.slice(0, 120) + '…' : r}`);
    for (const e of current.errors) fail(name, e);
    current = null;
    await page.goto('about:blank');
  }
  await page.close();
  if (offline) await checkOffline(browser);
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

// Every relative link leads to a file, and its #fragment to an id there.
let linkCount = 0;
for (const { page, href } of links) {
  if (/^(https?|tel|mailto):/i.test(href)) continue;
  linkCount++;
  const name = rel(page);
  let u;
  try { u = new URL(href, pathToFileURL(page)); } catch { problems.push(`${name}: link ${href}: not a URL`); continue; }
  if (u.protocol !== 'file:') { problems.push(`${name}: link ${href}: unexpected scheme`); continue; }
  const target = fileURLToPath(u);
  const root = page.startsWith(exportDir + path.sep) ? page : siteDir;
  if (target !== root && !target.startsWith(root + path.sep)) { problems.push(`${name}: link ${href}: leaves ${rel(root)}`); continue; }
  if (!fs.existsSync(target) || !fs.statSync(target).isFile()) { problems.push(`${name}: link ${href}: ${rel(target)} does not exist`); continue; }
  const frag = decodeURIComponent(u.hash.slice(1));
  if (frag && !idsOf(target).has(frag)) problems.push(`${name}: link ${href}: no id "${frag}" in ${rel(target)}`);
}

// Sizes: every page was printed above; the largest per language here.
console.log('\nLargest page per language:');
const groups = [...new Set(sizes.map((s) => s.lang))];
for (const g of groups) {
  const max = sizes.filter((s) => s.lang === g).reduce((a, b) => (b.size > a.size ? b : a));
  console.log(`  ${g.padEnd(10)} ${String(max.size).padStart(6)} bytes  ${max.name}`);
}
for (const w of warnings) console.log(`WARNING ${w}`);
console.log(`\n${checked.length} pages, ${linkCount} relative links${offline ? ', offline' : ''} checked in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`  ${p}`);
}
const failedPages = new Set(problems.map((p) => p.split(':')[0]));
console.log(`web-check: ${checked.length - [...failedPages].filter((f) => checked.some((p) => rel(p.file) === f)).length} passed, ${failedPages.size} failed`);
process.exit(problems.length ? 1 : 0);

// checkOffline serves the site over http://localhost (a secure context, so
// the checklist page registers the service worker), waits until the worker
// is active and controls the page, then closes the server, sets the page
// offline and opens three other pages: each must come from the worker, 200,
// with its h1 and language.
async function checkOffline(browser) {
  const name = 'offline';
  console.log(`${name}: the site over http://localhost, then with no network`);
  const m = /^const FILES = (\[.*\]);$/m.exec(fs.readFileSync(path.join(siteDir, 'sw.js'), 'utf8'));
  const files = m ? JSON.parse(m[1]) : [];
  if (!files.length) { fail(name, 'no FILES in sw.js'); return; }
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png' };
  const server = http.createServer((req, res) => {
    let f;
    try { f = path.join(siteDir, decodeURIComponent(new URL(req.url, 'http://x').pathname)); } catch { f = ''; }
    if (f.endsWith(path.sep)) f = path.join(f, 'index.html');
    if (!f.startsWith(siteDir + path.sep) || !fs.existsSync(f) || !fs.statSync(f).isFile()) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': types[path.extname(f)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(fs.readFileSync(f));
  });
  await new Promise((ok, ko) => { server.once('error', ko); server.listen(0, '127.0.0.1', ok); });
  const port = server.address().port;
  const origin = `http://localhost:${port}`;
  const stop = () => new Promise((ok) => { server.close(() => ok()); server.closeAllConnections(); });
  const page = await browser.newPage();
  const refused = [];
  const errors = [];
  try {
    await page.setViewport(PHONE);
    // As for the other pages, but here the page's own origin is the server.
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('about:')) req.continue().catch(() => {});
      else { refused.push(url); req.abort('blockedbyclient').catch(() => {}); }
    });
    page.on('pageerror', (e) => errors.push(`script error: ${e.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.text().includes('net::ERR_BLOCKED_BY_CLIENT')) errors.push(`console error: ${msg.text()}`);
    });
    // The first visit: the page that lists the languages, nothing else.
    const first = await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    if (!first || first.status() !== 200) { fail(name, `index.html: HTTP ${first && first.status()} from the server`); return; }
    // The worker: installed (every file of FILES stored), active, controlling.
    const t0 = Date.now();
    const sw = await page.evaluate(async (ms) => {
      const end = Date.now() + ms;
      const sleep = () => new Promise((r) => setTimeout(r, 50));
      if (!navigator.serviceWorker) return { error: 'no navigator.serviceWorker' };
      const reg = await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, ms, null))]);
      if (!reg) return { error: `no service worker ready after ${ms / 1000} s` };
      while ((reg.active.state !== 'activated' || !navigator.serviceWorker.controller) && Date.now() < end) await sleep();
      const keys = [];
      for (const n of await caches.keys()) for (const r of await (await caches.open(n)).keys()) keys.push(r.url);
      return { state: reg.active.state, scope: reg.scope, script: reg.active.scriptURL, controlled: !!navigator.serviceWorker.controller, caches: await caches.keys(), keys };
    }, 15000);
    if (sw.error) { fail(name, sw.error); return; }
    const cached = new Set(sw.keys);
    const missing = files.filter((f) => !cached.has(new URL(f, origin + '/').href));
    console.log(`  service worker ${sw.script.slice(origin.length)} ${sw.state}, scope ${sw.scope.slice(origin.length)}, ${sw.controlled ? 'controls the page' : 'does not control the page'}, ` +
      `cache ${sw.caches.join(', ') || '(none)'}: ${files.length - missing.length} of ${files.length} files, in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (sw.state !== 'activated' || !sw.controlled) fail(name, `service worker ${sw.state}, ${sw.controlled ? '' : 'not '}controlling the page`);
    if (sw.scope !== origin + '/') fail(name, `service worker scope ${sw.scope}, want ${origin}/`);
    if (missing.length) fail(name, `${missing.length} of ${files.length} files of sw.js not in the cache (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})`);

    // No network: the server gone, the page offline.
    await stop();
    const down = await fetch(`http://127.0.0.1:${port}/`).then(() => false, () => true);
    if (!down) fail(name, 'the server still answers after closing');
    // With interception on, Chromium gives puppeteer no response for what the
    // worker answers; with no network nothing can leave, and any request
    // elsewhere is still recorded below (interception off: not aborted).
    await page.setRequestInterception(false);
    await page.setOfflineMode(true);
    for (const [p, lang] of [['hi/index.html', 'hi'], ['ar/report.html', 'ar'], ['en/q-asked.html', 'en'], ['en/asked.html', 'en']]) {
      let r;
      try {
        r = await page.goto(`${origin}/${p}`, { waitUntil: 'load', timeout: 10000 });
      } catch (e) { fail(name, `${p} does not open with no network: ${e.message.split('\n')[0]}`); continue; }
      const shown = await page.evaluate(() => ({ h1: (document.querySelector('h1') || {}).textContent || '', lang: document.documentElement.lang }));
      const h1 = shown.h1.trim().replace(/\s+/g, ' ');
      const ok = r && r.status() === 200 && r.fromServiceWorker() && h1 && shown.lang === lang;
      console.log(`  ${ok ? 'ok' : 'FAIL'} with no network: ${p}, HTTP ${r && r.status()}${r && r.fromServiceWorker() ? ' from the service worker' : ''}, lang ${shown.lang}, h1 "${h1.slice(0, 50)}"`);
      if (!r || r.status() !== 200) fail(name, `${p} with no network: HTTP ${r && r.status()}`);
      else if (!r.fromServiceWorker()) fail(name, `${p} with no network: not from the service worker`);
      if (!h1) fail(name, `${p} with no network: no h1`);
      if (shown.lang !== lang) fail(name, `${p} with no network: lang "${shown.lang}", want "${lang}"`);
    }
    for (const u of refused) fail(name, `requested ${u}`);
    for (const e of errors) fail(name, e);
  } finally {
    // Closing the page from Chromium's error page hangs; leave it first.
    await page.goto('about:blank').catch(() => {});
    await page.close();
    if (server.listening) await stop();
  }
}

// allowed says whether the page p may request url: data: and about:, and
// file:// inside its own folder (the site) or the export itself.
function allowed(url, p) {
  if (url.startsWith('data:') || url.startsWith('about:')) return true;
  if (!url.startsWith('file://')) return false;
  let f;
  try { f = fileURLToPath(new URL(url)); } catch { return false; }
  if (p.kind === 'export') return f === p.file;
  return f.startsWith(siteDir + path.sep);
}

function idsOf(file) {
  if (!ids.has(file)) {
    const html = fs.readFileSync(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&#34;|&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'))));
  }
  return ids.get(file);
}

async function runAxe(page, runOnly) {
  return page.evaluate(async (runOnly) => {
    const r = await window.axe.run(document, { runOnly, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' ') })) }));
  }, runOnly);
}

async function checkTickKept(page, url, name) {
  const box = 'section.step input[type=checkbox]';
  const before = await page.$eval(box, (b) => b.checked);
  await page.click(box);
  await page.goto(url, { waitUntil: 'load' });
  const after = await page.$eval(box, (b) => b.checked);
  if (after === before) fail(name, 'a tick is not kept when the page is opened again');
  else console.log('  a tick is kept');
  await page.click(box); // as it was
}

// checkPrint prints an export to PDF and to PNG pages, and checks that its
// text is at least 14 pt and that no step is split across pages.
async function checkPrint(page, p, name) {
  const stem = path.basename(p.file, '.html');
  await page.setViewport({ width: 794, height: 1123, deviceScaleFactor: 1 });
  await page.emulateMediaType('print');
  const dom = await page.evaluate((min) => {
    const small = [];
    let count = 0;
    for (const root of document.querySelectorAll('main, footer')) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) continue;
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        count++;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < min) small.push(`${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} "${el.textContent.trim().slice(0, 40)}" ${px.toFixed(2)} px`);
      }
    }
    const steps = [...document.querySelectorAll('section.step')].filter((s) => s.checkVisibility())
      .map((s) => ({ id: s.id, title: s.querySelector('h3').textContent.trim(), ticked: s.querySelector('input[type=checkbox]').checked }));
    return { small, count, steps };
  }, MIN_PRINT_PX);
  if (dom.count === 0) fail(name, 'print: no text found in main and footer');
  for (const s of dom.small.slice(0, 5)) fail(name, `print: text below 14 pt: ${s}`);
  if (dom.small.length > 5) fail(name, `print: text below 14 pt in ${dom.small.length - 5} more elements`);

  const pdfFile = path.join(printDir, `${stem}.pdf`);
  await page.pdf({ path: pdfFile, format: 'A4', printBackground: true, tagged: true });
  await page.emulateMediaType(null);
  execFileSync('pdftoppm', ['-r', '60', '-png', pdfFile, path.join(printDir, stem)]);

  // The PDF is tagged: each step is the structure element that holds an H3
  // holding the check box (a Form); the pages its marked content is on are
  // where it was printed. Both sides are checked against each other: the
  // number of steps, and which check boxes are ticked, in order.
  let pageCount, steps;
  try {
    ({ pages: pageCount, steps } = pdfSteps(fs.readFileSync(pdfFile)));
  } catch (e) {
    fail(name, `print: cannot read the steps from ${path.basename(pdfFile)}: ${e.message}`);
    return;
  }
  const ticks = (xs) => xs.map((s) => (s.ticked ? 'x' : '-')).join('');
  if (steps.length !== dom.steps.length || ticks(steps) !== ticks(dom.steps)) {
    fail(name, `print: the PDF's steps (${steps.length}, ticks ${ticks(steps)}) are not the page's (${dom.steps.length}, ticks ${ticks(dom.steps)})`);
    return;
  }
  let split = 0;
  dom.steps.forEach((s, i) => {
    const on = steps[i].pages;
    if (on.length !== 1) { split++; fail(name, `print: step "${s.title}" (${s.id}) is split across PDF pages ${on.join(', ')}`); }
  });
  console.log(`  print: ${pageCount} A4 pages, ${dom.count} text elements at 14 pt or more, ${dom.steps.length} steps, ${split} split`);
}

// pdfSteps reads Chromium's tagged PDF (plain objects, no object streams):
// the page count, and for each step, in document order, the pages (1-based)
// it has content on and whether its check box is ticked.
function pdfSteps(buf) {
  const s = buf.toString('latin1');
  // The objects, found through the cross-reference table.
  const objs = new Map();
  const xref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(s)[1]);
  const table = /^xref\s+0 (\d+)\s+/.exec(s.slice(xref, xref + 40));
  if (!table) throw new Error('no classic cross-reference table');
  for (let num = 1; num < Number(table[1]); num++) {
    const entry = s.slice(xref + table[0].length + 20 * num, xref + table[0].length + 20 * num + 18);
    if (!entry.endsWith(' n')) continue;
    const at = Number(entry.slice(0, 10));
    const head = new RegExp(`^${num} 0 obj\\s*`).exec(s.slice(at, at + 30));
    if (!head) throw new Error(`object ${num} is not at ${at}`);
    try { objs.set(num, new PdfReader(s, at + head[0].length).value()); } catch { /* not one we need */ }
  }
  const get = (v) => (v && v.ref !== undefined ? objs.get(v.ref) : v);
  const trailerRoot = [...s.matchAll(/\/Root (\d+) 0 R/g)].pop();
  const catalog = objs.get(Number(trailerRoot[1]));
  const pageNums = new Map();
  const walk = (node) => {
    const n = get(node);
    if (n.Type === 'Pages') n.Kids.forEach(walk);
    else pageNums.set(node.ref, pageNums.size + 1);
  };
  walk(catalog.Pages);
  const kids = (e) => (e.K === undefined ? [] : Array.isArray(e.K) ? e.K : [e.K]);
  const pagesOf = (e, pg, out) => {
    const here = e.Pg ? e.Pg.ref : pg;
    for (const k of kids(e)) {
      if (typeof k === 'number') out.add(pageNums.get(here));
      else if (k.ref !== undefined) { const c = get(k); if (c && c.Type === 'StructElem') pagesOf(c, here, out); }
      else if (k.Type === 'MCR' || k.MCID !== undefined) out.add(pageNums.get(k.Pg ? k.Pg.ref : here));
      else if (k.Type === 'OBJR' && k.Pg) out.add(pageNums.get(k.Pg.ref));
    }
    return out;
  };
  const childElems = (e) => kids(e).filter((k) => k.ref !== undefined).map(get).filter((c) => c && c.Type === 'StructElem');
  const find = (e, S) => (e.S === S ? [e] : childElems(e).flatMap((c) => find(c, S)));
  const steps = [];
  const visit = (e) => {
    const h3 = childElems(e).find((c) => c.S === 'H3' && find(c, 'Form').length);
    if (h3) {
      const form = find(h3, 'Form')[0];
      const attrs = form.A === undefined ? [] : Array.isArray(form.A) ? form.A : [form.A];
      steps.push({ pages: [...pagesOf(e, undefined, new Set())].filter(Boolean).sort((a, b) => a - b), ticked: attrs.some((a) => a.checked === 'on') });
      return;
    }
    childElems(e).forEach(visit);
  };
  const root = get(catalog.StructTreeRoot);
  if (!root) throw new Error('the PDF is not tagged');
  childElems(root).forEach(visit);
  return { pages: pageNums.size, steps };
}
