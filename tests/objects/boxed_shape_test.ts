/**
 * A class whose metaclass is a Python class (ABCMeta, EnumType) and a dict
 * of a Python subclass of dict (enum's _EnumDict) get boxed attribute
 * storage (vm/objects/instance.ts). PyType and PyDict declare its field, so
 * such objects keep the JS shape of builtin types and plain dicts: when the
 * field was added to them on the fly, the eval loop's Maglev code, compiled
 * after start-up had seen only builtin types at CALL and plain dicts at
 * BINARY_SUBSCR, was thrown away ("wrong map") at the first such class and
 * dict (site's `_sitebuiltins`, enum), and V8 compiled runFrame again.
 */
import { assertEquals } from "../assert.ts";
import { runNativesProbe } from "../natives_probe.ts";

Deno.test("boxed storage keeps the JS shape of types and dicts", async () => {
  const out = await runNativesProbe(new URL("./boxed_shape_probe.ts", import.meta.url));
  assertEquals(out, "true true true true\n");
});
