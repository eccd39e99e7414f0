// The command-line face: `postmortem-lint [--format text|json|sarif] [--fix] [--config FILE] PATH...`
// Exit 0 when no finding is an error, 1 when one is, 2 on bad usage or an unreadable file.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { lint, allRules } from './core/engine';
import { resolveConfig, type ConfigLayer, type ResolvedConfig, type ConfigProblem } from './core/config';
import { detectPostMortem } from './core/detect';
import { fixAll } from './core/fix';
import { LineIndex } from './core/text';
import { ConfigFileError, findConfigFile, listMarkdownFiles, readConfigFile } from './files';
import { toJson } from './report/json';
import { toSarif } from './report/sarif';
import { toText } from './report/text';
import type { FileReport } from './report/types';
import manifest from '../../package.json';

const USAGE = `Usage: postmortem-lint [options] PATH...

Lints blameless post-mortems: blame language, template structure, timeline, action items.
A directory is searched for post-mortems (by the configured globs, front matter or title);
a file named explicitly is always linted.

Options:
  --format text|json|sarif  output format (default: text)
  --fix                     apply the safe, mechanical fixes in place, then report what is left
  --config FILE             use this configuration file instead of the nearest .postmortemrc.json
  --today YYYY-MM-DD        the date that date checks treat as today (default: the real date)
  --quiet                   report errors only
  --list-rules              print every rule id with its category and default severity
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable file.`;

class UsageError extends Error {}

interface Args {
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  config?: string;
  today?: string;
  quiet: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Args | 'help' | 'version' | 'list-rules' {
  const args: Args = { format: 'text', fix: false, quiet: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
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
        return 'list-rules';
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (use text, json or sarif)`);
        args.format = f;
        break;
      }
      case '--fix':
        args.fix = true;
        break;
      case '--quiet':
        args.quiet = true;
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

  // Expand the paths: directories to their post-mortems, files as given.
  const files: string[] = [];
  try {
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
        files.push(p);
        continue;
      }
      for (const f of listMarkdownFiles(p)) {
        const config = configFor(f);
        let text: string;
        try {
          text = readFileSync(f, 'utf8');
        } catch {
          continue; // reported when linted, if it was named; unreadable files in a tree are skipped
        }
        const rel = toPosix(relative(p, f));
        const detection = detectPostMortem(rel, text, config.files);
        if (detection.isPostMortem || (detection.reason === 'none' && detectPostMortem(toPosix(relative(process.cwd(), f)), text, config.files).isPostMortem)) files.push(f);
      }
    }

    const reports: FileReport[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        io.err(`postmortem-lint: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        status = 2;
        continue;
      }
      const config = configFor(file);
      const options = { config, today: args.today };
      if (args.fix) {
        const fixed = fixAll(text, options);
        if (fixed.text !== text) {
          writeFileSync(file, fixed.text);
          text = fixed.text;
        }
      }
      const { model, findings } = lint(text, options);
      const shown = args.quiet ? findings.filter((f) => f.severity === 'error') : findings;
      const { profile, how } = model.template;
      reports.push({ file: toPosix(file), lines: model.lines ?? new LineIndex(text), findings: shown, template: { id: profile.id, name: profile.name, how } });
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
