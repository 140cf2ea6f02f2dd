/**
 * Run by elements_kind_test.ts under --allow-natives-syntax: prints the
 * elements kinds of _json_arrays.ts's arrays, fresh and after an object
 * went in, one line each.
 */
import { genericArray, holeyGenericArray } from "../../stdlib/_json_arrays.ts";
import { elementsKindOf, haveSameMap } from "../v8_natives.ts";

for (const make of [genericArray, holeyGenericArray]) {
  const fresh = make<unknown>(), used = make<unknown>();
  used.push(1, {}, "x");
  console.log(
    `${elementsKindOf(fresh)} ${elementsKindOf(used)} ${elementsKindOf(used.slice(1))} ${
      haveSameMap(fresh, used)
    }`,
  );
}
