// The manifest and the code agree: every command and view declared in package.json is
// registered in the client source and every registered one is declared; every setting is read
// (by the server's configuration, or by the client for the client-only ones) and every
// configuration key the server reads is a declared setting, with the same default.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { DEFAULT_CONFIG, resolveConfig } from '../../server/src/core/config';
import { allRules } from '../../server/src/core/engine';
import { settingsLayer, CLIENT_ONLY_SETTINGS } from '../../server/src/lsp/settings';
import { ServerCommands } from '../../server/src/lsp/protocol';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const clientFiles = sourceFiles(join(ROOT, 'client', 'src')).map((f) => ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true));

/** String constants in the client: `const X = '...'` and `{ key: '...' }` inside `const X = {...}`. */
const constants = new Map<string, string>();
for (const sf of clientFiles) {
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      let init: ts.Expression = node.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
      if (ts.isStringLiteralLike(init)) constants.set(node.name.text, init.text);
      if (ts.isObjectLiteralExpression(init)) {
        for (const p of init.properties) {
          if (ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer)) constants.set(`${node.name.text}.${p.name.getText(sf)}`, p.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** The resolved first argument of every call to `<something>.<method>(...)`. */
function firstArgsOf(method: string): string[] {
  const out: string[] = [];
  for (const sf of clientFiles) {
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === method && node.arguments[0]) {
        const a = node.arguments[0];
        const value = ts.isStringLiteralLike(a) ? a.text : constants.get(a.getText(sf));
        assert.ok(value, `${sf.fileName}: cannot resolve ${method}(${a.getText(sf)})`);
        out.push(value);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('manifest ↔ code', () => {
  it('every declared command is registered in the client, and every registered command is declared', () => {
    const declared = (manifest.contributes.commands as { command: string; category?: string }[]).map((c) => c.command).sort();
    const registered = [...new Set(firstArgsOf('registerCommand'))].sort();
    assert.deepEqual(registered, declared);
    // The server's own commands are registered by the language client, never declared.
    for (const c of Object.values(ServerCommands)) assert.ok(!declared.includes(c));
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Post-Mortem', c.command);
  });

  it('the language-server commands are declared with their titles', () => {
    const byId = new Map((manifest.contributes.commands as { command: string; title: string }[]).map((c) => [c.command, c.title]));
    assert.equal(byId.get('postmortem.newPostMortem'), 'New Post-Mortem');
    assert.equal(byId.get('postmortem.toggleChecks'), 'Toggle Post-Mortem Checks for This File');
    for (const id of ['postmortem.insertSection', 'postmortem.fixAll', 'postmortem.restartServer']) assert.ok(byId.has(id), id);
  });

  it('menus refer to declared commands and views', () => {
    const commands = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const [menu, entries] of Object.entries(manifest.contributes.menus ?? {})) {
      for (const e of entries as { command?: string }[]) if (e.command) assert.ok(commands.has(e.command), `${menu}: ${e.command}`);
    }
  });

  it('every declared view is created in the client, and every created view is declared', () => {
    const declared = Object.values(manifest.contributes.views ?? {}).flatMap((vs) => (vs as { id: string }[]).map((v) => v.id)).sort();
    const created = [...new Set([...firstArgsOf('createTreeView'), ...firstArgsOf('registerTreeDataProvider'), ...firstArgsOf('registerWebviewViewProvider')])].sort();
    assert.deepEqual(created, declared);
    const containers = new Set(Object.values(manifest.contributes.viewsContainers ?? {}).flatMap((cs) => (cs as { id: string }[]).map((c) => c.id)));
    for (const key of Object.keys(manifest.contributes.views ?? {})) assert.ok(containers.has(key) || ['explorer', 'scm', 'debug', 'test'].includes(key), key);
  });

  const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; type: string | string[]; enum?: string[]; scope?: string; markdownDescription?: string }>;
  const keys = Object.keys(properties);

  it('every setting has a scope and a markdownDescription', () => {
    for (const k of keys) {
      assert.ok(k.startsWith('postmortem.'), k);
      assert.ok(properties[k].scope, `${k} scope`);
      assert.ok(properties[k].markdownDescription, `${k} markdownDescription`);
    }
  });

  const get = (obj: unknown, path: string[]) => path.reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], obj);
  const nest = (path: string[], value: unknown) => path.reduceRight<unknown>((v, p) => ({ [p]: v }), value);
  const ruleId = allRules()[0].id;

  /** A valid value different from the default, per setting type. */
  function otherValue(key: string): unknown {
    const p = properties[key];
    if (key === 'postmortem.rules') return { [ruleId]: 'off' };
    if (key === 'postmortem.language.extraPhrases') return { [ruleId]: ['zz phrase'] };
    if (key === 'postmortem.actions.dueSloDays') return { High: 3 };
    if (key === 'postmortem.severity.aliases') return { SEVX: 'High' };
    if (key === 'postmortem.templates') return { acme: { name: 'ACME', sections: [{ title: 'What happened', role: 'summary' }] } };
    if (p.enum) return p.enum.find((e) => e !== p.default);
    if (p.type === 'boolean') return !p.default;
    if (p.type === 'number') return (p.default as number) + 1;
    if (p.type === 'array') return ['zz-test'];
    throw new Error(`no test value for ${key}`);
  }

  it('every server setting changes the configuration the server lints with; client-only ones are read by the client', () => {
    const clientSource = clientFiles.map((f) => f.text).join('\n');
    for (const key of keys) {
      const path = key.split('.').slice(1);
      if (CLIENT_ONLY_SETTINGS.includes(path[0])) {
        if (key === 'postmortem.trace.server') {
          // vscode-languageclient reads `<client id>.trace.server` itself.
          assert.match(clientSource, /new LanguageClient\('postmortem'/);
        } else assert.ok(clientSource.includes(`'${path.join('.')}'`), `${key} read by the client`);
        continue;
      }
      const value = otherValue(key);
      const { config, problems } = resolveConfig([settingsLayer(nest(path, value))], new Set(allRules().map((r) => r.id)));
      assert.deepEqual(problems, [], key);
      const resolved = get(config, path);
      if (key === 'postmortem.templates') {
        // Templates are read into profiles (validated, with defaults): the one set is there.
        assert.deepEqual((resolved as { id: string; name: string }[]).map((p) => [p.id, p.name]), [['acme', 'ACME']], key);
        continue;
      }
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) assert.deepEqual((resolved as Record<string, unknown>)[k], v, key);
      } else assert.deepEqual(resolved, value, key);
    }
  });

  it('every configuration key the server reads is a declared setting with the same default', () => {
    const leaves = (obj: Record<string, unknown>, prefix: string[] = []): string[][] =>
      Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) && !['dueSloDays', 'aliases', 'extraPhrases'].includes(k) ? leaves(v as Record<string, unknown>, [...prefix, k]) : [[...prefix, k]]));
    for (const path of leaves(DEFAULT_CONFIG as unknown as Record<string, unknown>)) {
      const key = ['postmortem', ...path].join('.');
      assert.ok(properties[key], `${key} is declared`);
      // Aliases are merged over the built-in ones, so the setting's default is "no extras"; the
      // templates setting is an object of id → template, read into a list of profiles (none by default).
      if (key === 'postmortem.templates') assert.deepEqual([properties[key].default, get(DEFAULT_CONFIG, path)], [{}, []], key);
      else if (key !== 'postmortem.severity.aliases') assert.deepEqual(properties[key].default, get(DEFAULT_CONFIG, path), `${key} default`);
    }
  });

  it('activation, entry points, capabilities and packaging fields', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/browser-extension.js');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.virtualWorkspaces);
    assert.equal(manifest.icon, 'images/icon.png');
    assert.ok(statSync(join(ROOT, manifest.icon)).size > 0);
    assert.match(manifest.repository.url, /^https:\/\/github\.com\//);
    assert.equal(manifest.license, 'MIT');
    assert.match(manifest.engines.vscode, /^\^1\.\d+\.0$/);
  });
});
