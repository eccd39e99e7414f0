#!/usr/bin/env node
// The same in-host suite as run.mjs, in desktop VS Code through @vscode/test-electron, for
// machines that have (or can download) VS Code. Set VSCODE_EXECUTABLE_PATH to use an installed
// one. Where VS Code can be neither found nor downloaded (as on the project's own machines, which
// reach only the npm registry and Debian's packages), it prints one line saying it was skipped
// and why, and exits 0 without claiming a pass: `npm run test:e2e` runs the suite there.
//
// Usage: npm run test:vscode [-- --grep <text>] [--no-package]
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundleEditorTests, installedFolder, prepareFolders, root, vsixPath } from './fixture.mjs';

const args = process.argv.slice(2);
const grepAt = args.indexOf('--grep');
const testElectron = createRequire(join(root, 'package.json'))('@vscode/test-electron');

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await testElectron.downloadAndUnzipVSCode({ cachePath: join(root, '.vscode-test'), reporter: { report() {}, error() {} } });
  } catch (e) {
    const reason = String(e?.message ?? e).split('\n')[0].replace(/-\s*Resolving version.*$/, '').trim();
    console.log(`test:vscode skipped: VS Code could not be downloaded (${reason}) and VSCODE_EXECUTABLE_PATH is not set; npm run test:e2e runs this suite in code-server`);
    process.exit(0);
  }
}

if (!args.includes('--no-package')) {
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(vsixPath)) {
  console.error(`test:vscode: ${vsixPath} was not built`);
  process.exit(1);
}
const testsIndex = await bundleEditorTests();
const { tmp, workspace, userData, extensions } = prepareFolders();
let code = 1;
try {
  // Install the packaged extension as a user would, then name the installed copy as the
  // development folder (the host only runs extensionTestsPath alongside one).
  const [cli, ...cliArgs] = testElectron.resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true }); // our own profile flags below
  const install = spawnSync(cli, [...cliArgs, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsixPath], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const installed = installedFolder(extensions);
  if (!installed) throw new Error(`installing the .vsix failed:\n${install.stdout}${install.stderr}`);
  code = await testElectron.runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: join(extensions, installed),
    extensionTestsPath: testsIndex,
    extensionTestsEnv: { POSTMORTEM_EDITOR_GREP: grepAt >= 0 ? args[grepAt + 1] : '' },
    launchArgs: [workspace, '--user-data-dir', userData, '--extensions-dir', extensions, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  // runTests rejects with the exit code when a test fails; the suite printed the details.
  console.error(`test:vscode: ${e?.message ?? e}`);
  code = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
