/**
 * Runs a Python program through cli/launch.ts with V8's --trace-deopt (or
 * other log flags), for tests that read V8's own log of what it compiled
 * and threw away. The
 * program's exit status must be 0; returns its stdout, where V8's log goes
 * too.
 */
import { assertEquals } from "./assert.ts";

const root = new URL("../", import.meta.url).pathname;

export function runTracingDeopts(program: string): Promise<string> {
  return runWithV8Log(program, "--trace-deopt");
}

/** The same with other V8 log flags (`v8Flags`, comma-separated) and Taipan options before the file. */
export async function runWithV8Log(
  program: string,
  v8Flags: string,
  options: string[] = [],
): Promise<string> {
  const file = await Deno.makeTempFile({ suffix: ".py" });
  await Deno.writeTextFile(file, program);
  try {
    const result = await new Deno.Command(`${root}tools/deno`, {
      args: [
        "run",
        "--quiet",
        "-A",
        "--config",
        `${root}deno.json`,
        `--v8-flags=--stack-size=6000,${v8Flags}`,
        `${root}cli/launch.ts`,
        ...options,
        file,
      ],
      stdout: "piped",
      stderr: "piped",
    }).output();
    assertEquals(result.code, 0, new TextDecoder().decode(result.stderr));
    return new TextDecoder().decode(result.stdout);
  } finally {
    await Deno.remove(file);
  }
}
