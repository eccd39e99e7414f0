// The workspace fixture (test/fixtures/workspace/: nine post-mortems of one team) as an index,
// built the way the CLI builds it: every *.postmortem.md of the folder, keyed by its file name.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { WorkspaceIndex, indexPostMortem } from '../../server/src/core/workspace';

export const WORKSPACE_FIXTURE = join(__dirname, '..', 'fixtures', 'workspace');

export function fixtureFiles(): string[] {
  return readdirSync(WORKSPACE_FIXTURE).filter((f) => f.endsWith('.postmortem.md')).sort();
}

export function fixtureText(file: string): string {
  return readFileSync(join(WORKSPACE_FIXTURE, file), 'utf8');
}

export function fixtureIndex(files = fixtureFiles()): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const f of files) index.set(indexPostMortem(f, f, buildModel(fixtureText(f)), DEFAULT_CONFIG));
  return index;
}
