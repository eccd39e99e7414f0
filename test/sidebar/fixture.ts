// A small post-mortem shared by the sidebar tests: two template sections missing, a timeline row
// without Information Available, action items without owner or due date, a follow-up date.
export const FIXTURE = [
  '# Post-Mortem: Checkout latency', // 0
  '**Date**: 2026-11-02  ', // 1
  '**Facilitator**: Dana Lee  ', // 2
  '**Participants**: Sam Patel, Dana Lee  ', // 3
  '**Severity**: High  ', // 4
  '**Duration**: 52 minutes', // 5
  '', // 6
  '## Executive Summary', // 7
  'Checkout latency rose to 8 seconds for 52 minutes, affecting 12% of orders.', // 8
  '', // 9
  '## Timeline of Events', // 10
  '| Time (UTC) | Event | Information Available | Decision/Action Taken |', // 11
  '|---|---|---|---|', // 12
  '| 14:20 | Release 42 deployed | Canary green | Continued rollout |', // 13
  '| 14:23 | Alert fired |  | Sam Patel paged |', // 14
  '| 14:30 | Rollback started | Error rate 15% | Rolled back |', // 15
  '', // 16
  '## Contributing Factors', // 17
  '### Technical Factors', // 18
  '- The canary compared error rates only, not latency.', // 19
  '', // 20
  '## Action Items', // 21
  '| Action | Owner | Due Date | Success Metric | Ticket |', // 22
  '|---|---|---|---|---|', // 23
  '| Add a latency alert on checkout p99 | @sam | 2026-11-20 | Alert fires within 60 s | OPS-1 |', // 24
  '| Add canary analysis for latency \\| p99 |  | 2026-11-25 | Canary blocks a "2x", regression | |', // 25
  '| Document the rollback | @dana | TBD | Runbook reviewed | OPS-3 |', // 26
  '', // 27
  '## Follow-Up Review', // 28
  '**Scheduled for**: 2026-11-30  ', // 29
  '**Focus**: Review action item progress', // 30
  '',
].join('\n');

export const TODAY = '2026-11-23';
