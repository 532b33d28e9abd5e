// The lab as a student meets it, in a real browser: starts `./kit lab` on a free port (its working copy in
// target/browser/work/), drives Debian's Chromium with playwright-core (no browser download), opens every
// notebook, runs all its cells from the Cell menu, checks what the page shows and saves it; checks what a
// Java user reaches for (Shift-Tab, an input box, Run All stopping at a failing cell); then restarts the
// kernel from the Kernel menu, each restart required to answer. Afterwards the course's notebooks must be
// unchanged, `git status --porcelain` must be what it was, and the saved working copy must hold the outputs.
// Run by ./kit test; exits 1 on any failure, with screenshots in target/browser/.
//
// usage: node tests/browser/lab.mjs [--notebook-dir DIR] [--notebooks A.ipynb,B.ipynb] [--run-cells yes|no]
//                                   [--restarts N] [--starts N] [--features yes|no]
//   --notebook-dir DIR  the course whose working copy the lab serves (default notebooks/)
//   --starts N          also open the first notebook N more times in a fresh page (a new kernel each time)
//   --features no       skip the checks of Shift-Tab, the input box and Run All stopping at an error
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOTS = path.join(ROOT, 'target', 'browser');
const WORK = path.join(SHOTS, 'work');   // the lab's working copy for this run (inside the checkout, git-ignored)
const READY_MS = 30_000;           // a kernel that does not answer within this is a failed start
const CELLS_MS = 20 * 60_000;      // all cells of one notebook
const PAGE_MS = 60_000;            // loading the notebook page itself (before the kernel starts)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function options(argv) {
  const o = { notebookDir: path.join(ROOT, 'notebooks'), notebooks: null, runCells: true, restarts: 20, starts: 0,
              features: true };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === '--notebook-dir') o.notebookDir = path.resolve(value);
    else if (flag === '--notebooks') o.notebooks = value.split(',');
    else if (flag === '--run-cells') o.runCells = value === 'yes';
    else if (flag === '--restarts') o.restarts = Number(value);
    else if (flag === '--starts') o.starts = Number(value);
    else if (flag === '--features') o.features = value === 'yes';
    else usage(`unknown option ${flag}`);
  }
  o.notebooks ??= fs.readdirSync(o.notebookDir).filter(f => f.endsWith('.ipynb')).sort();
  return o;
}

function usage(why) {
  console.error(`lab.mjs: ${why}\nusage: node tests/browser/lab.mjs [--notebook-dir DIR] [--notebooks A,B] [--run-cells yes|no] [--restarts N] [--starts N] [--features yes|no]`);
  process.exit(2);
}

const failures = [];
function fail(what) {
  failures.push(what);
  console.log(`  FAIL ${what}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ./kit lab on a free port, serving a fresh working copy of the course; resolves with its base URL and token
// once Jupyter printed them.
async function startLab(notebookDir) {
  const port = await freePort();
  const log = path.join(SHOTS, 'lab.log');
  const out = fs.openSync(log, 'w');
  fs.rmSync(WORK, { recursive: true, force: true });
  const lab = spawn(path.join(ROOT, 'kit'), ['lab'], {
    env: { ...process.env, KIT_PORT: String(port), KIT_NOTEBOOK_DIR: notebookDir, KIT_WORK_DIR: WORK },
    stdio: ['ignore', out, out], detached: true,
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const text = fs.readFileSync(log, 'utf8');
    const match = text.match(new RegExp(`http://127\\.0\\.0\\.1:${port}/\\S*token=([0-9a-f]+)`));
    if (match) return { lab, base: `http://127.0.0.1:${port}`, token: match[1], log };
    if (lab.exitCode !== null) break;
    await sleep(500);
  }
  stopLab(lab);
  throw new Error(`./kit lab printed no URL with a token on port ${port}; see ${log}`);
}

function stopLab(lab) {
  try { process.kill(-lab.pid, 'SIGTERM'); } catch { /* already gone */ }
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

function digest(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function shot(page, name) {
  const file = path.join(SHOTS, `${name.replace(/[^A-Za-z0-9._-]/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => {});
  console.log(`       screenshot: ${path.relative(ROOT, file)}`);
}

// Opens a notebook in a fresh page and waits until its kernel has answered kernel_info.
async function open(context, lab, notebook) {
  const page = await context.newPage();
  await page.goto(`${lab.base}/notebooks/${encodeURIComponent(notebook)}?token=${lab.token}`);
  await page.waitForFunction(() => window.Jupyter?.notebook?._fully_loaded, null, { timeout: PAGE_MS });
  const began = Date.now(); // the page asks for a kernel once the notebook is loaded
  await page.waitForFunction(() => window.Jupyter?.notebook?.kernel?.info_reply?.status === 'ok',
    null, { timeout: READY_MS });
  return { page, seconds: (Date.now() - began) / 1000 };
}

async function closeKernel(lab, page) {
  const id = await page.evaluate(() => window.Jupyter?.notebook?.kernel?.id).catch(() => null);
  await page.close({ runBeforeUnload: false });
  if (id) await fetch(`${lab.base}/api/kernels/${id}?token=${lab.token}`, { method: 'DELETE' }).catch(() => {});
}

// File → Save (as Ctrl-S does), waiting until Jupyter has written the notebook.
async function save(page) {
  await page.evaluate(() => new Promise((resolve, reject) => {
    window.Jupyter.notebook.events.one('notebook_saved.Notebook', resolve);
    window.Jupyter.notebook.events.one('notebook_save_failed.Notebook', (e, error) => reject(new Error(`save failed: ${error}`)));
    window.Jupyter.notebook.save_notebook();
  }));
}

// Cell → Run All, then waits until every code cell has a number (or an error shows).
async function runAll(page) {
  await page.click('#celllink');
  await page.click('#run_all_cells');
  const deadline = Date.now() + CELLS_MS;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('.cell.code_cell')];
      const done = cells.filter(c => /In\s*\[\d+\]/.test(c.querySelector('.input_prompt')?.textContent ?? ''));
      return { total: cells.length, done: done.length, errors: document.querySelectorAll('.output_error').length,
               busy: window.Jupyter.notebook.kernel_busy };
    });
    if (state.errors > 0 || (state.done === state.total && !state.busy)) return state;
    await sleep(1000);
  }
  return null;
}

// What the page shows after running: errors, images, stray values, maths, table widths.
async function inspect(page) {
  return page.evaluate((uuid) => {
    const re = new RegExp(uuid);
    const out = { errors: [], charts: 0, images: 0, brokenImages: 0, strayIds: 0, rawMath: [], wrapped: [] };
    for (const cell of document.querySelectorAll('.cell.code_cell')) {
      const model = window.Jupyter.notebook.get_cell([...document.querySelectorAll('.cell')].indexOf(cell));
      // a cell that calls display(...) must show what it displays (an image, HTML, Markdown, LaTeX or text)
      if (/\bdisplay\(/.test(model.get_text())) {
        out.charts++;
        if (model.output_area.outputs.some(o => o.output_type === 'display_data')) out.images++;
      }
      for (const e of cell.querySelectorAll('.output_error')) out.errors.push(e.textContent.trim().split('\n')[0]);
      for (const img of cell.querySelectorAll('.output_png img')) {
        if (!(img.complete && img.naturalWidth > 0)) out.brokenImages++;
      }
      // A value that is only an object's identity: a display id, or the stream a printf returns.
      for (const r of cell.querySelectorAll('.output_result pre')) {
        const value = r.textContent.trim();
        if (re.test(value) || /^java\.io\.Print(Stream|Writer)@[0-9a-f]+$/.test(value)) out.strayIds++;
      }
      // A text table (a line with two or more column gaps) must fit on one line of the output area.
      for (const pre of cell.querySelectorAll('.output_text pre')) {
        const rows = pre.textContent.split('\n').filter(line => /\S {2,}\S.*\S {2,}\S/.test(line));
        if (!rows.length) continue;
        const probe = pre.cloneNode(false);
        probe.style.whiteSpace = 'pre';
        probe.style.width = `${pre.clientWidth}px`;
        for (const row of rows) {
          probe.textContent = row;
          pre.parentNode.appendChild(probe);
          const wide = probe.scrollWidth > probe.clientWidth + 1;
          probe.remove();
          if (wide) { out.wrapped.push(row.trim().slice(0, 60)); break; }
        }
      }
    }
    for (const md of document.querySelectorAll('.text_cell_render')) {
      const copy = md.cloneNode(true);
      copy.querySelectorAll('script, .MathJax, .MathJax_Display, .MathJax_Preview, .MathJax_CHTML, mjx-container, code, pre')
        .forEach(e => e.remove());
      const text = copy.textContent;
      const raw = text.match(/[A-Za-z0-9)]\s?[_^]\{[^}]*\}|\\[a-zA-Z]+|⌈[^⌉]*⌉/);
      if (raw) out.rawMath.push(raw[0]);
    }
    return out;
  }, UUID.source);
}

async function runNotebook(context, lab, notebook, runCells) {
  let page;
  try {
    const opened = await open(context, lab, notebook);
    page = opened.page;
    await sleep(1000);
    const dirty = await page.evaluate(() => window.Jupyter.notebook.dirty);
    console.log(`  ${notebook}: kernel answered in ${opened.seconds.toFixed(1)} s${dirty ? ', but the notebook is marked modified' : ''}`);
    if (dirty) {
      fail(`${notebook}: opening it marks it modified (stored metadata differs from what the kernel reports)`);
      await shot(page, `${notebook}-modified`);
    }
    if (!runCells) return opened.seconds;
    const began = Date.now();
    const state = await runAll(page);
    if (!state) {
      fail(`${notebook}: the cells did not finish within ${CELLS_MS / 60000} minutes`);
      await shot(page, `${notebook}-unfinished`);
      return opened.seconds;
    }
    const seen = await inspect(page);
    console.log(`  ${notebook}: ${state.done}/${state.total} code cells ran in ${((Date.now() - began) / 1000).toFixed(0)} s, `
      + `${seen.images} of ${seen.charts} display cell(s) show a display`);
    const problems = [];
    if (seen.errors.length) problems.push(`a cell shows an error: ${seen.errors[0]}`);
    if (state.done !== state.total) problems.push(`${state.total - state.done} code cell(s) did not finish`);
    if (seen.images < seen.charts) problems.push(`${seen.charts - seen.images} display(...) cell(s) show nothing`);
    if (seen.brokenImages) problems.push(`${seen.brokenImages} image(s) do not render`);
    if (seen.strayIds) problems.push(`${seen.strayIds} cell(s) show a stray id or stream as their value`);
    if (seen.rawMath.length) problems.push(`maths shown as raw text (not LaTeX): ${seen.rawMath.join(' · ')}`);
    if (seen.wrapped.length) problems.push(`text wider than the page at 1280 px: "${seen.wrapped[0]}"`);
    for (const p of problems) fail(`${notebook}: ${p}`);
    if (problems.length) await shot(page, notebook);
    // The student's Ctrl-S: the outputs go to the working copy, never to the course.
    await save(page);
    const saved = JSON.parse(fs.readFileSync(path.join(WORK, notebook), 'utf8'));
    if (!saved.cells.some(c => c.cell_type === 'code' && c.outputs?.length)) {
      fail(`${notebook}: saving from the page did not write the outputs to the working copy`);
    }
    return opened.seconds;
  } catch (e) {
    fail(`${notebook}: ${e.message.split('\n')[0]}`);
    if (page) await shot(page, `${notebook}-exception`);
    return null;
  } finally {
    if (page) await closeKernel(lab, page);
  }
}

// A notebook written into the working copy through Jupyter's contents API, one code cell per source.
async function putNotebook(lab, name, sources) {
  const course = JSON.parse(fs.readFileSync(path.join(ROOT, 'notebooks', '00-welcome.ipynb'), 'utf8'));
  const content = {
    cells: sources.map((source, i) => ({ cell_type: 'code', execution_count: null, id: `cell-${i}`, metadata: {},
      outputs: [], source })),
    metadata: course.metadata, nbformat: 4, nbformat_minor: 5,
  };
  const response = await fetch(`${lab.base}/api/contents/${encodeURIComponent(name)}?token=${lab.token}`, {
    method: 'PUT', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'notebook', format: 'json', content }),
  });
  if (!response.ok) throw new Error(`cannot write ${name} into the working copy: HTTP ${response.status}`);
}

// Runs one cell from the page and waits until it has finished (its prompt has a number).
async function runCell(page, index) {
  await page.evaluate(i => window.Jupyter.notebook.execute_cells([i]), index);
  await page.waitForFunction(i => {
    const cell = window.Jupyter.notebook.get_cell(i);
    return !cell.element[0].classList.contains('running') && cell.input_prompt_number > 0;
  }, index, { timeout: CELLS_MS });
}

// What a Java user reaches for in a notebook: Shift-Tab on a JDK method and on the kit's own shows their
// Javadoc; a cell reading System.in opens an input box, and what is typed there is what it reads; Run All
// on a notebook whose third cell fails leaves every later cell unexecuted.
async function features(context, lab) {
  const checks = [];
  const name = 'lab-features-check.ipynb';
  await putNotebook(lab, name, ['%load ../jshell/kit.jsh', 'int m = Math.max', 'byte[] h = Keccak256.hash',
    'System.out.print("Your name? ");\nnew Scanner(System.in).nextLine()']);
  let { page } = await open(context, lab, name);
  try {
    await runCell(page, 0);
    for (const [index, what, expected] of [[1, 'Math.max', 'Returns the greater of two int values.'],
      [2, 'Keccak256.hash', 'Keccak-256 of the concatenation of the given byte arrays']]) {
      await page.evaluate(i => {
        window.Jupyter.notebook.select(i);
        window.Jupyter.notebook.edit_mode();
        const cm = window.Jupyter.notebook.get_cell(i).code_mirror;
        cm.focus();
        cm.setCursor(cm.lineCount() - 1, cm.getLine(cm.lineCount() - 1).length);
      }, index);
      await page.keyboard.press('Shift+Tab');
      const shown = await page.waitForFunction(text => {
        const tip = document.querySelector('#tooltip');
        return tip && tip.offsetParent !== null && tip.textContent.includes(text);
      }, expected, { timeout: READY_MS }).then(() => true, () => false);
      checks.push(`Shift-Tab on ${what}: ${shown ? 'its Javadoc' : 'FAILED'}`);
      if (!shown) {
        fail(`Shift-Tab on ${what} does not show "${expected}"`);
        await shot(page, `shift-tab-${what}`);
      }
      await page.keyboard.press('Escape');
    }
    await page.evaluate(() => window.Jupyter.notebook.execute_cells([3]));
    const box = await page.waitForSelector('input.raw_input', { timeout: READY_MS }).catch(() => null);
    if (box) {
      await box.fill('typed in the page');
      await box.press('Enter');
    }
    const read = box && await page.waitForFunction(() => window.Jupyter.notebook.get_cell(3).output_area.outputs
      .some(o => o.output_type === 'execute_result' && o.data['text/plain'] === '"typed in the page"'),
    null, { timeout: READY_MS }).then(() => true, () => false);
    checks.push(`System.in: ${box ? 'an input box' : 'NO input box'}${read ? ', read what was typed' : ''}`);
    if (!read) {
      fail(box ? 'the cell did not read what was typed in the input box' : 'reading System.in opened no input box');
      await shot(page, 'stdin');
    }
  } finally {
    await closeKernel(lab, page);
  }

  const planted = 'lab-run-all-stops.ipynb';
  await putNotebook(lab, planted, ['%load ../jshell/kit.jsh', 'int ran = 2;',
    'check(1 + 1 == 3, "a planted failure in the third cell");', 'System.out.println("the fourth cell ran");',
    'System.out.println("the fifth cell ran");']);
  ({ page } = await open(context, lab, planted));
  try {
    await runAll(page);
    await page.waitForFunction(() => !window.Jupyter.notebook.kernel_busy
      && document.querySelectorAll('.cell.running').length === 0, null, { timeout: CELLS_MS });
    const cells = await page.evaluate(() => window.Jupyter.notebook.get_cells().map(c => ({
      count: c.input_prompt_number ?? null, outputs: c.output_area.outputs.map(o => o.output_type) })));
    const stopped = cells[0].count > 0 && cells[1].count > 0 && cells[2].outputs.includes('error')
      && cells.slice(3).every(c => !(c.count > 0) && c.outputs.length === 0);
    checks.push(`Run All with a failing third cell: ${stopped ? 'stopped there' : 'did NOT stop'}`);
    if (!stopped) {
      fail(`Run All did not stop at the failing third cell: ${JSON.stringify(cells)}`);
      await shot(page, 'run-all-stops');
    }
  } finally {
    await closeKernel(lab, page);
  }
  console.log(`  lab features: ${checks.join('; ')}`);
}

// `git status --porcelain` of the checkout, or null outside a git checkout.
function gitStatus() {
  try {
    return execFileSync('git', ['-C', ROOT, 'status', '--porcelain'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

// Kernel → Restart (confirmed in the dialog), `restarts` times; each must answer within READY_MS.
async function restarts(context, lab, notebook, count) {
  if (count <= 0) return [];
  const times = [];
  const { page } = await open(context, lab, notebook);
  try {
    await page.evaluate(() => {
      window.__kitReady = 0;
      window.Jupyter.notebook.events.on('kernel_ready.Kernel', () => { window.__kitReady++; });
    });
    for (let i = 1; i <= count; i++) {
      const began = Date.now();
      await page.click('#kernellink');
      await page.click('#restart_kernel');
      await page.click('.modal-dialog .modal-footer button.btn-danger');
      try {
        await page.waitForFunction(n => window.__kitReady >= n, i, { timeout: READY_MS });
        await page.waitForSelector('.modal-dialog', { state: 'detached', timeout: 5000 }).catch(() => {});
        times.push((Date.now() - began) / 1000);
      } catch {
        fail(`restart ${i} of ${notebook} from the page: the kernel did not answer within ${READY_MS / 1000} s`);
        await shot(page, `restart-${i}`);
        break;
      }
    }
  } finally {
    await closeKernel(lab, page);
  }
  return times;
}

function summary(label, times) {
  if (!times.length) return;
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`  ${label}: ${times.length} answered, within ${sorted[0].toFixed(1)}–${sorted.at(-1).toFixed(1)} s, `
    + `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} s`);
}

async function main() {
  const o = options(process.argv.slice(2));
  fs.mkdirSync(SHOTS, { recursive: true });
  const chromiumPath = process.env.KIT_CHROMIUM || '/usr/bin/chromium';
  const before = Object.fromEntries(o.notebooks.map(n => [n, digest(path.join(o.notebookDir, n))]));
  const statusBefore = gitStatus();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kit-chromium-'));
  console.log(`browser test: ${o.notebooks.length} notebook(s) in ${path.relative(ROOT, o.notebookDir) || '.'}, `
    + `${o.restarts} restart(s), Chromium ${chromiumPath}`);
  const lab = await startLab(o.notebookDir);
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath, headless: true, viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const starts = [];
    for (const notebook of o.notebooks) {
      const s = await runNotebook(context, lab, notebook, o.runCells);
      if (s !== null) starts.push(s);
    }
    if (o.features) await features(context, lab);
    for (let i = 0; i < o.starts; i++) {
      const s = await runNotebook(context, lab, o.notebooks[0], false);
      if (s !== null) starts.push(s);
    }
    summary('kernel starts from the page', starts);
    summary('restarts from the page', await restarts(context, lab, o.notebooks[0], o.restarts));
  } catch (e) {
    fail(e.message.split('\n')[0]);
  } finally {
    if (context) await context.close().catch(() => {});
    stopLab(lab.lab);
    fs.rmSync(profile, { recursive: true, force: true });
  }
  for (const n of o.notebooks) {
    if (digest(path.join(o.notebookDir, n)) !== before[n]) fail(`${n}: running it in the lab changed the course's notebook`);
  }
  const statusAfter = gitStatus();
  if (statusBefore !== null && statusAfter !== statusBefore) {
    fail(`running the course in the lab changed what git sees:\n${statusAfter}`);
  } else if (statusBefore !== null) {
    console.log(`  git status --porcelain after running the course: ${statusAfter === '' ? 'empty' : 'as before'}`);
  }
  console.log(`browser test: ${failures.length ? `${failures.length} failure(s)` : 'passed'}`);
  process.exit(failures.length ? 1 : 0);
}

main().catch(e => { console.error(e); process.exit(1); });
