// What both editor runners share: the bundled in-host suite and a throwaway workspace, profile
// and extensions folder. run.mjs (code-server) and run-electron.mjs (desktop VS Code) differ
// only in how they start the editor.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const vsixPath = join(root, 'postmortem-lint.vsix');
export const testsDir = join(root, 'out/editor-tests');
/** The folder name of the installed extension starts with `<publisher>.<name>`. */
export const extensionFolderPrefix = 'blameless-postmortems.postmortem-lint';

/** README text: wording that a post-mortem would be flagged for, in a file that is not one. */
export const README = `# Team runbook

This README is not a post-mortem. John forgot to check the config, obviously: human error.

The linter must leave this file alone even though its wording would be flagged in a post-mortem.
`;

/** Throwaway user settings: no auto-save (web builds save after 1 s), no start page, no network. */
export const USER_SETTINGS = {
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'chat.disableAIFeatures': true,
  // The suites compare the server with the core linting one document; recurring-condition reads
  // the other post-mortems, so it is off here and workspace.editor.ts turns it on.
  'postmortem.rules': { 'recurring-condition': 'off' },
};

/** Bundles test/editor/index.ts (mocha and the suites included) into out/editor-tests/index.js. */
export async function bundleEditorTests() {
  const esbuild = createRequire(join(root, 'package.json'))('esbuild');
  rmSync(testsDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(root, 'test/editor/index.ts')],
    outfile: join(testsDir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    external: ['vscode'],
    loader: { '.md': 'text' }, // the examples' expected-findings checklists
    logLevel: 'warning',
    // mocha's parallel mode resolves worker files at run time; the suite runs serially.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return join(testsDir, 'index.js');
}

/**
 * A temp folder holding `workspace/` (copies of examples/*.postmortem.md under postmortems/, the
 * nine post-mortems of test/fixtures/workspace under postmortems/team/, and a README.md), `data/`
 * (user data with USER_SETTINGS) and an empty `extensions/`.
 */
export function prepareFolders() {
  const tmp = mkdtempSync(join(tmpdir(), 'postmortem-e2e-'));
  const workspace = join(tmp, 'workspace');
  const userData = join(tmp, 'data');
  const extensions = join(tmp, 'extensions');
  mkdirSync(join(workspace, 'postmortems'), { recursive: true });
  for (const name of readdirSync(join(root, 'examples'))) {
    if (name.endsWith('.postmortem.md')) cpSync(join(root, 'examples', name), join(workspace, 'postmortems', name));
  }
  mkdirSync(join(workspace, 'postmortems', 'team'));
  for (const name of readdirSync(join(root, 'test/fixtures/workspace'))) {
    if (name.endsWith('.postmortem.md')) cpSync(join(root, 'test/fixtures/workspace', name), join(workspace, 'postmortems', 'team', name));
  }
  writeFileSync(join(workspace, 'README.md'), README);
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  mkdirSync(extensions);
  return { tmp, workspace, userData, extensions };
}

/** The installed extension's folder name in `extensions`, or undefined. */
export function installedFolder(extensions) {
  return readdirSync(extensions).find((d) => d.startsWith(extensionFolderPrefix));
}
