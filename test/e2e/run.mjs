#!/usr/bin/env node
// In-editor tests in a real VS Code: code-server 4.100.3 (VS Code 1.100.3 with the real Node
// extension host) driven by Debian Chromium through playwright-core. The packaged .vsix is
// installed into a fresh extensions folder, as a user would, and the mocha suite in
// test/editor/ runs inside the extension host (`extensionTestsPath`). See
// ../../../shared/editor-testing.md for why this and not @vscode/test-electron.
//
// Usage: npm run test:e2e [-- --grep <text>] [--no-package] [--keep]
//   --grep        run only the editor tests whose full title contains <text>
//   --no-package  reuse postmortem-lint.vsix (skips `npm run package`)
//   --keep        keep the temporary workspace / profile folders (their path is printed)
// Prints a bare `N passed, N failed` line and exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { createRequire } from 'node:module';
import { bundleEditorTests, installedFolder, prepareFolders, root, vsixPath } from './fixture.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const requireE2e = createRequire(join(here, 'package.json'));

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 10 * 60_000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const UI_MARK = 'E2E-UI ';
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (...a) => console.log(`[e2e ${elapsed()}]`, ...a);

let codeServer; // ChildProcess
let context; // playwright BrowserContext
let tmp; // temp root
let finished = false;

async function main() {
  const codeServerBin = join(here, 'node_modules/.bin/code-server');
  if (!existsSync(codeServerBin)) fail('code-server is not installed: run test/e2e/install.sh first');
  if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);

  // 1. The extension as a user gets it, and the suite bundled for the extension host.
  if (!flag('--no-package')) {
    // vsce lists every packaged file: keep that for failures only.
    const out = run('npm', ['run', '--silent', 'package'], { cwd: root, capture: true });
    log(out.trim().split('\n').filter((l) => /DONE|WARNING/.test(l)).join(' | ') || 'packaged');
  }
  if (!existsSync(vsixPath)) fail(`${vsixPath} was not built`);
  const testsIndex = await bundleEditorTests();

  // 2. Throwaway workspace, profile and extensions folder.
  let workspace, userData, extensions;
  ({ tmp, workspace, userData, extensions } = prepareFolders());
  const config = join(tmp, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  const bridge = join(tmp, 'bridge'); // the UI bridge's answers (see runUi)
  mkdirSync(bridge);
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

  // 3. Install the packaged extension into the fresh extensions folder.
  const install = run(codeServerBin, [...common, '--install-extension', vsixPath], { capture: true });
  if (!/successfully installed/i.test(install)) fail(`installing the .vsix failed:\n${install}`);
  const installedDir = installedFolder(extensions);
  if (!installedDir) fail(`the .vsix did not land in ${extensions}`);
  log(`installed ${installedDir}`);

  // 4. code-server on a free loopback port.
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  codeServer = spawn(
    codeServerBin,
    [...common, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--bind-addr', `127.0.0.1:${port}`, workspace],
    { cwd: tmp, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, POSTMORTEM_EDITOR_GREP: option('--grep') ?? '', POSTMORTEM_E2E_BRIDGE: bridge } },
  );
  const serverLog = [];
  for (const s of [codeServer.stdout, codeServer.stderr]) {
    s.setEncoding('utf8');
    s.on('data', (d) => serverLog.push(d));
  }
  codeServer.on('exit', (code, signal) => {
    if (!finished) finish(1, `code-server exited early (${code ?? signal}):\n${serverLog.join('').slice(-4000)}`);
  });
  await waitForHealth(base);
  log(`code-server up on ${base}`);

  // 5. Chromium opens the workbench with the suite as extensionTestsPath. Without an
  // extensionDevelopmentPath the web workbench never starts the tests (tried: it waits forever),
  // so it names the installed copy of the .vsix: the unpacked package, not the repo.
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(join(extensions, installedDir))],
    ['extensionTestsPath', remote(testsIndex)],
  ];
  const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const { chromium } = requireE2e('playwright-core');
  context = await chromium.launchPersistentContext(join(tmp, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());

  const shotsDir = join(root, 'out/e2e-screenshots');
  rmSync(shotsDir, { recursive: true, force: true });
  mkdirSync(shotsDir, { recursive: true });
  const shots = [];
  let uiQueue = Promise.resolve();
  let summary; // the suite's own closing line
  const lines = [];

  const exitCode = new Promise((resolveExit) => {
    page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code) || 0));
  });
  await page.exposeFunction('codeAutomationLog', async (type, logArgs) => {
    const text = Array.isArray(logArgs) ? format(...logArgs) : String(logArgs);
    for (const line of text.split('\n')) {
      if (isNoise(line)) continue;
      lines.push(line);
      const m = /EDITOR-TESTS: (\d+) passed, (\d+) failed/.exec(line);
      if (m) summary = { passed: +m[1], failed: +m[2] };
      const ask = line.indexOf(UI_MARK);
      if (ask >= 0) {
        const rest = line.slice(ask + UI_MARK.length);
        const space = rest.indexOf(' ');
        const id = rest.slice(0, space);
        let steps;
        try {
          steps = JSON.parse(rest.slice(space + 1));
        } catch {
          continue;
        }
        uiQueue = uiQueue.then(() => runUi(page, id, steps, bridge, shotsDir, shots));
        continue;
      }
      if (type === 'error' && !/^\s/.test(line)) console.log(`  [host error] ${line}`);
      else if (/^\s*(ok|FAIL|skip) |^\s{7}|EDITOR-TESTS|^\[editor\]/.test(line)) console.log(line);
    }
  });
  page.on('pageerror', (e) => lines.push(`[page error] ${e.message}`));

  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log('workbench loaded; the suite runs in the extension host');
  const code = await exitCode;
  log(`extension host exited with ${code}`);

  if (!summary) {
    console.log(lines.slice(-60).join('\n'));
    finish(1, 'the editor suite did not report a result');
    return;
  }
  if (shots.length) log(`screenshots in ${shotsDir}: ${shots.map((s) => s.slice(shotsDir.length + 1)).join(', ')}`);
  if (summary.passed + summary.failed === 0) {
    finish(1, 'the editor suite ran no test');
    return;
  }
  // A host that exits non-zero with no failed test (a crash after the suite) still fails the run.
  const failed = summary.failed + (code !== 0 && summary.failed === 0 ? 1 : 0);
  console.log(`${summary.passed} passed, ${failed} failed`);
  finish(failed ? 1 : 0);
}

/**
 * The UI bridge: a test in the extension host logs `E2E-UI <id> <steps>`; the steps run here
 * against the page, and the answer is written to <bridge>/<id>.json, which the test polls.
 * Steps: {wait: selector, state?, timeout?} {type: text} {press: key} {click: selector}
 * {clickIf: selector} (clicks when present, answers whether it was) {widenSidebar: px} (drags
 * the sidebar's edge; negative narrows it) {screenshot: name}
 * {viewRows: view title} {texts: selector} {sleep: ms}.
 */
async function runUi(page, id, steps, bridge, shotsDir, shots) {
  const results = [];
  let answer;
  try {
    for (const step of steps) {
      if ('wait' in step) results.push(!!(await page.waitForSelector(step.wait, { state: step.state ?? 'visible', timeout: step.timeout ?? 15_000 })));
      else if ('type' in step) results.push(await page.keyboard.type(step.type, { delay: 10 }));
      else if ('press' in step) results.push(await page.keyboard.press(step.press));
      else if ('click' in step) results.push(await page.click(step.click));
      else if ('widenSidebar' in step) {
        const edge = await page.evaluate(() => {
          const r = document.getElementById('workbench.parts.sidebar')?.getBoundingClientRect();
          return r && { x: r.right, y: r.top + r.height / 2 };
        });
        if (!edge) throw new Error('no sidebar to widen');
        await page.mouse.move(edge.x, edge.y);
        await page.mouse.down();
        await page.mouse.move(edge.x + step.widenSidebar, edge.y, { steps: 10 });
        await page.mouse.up();
        results.push(true);
      } else if ('clickIf' in step) {
        const el = await page.$(step.clickIf);
        if (el) await el.click();
        results.push(!!el);
      }
      else if ('sleep' in step) results.push(await new Promise((r) => setTimeout(r, step.sleep)));
      else if ('screenshot' in step) {
        const file = join(shotsDir, `${step.screenshot.replace(/[^\w.-]/g, '_')}.png`);
        await page.screenshot({ path: file });
        shots.push(file);
        results.push(file);
      } else if ('texts' in step) {
        results.push(await page.$$eval(step.texts, (els) => els.map((e) => (e.getAttribute('aria-label') || e.textContent || '').trim())));
      } else if ('viewRows' in step) {
        // The rows a view renders, by the view's title: each row's accessible label.
        results.push(
          await page.evaluate((title) => {
            const panes = [...document.querySelectorAll('.pane')];
            const pane = panes.find((p) => p.querySelector('.pane-header')?.textContent?.toLowerCase().includes(title.toLowerCase()));
            if (!pane) return null;
            return [...pane.querySelectorAll('.monaco-list-row')].map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim());
          }, step.viewRows),
        );
      } else throw new Error(`unknown UI step ${JSON.stringify(step)}`);
    }
    answer = { ok: true, results };
  } catch (e) {
    answer = { ok: false, results, error: String(e?.message ?? e).split('\n')[0] };
  }
  writeFileSync(join(bridge, `${id}.json.tmp`), JSON.stringify(answer));
  renameSync(join(bridge, `${id}.json.tmp`), join(bridge, `${id}.json`));
}

/** Marketplace look-ups fail without internet; they are noise, not test output. */
function isNoise(line) {
  return /ENOTFOUND|getaddrinfo|marketplace|gallery|update\.code\.visualstudio|open-vsx|Failed to fetch/i.test(line);
}

function run(cmd, argv, { cwd = root, capture = false } = {}) {
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', stdio: capture ? 'pipe' : 'inherit' });
  if (r.status !== 0) fail(`${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal})${capture ? `:\n${r.stdout}${r.stderr}` : ''}`);
  return capture ? `${r.stdout}${r.stderr}` : '';
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(base) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail('code-server did not become healthy within 60 s');
}

function fail(message) {
  finish(1, message);
  throw new Error(message); // unwinds main(); finish() has already decided the exit
}

let exiting = false;
async function finish(code, message) {
  if (exiting) return;
  exiting = true;
  finished = true;
  if (message) console.error(`e2e: ${message}`);
  if (code !== 0 && message) console.log('0 passed, 1 failed');
  try {
    await context?.close();
  } catch {
    // browser already gone
  }
  if (codeServer && codeServer.exitCode === null) {
    try {
      process.kill(-codeServer.pid, 'SIGTERM'); // its own process group: the server and its extension hosts
    } catch {
      // already gone
    }
  }
  if (tmp && !flag('--keep')) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) log(`kept ${tmp}`);
  log(`done in ${elapsed()}`);
  process.exit(code);
}

const guard = setTimeout(() => finish(1, `timed out after ${TOTAL_TIMEOUT_MS / 1000} s`), TOTAL_TIMEOUT_MS);
guard.unref();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(1, `interrupted (${sig})`));
main().catch((e) => finish(1, e?.stack ?? String(e)));
