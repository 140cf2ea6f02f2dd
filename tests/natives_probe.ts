/**
 * Runs a probe script under V8's --allow-natives-syntax (so that it can ask
 * V8 about maps and elements kinds with %HaveSameMap and the like); expects
 * no stderr and returns its stdout.
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
