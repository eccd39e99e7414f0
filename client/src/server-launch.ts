// How the desktop language server's process is started: read by the client (extension.ts) and by
// the benchmarks (scripts/bench-server.ts), so that what `npm run bench` measures is what users
// run. No vscode import here: the benchmarks load this file in plain Node.

/**
 * V8 flags the server runs with (node's execArgv; VS Code forks the server with its own
 * Electron binary in Node mode, which passes V8 flags on to V8 the same way).
 *
 * `--no-concurrent-recompilation`: optimizing compiles run on the server's main thread instead of
 * V8's worker threads. Their zone memory otherwise goes to one malloc arena per worker thread,
 * which glibc keeps: 13 MB of the server's RSS with 50 post-mortems open (106–111 MB settled,
 * 97 MB with the flag, node 20). Measured on keystrokes (1,000 and 3,000 lines) and on opening and
 * checking a new document, it costs nothing visible: the server is idle between requests, and a
 * hot function is optimized once. V8's other worker threads (concurrent marking, sweeping,
 * parallel scavenges) are kept; they do not hold memory after a GC.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--no-concurrent-recompilation'];
