// What the VS Code client sends the server for `postmortem.*`: only explicitly set values (so the
// manifest defaults never mask .postmortemrc.json), nested as the server reads them; and the
// names New Post-Mortem writes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredSettingKeys, explicitSettingsOf, folderSegments, newFileName, slug } from '../../client/src/settings';
import { settingsLayer } from '../../server/src/lsp/settings';
import { resolveConfig } from '../../server/src/core/config';
import { allRules } from '../../server/src/core/engine';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

describe('client settings', () => {
  it('reads every declared postmortem.* key', () => {
    const keys = declaredSettingKeys(manifest);
    assert.equal(keys.length, Object.keys(manifest.contributes.configuration.properties).length);
    assert.ok(keys.includes('rules') && keys.includes('language.allowPhrases') && keys.includes('newPostMortem.folder'));
  });

  it('sends only explicit values, folder over workspace over user, nested', () => {
    const keys = declaredSettingKeys(manifest);
    const inspected: Record<string, { globalValue?: unknown; workspaceValue?: unknown; workspaceFolderValue?: unknown }> = {
      'language.allowPhrases': { globalValue: ['user phrase'], workspaceValue: ['workspace phrase'] },
      'followUp.minDays': { globalValue: 10, workspaceFolderValue: 7 },
      rules: { workspaceValue: { counterfactual: 'off' } },
    };
    const out = explicitSettingsOf(keys, (k) => inspected[k] ?? {});
    assert.deepEqual(out, { language: { allowPhrases: ['workspace phrase'] }, followUp: { minDays: 7 }, rules: { counterfactual: 'off' } });
    // Nothing set: nothing sent (the defaults stay the server's and the rc file's).
    assert.deepEqual(explicitSettingsOf(keys, () => ({})), {});
    // The server takes it without complaint.
    const { config, problems } = resolveConfig([settingsLayer({ ...out, trace: { server: 'verbose' }, newPostMortem: { folder: 'x' } })], new Set(allRules().map((r) => r.id)));
    assert.deepEqual(problems, []);
    assert.equal(config.followUp.minDays, 7);
    assert.deepEqual(config.language.allowPhrases, ['workspace phrase']);
  });

  it('names new post-mortems <date>-<slug>.postmortem.md inside the workspace', () => {
    assert.equal(newFileName('2026-11-01', 'Checkout latency during the Autumn Sale!'), '2026-11-01-checkout-latency-during-the-autumn-sale.postmortem.md');
    assert.equal(newFileName('2026-11-01', 'Café DNS outage', 2), '2026-11-01-cafe-dns-outage-2.postmortem.md');
    assert.equal(slug('!!!'), 'incident');
    assert.ok(slug('x'.repeat(200)).length <= 60);
    assert.deepEqual(folderSegments('../../etc'), ['etc']);
    assert.deepEqual(folderSegments('/abs/postmortems/'), ['abs', 'postmortems']);
    assert.deepEqual(folderSegments('docs\\postmortems'), ['docs', 'postmortems']);
    assert.deepEqual(folderSegments('C:\\x'), ['x']);
  });
});
