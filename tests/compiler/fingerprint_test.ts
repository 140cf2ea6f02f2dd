/** The compiled-code cache's key must change with the compiler (tools/compiler_fingerprint.ts). */
import { assertEquals } from "../assert.ts";
import { computeFingerprint } from "../../tools/compiler_fingerprint.ts";
import { COMPILER_FINGERPRINT } from "../../vm/compiler/fingerprint.ts";

Deno.test("the recorded compiler fingerprint matches the compiler's sources", () => {
  assertEquals(
    COMPILER_FINGERPRINT,
    computeFingerprint(),
    "stale: run ./tools/deno run -A tools/compiler_fingerprint.ts --write",
  );
});
