import type { Finding } from '../core/types';
import type { LineIndex } from '../core/text';

/** One linted file, as the CLI reports it. */
export interface FileReport {
  /** The path as the user gave it or as found under a directory argument. */
  file: string;
  lines: LineIndex;
  findings: Finding[];
  /** The template profile the file was checked against, and how it was chosen. */
  template?: { id: string; name: string; how: 'auto' | 'front-matter' | 'config' };
}
