// The command-line face:
//   postmortem-lint [--format text|json|sarif] [--fix] [--config FILE] PATH...   lint
//   postmortem-lint actions [--format text|csv|json|markdown] [--overdue] PATH...  action items
//   postmortem-lint patterns [--format text|json|markdown] PATH...                  recurring conditions
// Exit 0 when nothing is wrong, 1 when a finding is an error (lint) or an action item is overdue
// (actions), 2 on bad usage or an unreadable file.
import { readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { lint, allRules, checkedPart, todayIso } from './core/engine';
import { resolveConfig, type ConfigLayer, type ResolvedConfig, type ConfigProblem } from './core/config';
import { detectPostMortem } from './core/detect';
import { fixAll } from './core/fix';
import { buildModel } from './core/model';
import { LineIndex } from './core/text';
import { WorkspaceIndex, indexPostMortem } from './core/workspace';
import { indexedPart } from './core/indexed-part';
import { ConfigFileError, findConfigFile, listMarkdownFiles, readConfigFile } from './files';
import { formatActions, listItems, type ActionsFormat } from './report/actions';
import { toJson } from './report/json';
import { formatPatterns, type PatternsFormat } from './report/patterns';
import { toSarif } from './report/sarif';
import { toText } from './report/text';
import type { FileReport } from './report/types';
import manifest from '../../package.json';

const USAGE = `Usage: postmortem-lint [options] PATH...
       postmortem-lint actions [--format text|csv|json|markdown] [--overdue] [options] PATH...
       postmortem-lint patterns [--format text|json|markdown] [options] PATH...

Lints blameless post-mortems: blame language, template structure, timeline, action items.
A directory is searched for post-mortems (by the configured globs, front matter or title);
a file named explicitly is always read.

  actions   lists every action item of the post-mortems: open, done or overdue, and what it lacks
  patterns  lists the conditions that recur: contributing factors of one kind in two or more
            post-mortems that share terms (services, components), with the terms they share

Options:
  --format FORMAT           output format: text (default), json or sarif; for actions text, csv,
                            json or markdown; for patterns text, json or markdown
  --fix                     apply the safe, mechanical fixes in place, then report what is left
  --overdue                 actions: list only open items past their due date
  --config FILE             use this configuration file instead of the nearest .postmortemrc.json
  --today YYYY-MM-DD        the date that date checks treat as today (default: the real date)
  --quiet                   report errors only
  --list-rules              print every rule id with its category and default severity
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no errors, 1 errors found (actions: an item is overdue), 2 bad usage or
unreadable file.`;

class UsageError extends Error {}

type Command = 'lint' | 'actions' | 'patterns';

const FORMATS: Record<Command, string[]> = {
  lint: ['text', 'json', 'sarif'],
  actions: ['text', 'csv', 'json', 'markdown'],
  patterns: ['text', 'json', 'markdown'],
};

interface Args {
  command: Command;
  format: string;
  fix: boolean;
  config?: string;
  today?: string;
  quiet: boolean;
  overdue: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Args | 'help' | 'version' | 'list-rules' {
  const command: Command = argv[0] === 'actions' || argv[0] === 'patterns' ? argv[0] : 'lint';
  const args: Args = { command, format: 'text', fix: false, quiet: false, overdue: false, paths: [] };
  const only = (flag: string, allowed: Command) => {
    if (command !== allowed) throw new UsageError(command === 'lint' ? `${flag} applies to "postmortem-lint ${allowed}" only` : `${flag} does not apply to "postmortem-lint ${command}"`);
  };
  for (let i = command === 'lint' ? 0 : 1; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--list-rules':
        only(flag, 'lint');
        return 'list-rules';
      case '--format': {
        const f = value();
        const formats = FORMATS[command];
        if (!formats.includes(f)) {
          const list = `${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}`;
          throw new UsageError(`unknown format "${f}"${command === 'lint' ? '' : ` for ${command}`} (use ${list})`);
        }
        args.format = f;
        break;
      }
      case '--fix':
        only(flag, 'lint');
        args.fix = true;
        break;
      case '--quiet':
        only(flag, 'lint');
        args.quiet = true;
        break;
      case '--overdue':
        only(flag, 'actions');
        args.overdue = true;
        break;
      case '--config':
        args.config = value();
        break;
      case '--today': {
        const t = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) throw new UsageError(`--today must be YYYY-MM-DD, not "${t}"`);
        args.today = t;
        break;
      }
      case '--':
        args.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        args.paths.push(a);
    }
  }
  if (!args.paths.length) throw new UsageError('no PATH given');
  return args;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

export function main(argv: string[], io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) }): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(`postmortem-lint: ${(e as Error).message}\nRun postmortem-lint --help for usage.\n`);
    return 2;
  }
  if (args === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  if (args === 'version') {
    io.out(`${manifest.version}\n`);
    return 0;
  }
  const rules = allRules();
  if (args === 'list-rules') {
    for (const r of rules) io.out(`${r.id}\t${r.category}\t${r.defaultSeverity}\t${r.description}\n`);
    return 0;
  }
  const known = new Set(rules.map((r) => r.id));
  let status = 0;
  const warnedConfigs = new Set<string>();

  // Configuration: --config for every file, otherwise the nearest .postmortemrc.json per file.
  const configCache = new Map<string, ResolvedConfig>();
  const reportProblems = (file: string, problems: ConfigProblem[]) => {
    if (warnedConfigs.has(file)) return;
    warnedConfigs.add(file);
    for (const p of problems) io.err(`postmortem-lint: ${file}: ${p.message}\n`);
  };
  const configFor = (file: string): ResolvedConfig => {
    const configFile = args.config ? resolve(args.config) : findConfigFile(dirname(resolve(file)));
    const key = configFile ?? '';
    let config = configCache.get(key);
    if (!config) {
      const layers: ConfigLayer[] = configFile ? [readConfigFile(configFile)] : [];
      const resolved = resolveConfig(layers, known);
      if (configFile) reportProblems(relative(process.cwd(), configFile) || configFile, resolved.problems);
      config = resolved.config;
      configCache.set(key, config);
    }
    return config;
  };

  try {
    // Expand the paths: directories to their post-mortems, files as given; read each once.
    const files: { file: string; text: string }[] = [];
    const seen = new Set<string>();
    const add = (file: string, text: string) => {
      let real: string;
      try {
        real = realpathSync(file);
      } catch {
        real = resolve(file);
      }
      if (seen.has(real)) return;
      seen.add(real);
      files.push({ file: toPosix(file), text });
    };
    for (const p of args.paths) {
      let st;
      try {
        st = statSync(p);
      } catch (e) {
        io.err(`postmortem-lint: cannot read ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}\n`);
        status = 2;
        continue;
      }
      if (!st.isDirectory()) {
        try {
          add(p, readFileSync(p, 'utf8'));
        } catch (e) {
          io.err(`postmortem-lint: cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
          status = 2;
        }
        continue;
      }
      for (const f of listMarkdownFiles(p)) {
        const config = configFor(f);
        let text: string;
        try {
          text = readFileSync(f, 'utf8');
        } catch {
          continue; // unreadable files in a tree are skipped; a file named explicitly is reported
        }
        const rel = toPosix(relative(p, f));
        const detection = detectPostMortem(rel, text, config.files);
        if (detection.isPostMortem || (detection.reason === 'none' && detectPostMortem(toPosix(relative(process.cwd(), f)), text, config.files).isPostMortem)) add(f, text);
      }
    }

    if (args.fix) {
      for (const entry of files) {
        const fixed = fixAll(entry.text, { config: configFor(entry.file), today: args.today });
        if (fixed.text !== entry.text) {
          writeFileSync(entry.file, fixed.text);
          entry.text = fixed.text;
        }
      }
    }

    // The post-mortems as a whole: what actions and patterns list, and what recurring-condition reads.
    const index = new WorkspaceIndex();
    if (args.command !== 'lint' || files.length > 1) {
      for (const { file, text } of files) {
        const config = configFor(file);
        index.set(indexPostMortem(file, file, buildModel(indexedPart(checkedPart(text)), { template: config.template, templates: config.templates }), config));
      }
    }
    const today = args.today ?? todayIso();

    if (args.command === 'actions') {
      const items = listItems(index.documents(), today, args.overdue);
      io.out(formatActions(items, index.size, args.format as ActionsFormat));
      if (status === 0 && items.some((l) => l.state === 'overdue')) status = 1;
      return status;
    }
    if (args.command === 'patterns') {
      io.out(formatPatterns(index.conditions(), index.size, args.format as PatternsFormat));
      return status;
    }

    const reports: FileReport[] = [];
    for (const { file, text } of files) {
      const config = configFor(file);
      const { model, findings } = lint(text, { config, today: args.today, ...(index.size ? { workspace: { index, self: file } } : {}) });
      const shown = args.quiet ? findings.filter((f) => f.severity === 'error') : findings;
      const { profile, how } = model.template;
      reports.push({ file, lines: model.lines ?? new LineIndex(text), findings: shown, template: { id: profile.id, name: profile.name, how } });
      if (findings.some((f) => f.severity === 'error') && status === 0) status = 1;
    }

    const output = args.format === 'json' ? toJson(reports) : args.format === 'sarif' ? toSarif(reports, rules, manifest.version) : toText(reports);
    io.out(output + '\n');
  } catch (e) {
    if (e instanceof ConfigFileError) {
      io.err(`postmortem-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return status;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
