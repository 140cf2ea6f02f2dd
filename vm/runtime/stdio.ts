/**
 * The interpreter's own output (tracebacks, messages, flushing at exit).
 * Once `sys` exists, stdlib/text_stream.ts installs a backend that writes to
 * `sys.stderr` and flushes `sys.stdout`/`sys.stderr` and open files, so this
 * output stays ordered with what the program wrote; before that (command-line
 * errors, compile-time warnings) it goes straight to the descriptor.
 */
const encoder = new TextEncoder();
let unbuffered = false;

export interface StdioBackend {
  flush(): void;
  writeStderr(text: string): void;
}

let backend: StdioBackend | null = null;

export function installStdioBackend(installed: StdioBackend): void {
  backend = installed;
}

/** `-u`: stdout and stderr write through (read when sys creates its streams). */
export function setUnbufferedStdout(value: boolean): void {
  unbuffered = value;
}

export function stdoutUnbuffered(): boolean {
  return unbuffered;
}

function writeAll(stream: { writeSync(p: Uint8Array): number }, text: string): void {
  const bytes = encoder.encode(text);
  let written = 0;
  while (written < bytes.length) written += stream.writeSync(bytes.subarray(written));
}

/** Flush sys.stdout, sys.stderr and every open file holding unwritten data. */
export function flushStdout(): void {
  backend?.flush();
}

export function writeStderr(text: string): void {
  if (backend !== null) backend.writeStderr(text);
  else writeAll(Deno.stderr, text);
}
