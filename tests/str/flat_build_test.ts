/**
 * vm/objects/str_wide.ts builds a short str of up to MAX_ROPE_PIECES pieces
 * by `+` and flattens it at once (`flattened`), rather than by V8's join:
 * a rope kept would cost an object per piece and a late flattening.
 */
import { assertEquals } from "../assert.ts";
import { runNativesProbe } from "../natives_probe.ts";

Deno.test("strs built from pieces are flat", async () => {
  assertEquals(
    await runNativesProbe(new URL("./flat_build_probe.ts", import.meta.url)),
    "concat true true\njoin true true\njoin-many true true\npercent true true\n",
  );
});
