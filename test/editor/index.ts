// Entry point the extension host loads as `extensionTestsPath` (code-server via test/e2e/run.mjs,
// or desktop VS Code via test/e2e/run-electron.mjs). It runs the *.editor.ts suites with mocha
// inside the host, where the `vscode` API is real. mocha is bundled in by esbuild, so nothing
// is resolved from the workspace at run time.
import Mocha from 'mocha';

/** Suites in the order they run: each is bundled into this file and required lazily. */
function loadSuites(): void {
  require('./smoke.editor');
  // Early, while the workspace holds the examples and the team's post-mortems only (later suites
  // add scratch copies of the examples).
  require('./workspace.editor');
  require('./diagnostics.editor');
  require('./fixes.editor');
  require('./features.editor');
  require('./commands.editor');
  require('./snippets.editor');
  require('./sidebar.editor');
  require('./settings.editor');
  require('./coverage.editor'); // last: checks what the others ran
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: HostReporter as unknown as string });
  const grep = process.env.POSTMORTEM_EDITOR_GREP;
  if (grep) mocha.grep(grep);
  // tdd globals (suite, test, setup, …) must exist before the suites are evaluated.
  mocha.suite.emit('pre-require', globalThis, 'editor-tests', mocha);
  loadSuites();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} editor test(s) failed`)) : resolve()));
  });
}

/**
 * Prints one line per test through console.log (the host forwards it to the harness), then a
 * closing `EDITOR-TESTS: N passed, N failed` line that run.mjs turns into its own summary.
 */
class HostReporter {
  constructor(runner: Mocha.Runner) {
    let passed = 0;
    let failed = 0;
    const started = Date.now();
    runner.on('pass', (t) => {
      passed++;
      console.log(`  ok   ${t.fullTitle()} (${t.duration ?? 0} ms)`);
    });
    runner.on('fail', (t, err: Error) => {
      failed++;
      console.log(`  FAIL ${t.fullTitle()}\n${indent(err?.stack ?? String(err))}`);
    });
    runner.on('pending', (t) => console.log(`  skip ${t.fullTitle()}`));
    runner.once('end', () => {
      console.log(`EDITOR-TESTS: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    });
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .slice(0, 12)
    .map((l) => `       ${l}`)
    .join('\n');
}
