import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isForeignProse } from '../../server/src/core/foreign';
import { findingsOf } from '../helpers/lint';

test('prose in another language is recognised by its function words; English with foreign names is not', () => {
  for (const text of [
    'Le 12 mars, une mise à jour du service a provoqué son arrêt pendant deux heures et nous avons restauré la base.',
    'Am Dienstag war der Login für alle Schulen nicht erreichbar, weil die Datenbank ausgefallen ist.',
    'De server is niet bereikbaar geweest door een storing in het netwerk van onze leverancier.',
    'El servicio no estaba disponible para los usuarios por un error en la base de datos.',
  ]) assert.equal(isForeignProse(text), true, text);
  for (const text of [
    'The deploy at 14:05 took the site down for the whole team, and we rolled back.',
    'We met at the Café de la Paix, where the team had dinner and talked about la vie est belle.',
    'Der Spiegel reported on the outage and the fix, which was applied by the on-call engineer.',
    'Le service est',
  ]) assert.equal(isForeignProse(text), false, text);
});

test('the prose rules leave another language alone: French "son" is "its", not a son', () => {
  const french = '# Post-mortem\n\n## Summary\n\nLe 12 mars, une mise à jour a provoqué son arrêt et les utilisateurs ont perdu leur session pendant une heure.\n';
  assert.deepEqual(findingsOf('inclusive-language', french), []);
  const english = '# Post-mortem\n\n## Summary\n\nThe update stopped the service and his son lost the session for an hour.\n';
  assert.equal(findingsOf('inclusive-language', english).length, 1);
  // A German paragraph with the words of a blame finding in English is not read as English.
  const german = '# Post-mortem\n\n## Summary\n\nDer Admin hat die Datenbank gelöscht, weil er nicht aufgepasst hat und die Sicherung war auch nicht da.\n';
  assert.deepEqual(findingsOf('person-as-failure-subject', german), []);
});
