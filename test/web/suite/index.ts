// Entry point the *web* extension host loads as `extensionTestsPath` (test/web/run.mjs, under
// @vscode/test-web). The host is a web worker: no Node APIs, no file system, so this suite is
// bundled for the browser with mocha's browser build and speaks to the harness over fetch.
import * as vscode from 'vscode';
import mocha from 'mocha/mocha.js';

/** `npm run test:web -- --grep <text>` (esbuild `define` in run.mjs). */
declare const POSTMORTEM_WEB_GREP: string;

export async function run(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: HostReporter, timeout: 60_000, color: false });
  if (POSTMORTEM_WEB_GREP) mocha.grep(POSTMORTEM_WEB_GREP);
  // The web workbench saves after a second by default: a test's edit would stay in the mounted
  // folder for the next one. The tests revert what they change instead.
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  // Evaluated after setup, so the tdd globals (suite, test, …) exist.
  await import('./extension.web');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}

/** One line per test, then `WEB-TESTS: N passed, N failed`, which run.mjs turns into its summary. */
function HostReporter(runner: Mocha.Runner): void {
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  runner.on('pass', (t) => {
    passed++;
    console.log(`  ok   ${t.fullTitle()} (${t.duration ?? 0} ms)`);
  });
  runner.on('fail', (t, err: Error) => {
    failed++;
    const stack = (err?.stack ?? String(err)).split('\n').slice(0, 12);
    console.log(`  FAIL ${t.fullTitle()}\n${stack.map((l) => `       ${l}`).join('\n')}`);
  });
  runner.on('pending', (t) => console.log(`  skip ${t.fullTitle()}`));
  runner.once('end', () => console.log(`WEB-TESTS: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`));
}
