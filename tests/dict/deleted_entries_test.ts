/**
 * A deleted dict entry leaves `undefined` in the key and value arrays. This
 * V8 keeps `undefined` in double arrays, so an array of small ints that took
 * one became HOLEY_DOUBLE and every int read from it a fresh heap number
 * (code that had seen Smis there deoptimised, "not a Smi"). removeAt stores
 * through storeTombstone (array_fill.ts), which keeps the elements tagged.
 */
import { assertEquals } from "../assert.ts";
import { runNativesProbe } from "../natives_probe.ts";

Deno.test("a dict's arrays stay tagged when an entry is deleted", async () => {
  assertEquals(
    await runNativesProbe(new URL("./deleted_entries_probe.ts", import.meta.url)),
    "object object object\nobject object\n",
  );
});
