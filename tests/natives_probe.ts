/**
 * Runs a probe script (a .ts file next to its test) under V8's
 * --allow-natives-syntax, for tests that ask V8 about its own
 * representations (%HasObjectElements and the like), which no JS can
 * observe otherwise. The probe must write nothing to stderr; returns its
 * stdout.
 */
import { assertEquals } from "./assert.ts";

export async function runNativesProbe(probe: URL): Promise<string> {
  const result = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", "--v8-flags=--allow-natives-syntax", probe.pathname],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assertEquals(new TextDecoder().decode(result.stderr), "");
  return new TextDecoder().decode(result.stdout);
}
