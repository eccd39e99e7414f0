// Gives the heap's unused pages back to the system once the server is quiet (Node only).
//
// A burst of linting (50 documents opened, a workspace re-check) grows V8's old generation to
// 150–200 MB, of which a third is alive afterwards. V8 keeps that size: its memory reducer never
// ran in an idle Node 20 process (measured for 45 s), and a plain full GC frees few pages because
// the survivors are spread over all of them. One full GC with compaction moves the survivors
// together and releases the rest (measured: heap 230 → 88 MB, RSS 300 → 155 MB; the GC takes
// 0.3–0.6 s on a loaded machine, so the server calls this only after a quiet period).
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The GC runs only when the old generation grew by this much since the last one: below that there
 * is little to give back for its pause. (Its "used" size is no guide: it counts garbage until a GC.)
 */
export const MIN_GROWTH_BYTES = 8 * 1024 * 1024;

/**
 * The young generation is shrunk this long after a release. A burst grows it from 1 to 32 MB, and
 * V8 shrinks it only in a GC that finds the allocation rate of the last 5 s low but not zero. The
 * full GC cannot: it counts what the burst allocated since its last minor GC (up to 16 MB) over
 * the quiet time before the release. A minor GC over 5 s later sees only the quiet (measured at 50
 * open post-mortems: RSS 152 → 121 MB). If the user is typing again by then, V8 does not shrink.
 */
export const SHRINK_YOUNG_AFTER_MS = 5500;

let gc: ((options?: { type: 'major' | 'minor' }) => void) | undefined;
let shrinkTimer: ReturnType<typeof setTimeout> | undefined;
/** A few objects allocated before the minor GC, so the allocation rate is not exactly zero. */
let allocated: object[] | undefined;
/** The old generation's size after the last release (0 before the first). */
let releasedTo = 0;

const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!;

/**
 * Runs one compacting full GC when the old generation grew by MIN_GROWTH_BYTES since the last
 * one; returns the bytes of old generation given back (0 when it did not run).
 */
export function releaseMemory(): number {
  const before = oldSpace().space_size;
  if (before < releasedTo + MIN_GROWTH_BYTES) return 0;
  // The gc function without --expose-gc on the command line: a new context gets it once the flag is set.
  if (!gc) setFlagsFromString('--expose-gc');
  gc ??= runInNewContext('gc') as NonNullable<typeof gc>;
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
  clearTimeout(shrinkTimer);
  shrinkTimer = setTimeout(shrinkYoungGeneration, SHRINK_YOUNG_AFTER_MS);
  shrinkTimer.unref();
  releasedTo = oldSpace().space_size;
  return Math.max(0, before - releasedTo);
}

/** V8's rate heuristic may still see the burst (a late timer on a loaded machine): try again a few times. */
const SHRINK_TRIES = 4;
const SHRINK_RETRY_MS = 1000;
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!;

function shrinkYoungGeneration(tries = SHRINK_TRIES): void {
  const before = newSpace().space_size;
  allocated = Array.from({ length: 256 }, () => ({}));
  gc?.({ type: 'minor' });
  allocated = undefined;
  if (tries > 1 && newSpace().space_size >= before && before > 4 * 1024 * 1024) {
    shrinkTimer = setTimeout(() => shrinkYoungGeneration(tries - 1), SHRINK_RETRY_MS);
    shrinkTimer.unref();
  }
}
