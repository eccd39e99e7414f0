// Bundles the extension client, the language server (Node and browser worker) and the CLI into
// dist/ with esbuild. The browser bundle is built with platform "browser": if the core ever
// imports a Node API, this build fails, which is how the core stays editor- and runtime-agnostic.
import * as esbuild from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { asciiOnlyWithMap } from './ascii.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// --outdir=DIR builds into another folder (the package test stages a .vsix there, leaving dist/ alone).
const outdir = (process.argv.find((a) => a.startsWith('--outdir=')) ?? '--outdir=dist').slice('--outdir='.length);

// Rewrites each bundle (and its map) as ASCII once esbuild has written it, so that Node holds the
// bundle's source text as a one-byte string; scripts/ascii.mjs says why.
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      const file = build.initialOptions.outfile;
      const code = await readFile(file, 'utf8');
      const map = build.initialOptions.sourcemap ? await readFile(file + '.map', 'utf8') : undefined;
      const ascii = asciiOnlyWithMap(code, map);
      if (ascii.code === code) return;
      await writeFile(file, ascii.code);
      if (map) await writeFile(file + '.map', ascii.map);
    });
  },
};

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Node 20 and the workers' browsers have \p{…} property escapes: keep them as literals, compiled
  // once, instead of esbuild's `new RegExp(…)`, which rebuilds the regex on every call in hot code.
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: [asciiOutput],
};

// The browser bundles run in web workers (the server's worker, the web extension host): the
// "worker" export condition picks worker builds over DOM ones (micromark's entity decoder uses
// `document` in its "browser" build, which does not exist in a worker).
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: outdir + '/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/node.ts'], outfile: outdir + '/server.js', platform: 'node', format: 'cjs', target: 'node18' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: outdir + '/cli.js', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/browser.ts'], outfile: outdir + '/browser-server.js', platform: 'browser', format: 'iife', target: 'es2022', conditions: ['worker'] },
  { ...common, entryPoints: ['client/src/browser.ts'], outfile: outdir + '/browser-extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], conditions: ['worker'] },
];

const existing = [];
for (const b of builds) {
  try {
    await import('node:fs').then((fs) => fs.accessSync(b.entryPoints[0]));
    existing.push(b);
  } catch {
    // Entry points appear as the project grows; a missing one is not a build failure yet.
  }
}

if (watch) {
  for (const b of existing) (await esbuild.context(b)).watch();
} else {
  await Promise.all(existing.map((b) => esbuild.build(b)));
}
