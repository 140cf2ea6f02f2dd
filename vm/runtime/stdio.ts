/**
 * The process's standard streams as the interpreter writes them until the io
 * module exists: stdout is buffered (flushed when large, before stderr output,
 * and at exit), stderr is written through. `-u` makes stdout unbuffered.
 */
const encoder = new TextEncoder();
let pending: string[] = [];
let pendingLength = 0;
let unbuffered = false;
const FLUSH_AT = 1 << 16;

export function setUnbufferedStdout(value: boolean): void {
  unbuffered = value;
}

function writeAll(stream: { writeSync(p: Uint8Array): number }, text: string): void {
  const bytes = encoder.encode(text);
  let written = 0;
  while (written < bytes.length) written += stream.writeSync(bytes.subarray(written));
}

export function writeStdout(text: string): void {
  pending.push(text);
  pendingLength += text.length;
  if (unbuffered || pendingLength >= FLUSH_AT || text.includes("\n") && Deno.stdout.isTerminal()) {
    flushStdout();
  }
}

export function flushStdout(): void {
  if (pending.length === 0) return;
  const text = pending.join("");
  pending = [];
  pendingLength = 0;
  try {
    writeAll(Deno.stdout, text);
  } catch (error) {
    if (!(error instanceof Deno.errors.BrokenPipe)) throw error;
  }
}

export function writeStderr(text: string): void {
  flushStdout();
  writeAll(Deno.stderr, text);
}
