// Helpers for rule tests: lint a markdown string with a fixed clock and optional config.
import { lint } from '../../server/src/core/engine';
import { resolveConfig, type ConfigLayer } from '../../server/src/core/config';
import { ALL_RULES } from '../../server/src/core/rules/index';
import { applyEdits } from '../../server/src/core/text';
import type { Finding, Fix } from '../../server/src/core/types';

export const TODAY = '2026-11-20';

export function lintMd(markdown: string, options: { config?: ConfigLayer; today?: string } = {}) {
  const { config, problems } = resolveConfig(options.config ? [options.config] : [], new Set(ALL_RULES.map((r) => r.id)));
  if (problems.length) throw new Error(`bad test config: ${problems.map((p) => p.message).join('; ')}`);
  return lint(markdown, { config, today: options.today ?? TODAY });
}

/** Findings of one rule. */
export function findingsOf(ruleId: string, markdown: string, options: { config?: ConfigLayer; today?: string } = {}): Finding[] {
  return lintMd(markdown, options).findings.filter((f) => f.ruleId === ruleId);
}

/** The source text a finding covers. */
export function textOf(markdown: string, f: { start: number; end: number }): string {
  return markdown.slice(f.start, f.end);
}

/** The text each of the rule's findings covers, on a paragraph under a section heading. */
export function spansOf(ruleId: string, paragraph: string, section = 'Contributing Factors'): string[] {
  const markdown = inSection(paragraph, section);
  return findingsOf(ruleId, markdown).map((f) => textOf(markdown, f));
}

export function applyFix(markdown: string, fix: Fix): string {
  return applyEdits(markdown, fix.edits);
}

/** A one-paragraph document in a given template section (default: Contributing Factors). */
export function inSection(paragraph: string, section = 'Contributing Factors'): string {
  return `# Post-Mortem: test\n\n## ${section}\n\n${paragraph}\n`;
}
