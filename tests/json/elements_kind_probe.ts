/**
 * Run by elements_kind_test.ts under --allow-natives-syntax: prints the
 * elements kinds of _json_arrays.ts's arrays, fresh and after an object
 * went in, one line each.
 */
import { genericArray, holeyGenericArray } from "../../stdlib/_json_arrays.ts";

const kindOf = new Function(
  "a",
  "return (%HasSmiElements(a) ? 'smi' : %HasDoubleElements(a) ? 'double' : " +
    "%HasObjectElements(a) ? 'object' : '?') + (%HasHoleyElements(a) ? '-holey' : '')",
) as (array: unknown[]) => string;
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (
  a: unknown[],
  b: unknown[],
) => boolean;

for (const make of [genericArray, holeyGenericArray]) {
  const fresh = make<unknown>(), used = make<unknown>();
  used.push(1, {}, "x");
  console.log(`${kindOf(fresh)} ${kindOf(used)} ${kindOf(used.slice(1))} ${sameMap(fresh, used)}`);
}
