/**
 * Runs a Python program through cli/launch.ts with V8's --trace-deopt, for
 * tests that read V8's own log of what it compiled and threw away. The
 * program's exit status must be 0; returns its stdout, where V8's log goes
 * too.
 */
import { assertEquals } from "./assert.ts";

const root = new URL("../", import.meta.url).pathname;

export async function runTracingDeopts(program: string): Promise<string> {
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
        "--v8-flags=--stack-size=6000,--trace-deopt",
        `${root}cli/launch.ts`,
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
