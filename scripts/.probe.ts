import { blameFindings } from './eval-blame';
for (const s of process.argv.slice(2)) { const f = blameFindings(s); console.log(f.length ? f.map((x) => `${x.ruleId}: ${x.phrase}`).join(' | ') : '-', '<=', s); }
