// Words that mark a detection or impact event: a timeline that starts with one has no lead-up.
export const DETECTION_PHRASES: string[] = [
  'alert',
  'alerts',
  'alerted',
  'alerting',
  'alarm',
  'alarms',
  // Not bare "page"/"pages": "landing page deployed" is a lead-up.
  'paged',
  'pages the',
  'pages on-call',
  'paging',
  'fired',
  'fires',
  'firing',
  'customers report',
  'customers reported',
  'customer reports',
  'customer reported',
  'users report',
  'users reported',
  'error rate',
  'outage',
  'incident declared',
  'declares an incident',
  'declared an incident',
  'detected',
];

/**
 * Words of a change that starts an incident. A first row that has one besides a detection word
 * ("the bump PR is merged, triggering a deploy. Outage begins.") starts with the trigger.
 */
export const TRIGGER_PHRASES: string[] = [
  'merged',
  'deployed',
  'deploy',
  'deploying',
  'rolled out',
  'rollout',
  'pushed',
  'released',
  'upgraded',
  'migrated',
  'expired',
  'became',
  'applied',
  'changed',
];
