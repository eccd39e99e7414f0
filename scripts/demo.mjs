// `npm start`: lints the bundled example post-mortems as a demo. The linter exits 1 because the
// examples contain blame language on purpose; that is the demo working, not a failed start.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['dist/cli.js', 'examples'], { stdio: 'inherit' });
if (r.status === 2 || r.status === null) process.exit(r.status ?? 1);
console.log(`\nDemo done: postmortem-lint exited ${r.status} (${r.status === 1 ? 'the examples contain errors on purpose' : 'no errors'}).`);
console.log('Try: node dist/cli.js --format json examples/queue-backlog.postmortem.md');
