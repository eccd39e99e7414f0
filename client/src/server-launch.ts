// How the desktop language server's process is started: read by the client (extension.ts) and by
// the benchmarks (scripts/bench-server.ts), so that what `npm run bench` measures is what users
// run. No vscode import here: the benchmarks load this file in plain Node.

/**
 * Environment variables the server runs with, over the editor's own.
 *
 * `MALLOC_ARENA_MAX=1`: glibc gives every thread that calls malloc an arena of its own, and V8's
 * four worker threads (optimizing compiles, GC helpers) each grew one that glibc then kept: 13 MB
 * of the server's RSS with 50 post-mortems open (node 20, scripts/bench-rss.ts: 106–111 MB settled
 * without it, 97–103 MB with two arenas on a loaded machine). The main thread's CPU per keystroke
 * and per first check of a document is unchanged (13 ms and 230–260 ms at 1,000 lines, measured
 * per thread). One arena, not two, since MALLOC_TRIM_THRESHOLD_ below: the second arena (V8's
 * worker threads) was the part that varied, 2–8.5 MB resident after the burst, so settled RSS at
 * 50 open spread 84–99 MB with two arenas (19 runs) against 87–90 MB with one (9 runs), and the
 * main thread's CPU per keystroke stayed the same (14.5–16 ms at 1,000 lines, 26–29.5 at 3,000,
 * three runs each way). It only matters where the server runs
 * on glibc's malloc: plain `node` (Neovim, Helix, the benchmarks). VS Code forks the server with
 * its own Electron binary, whose allocator is Chromium's, which ignores the variable.
 *
 * Not taken, measured the same way: `--no-concurrent-recompilation` (97 MB, but optimizing
 * compiles then run on the main thread: twice its CPU per keystroke), `--v8-pool-size=1`
 * (94–97 MB, 10% more main-thread CPU, and Electron ignores it), and MALLOC_MMAP_THRESHOLD_=32768
 * besides (91 MB, but every allocation of 32 KB or more becomes an mmap: keystrokes at 1,000
 * lines went from 28 to 38–44 ms).
 *
 * `MALLOC_TRIM_THRESHOLD_=131072`: glibc gives the top of its heap back once 128 KB of it is
 * free, but each large mmapped block freed raises that threshold (to twice its size, up to 64 MB),
 * so after the opening burst most of the 24 MB malloc had grown was free and still resident (4 MB
 * in use; gdb's malloc_trim(0) gave 16 MB back). Fixing the threshold at glibc's own default
 * stops the rise (blocks of 128 KB and more then keep their own mmaps, as in a fresh process):
 * settled RSS at 50 open 103 → 91–99 MB (interleaved runs), and the main thread's CPU per
 * keystroke unchanged (15.5 against 15.8 ms at 1,000 lines, 27.5 against 27 at 3,000; medians of
 * three; with two arenas). Electron ignores it as it ignores MALLOC_ARENA_MAX.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1', MALLOC_TRIM_THRESHOLD_: '131072' };
