/**
 * Interactive input without line editing (CPython's PyOS_StdioReadline):
 * the prompt goes to stderr, the line is read from fd 0 one byte at a time,
 * so that whatever follows stays in the pipe for the program (`input()`,
 * `sys.stdin.read()`) exactly as CPython leaves it with its unbuffered stdin.
 * Without the editor, Ctrl-C on a terminal interrupts the read (waitForInput).
 */
import { flushStdout } from "../vm/runtime/stdio.ts";
import { Interrupted, type LineReader } from "./repl.ts";
import { pendingSignals } from "../vm/runtime/pending_signals.ts";
import { libc } from "../stdlib/libc.ts";

const encoder = new TextEncoder();

function writeFd2(text: string): void {
  const bytes = encoder.encode(text);
  try {
    for (let at = 0; at < bytes.length;) at += Deno.stderr.writeSync(bytes.subarray(at));
  } catch {
    // a closed stderr loses the prompt, as C's fprintf would
  }
}

const SIGINT = 2;
const POLLIN = 1;

/**
 * On a terminal, wait for fd 0 in short polls, so that Ctrl-C (flagged by
 * the SIGINT handler, vm/runtime/pending_signals.ts) interrupts the read as
 * it interrupts CPython's.
 */
function waitForInput(): void {
  const entry = new Uint8Array(8); // struct pollfd { int fd; short events, revents; }
  new DataView(entry.buffer).setInt16(4, POLLIN, true);
  for (let failures = 0; failures < 100;) {
    if (pendingSignals[SIGINT] !== 0) {
      pendingSignals[SIGINT] = 0;
      throw new Interrupted();
    }
    let ready: number;
    try {
      ready = libc("poll")(entry, 1n, 100);
    } catch {
      return; // no libc: a plain blocking read
    }
    if (ready > 0) return; // readable or hung up: the read finds out which
    // A signal (EINTR) is flagged by the watcher thread a moment later: look again.
    failures = ready < 0 ? failures + 1 : 0;
  }
}

export class PlainLineReader implements LineReader {
  readLine(prompt: string): string | null {
    flushStdout();
    if (prompt !== "") writeFd2(prompt);
    const bytes: number[] = [];
    const one = new Uint8Array(1);
    const terminal = Deno.stdin.isTerminal();
    for (;;) {
      if (terminal) waitForInput();
      let n: number | null;
      try {
        n = Deno.stdin.readSync(one);
      } catch (error) {
        if (error instanceof Deno.errors.Interrupted) continue;
        n = null;
      }
      if (n === null || n === 0) break;
      bytes.push(one[0]);
      if (one[0] === 0x0a) break;
    }
    if (bytes.length === 0) return null;
    return new TextDecoder().decode(new Uint8Array(bytes));
  }

  endOfInput(): void {
    flushStdout();
    writeFd2("\n");
  }
}
