/**
 * Run by array_fill_test.ts under --allow-natives-syntax: prints the
 * elements kind of holeyTaggedCopy's arrays, copied from sources of every
 * kind and contents, and whether they all share one map.
 */
import { holeyTaggedCopy } from "../../vm/objects/array_fill.ts";
import { elementsKindOf, haveSameMap } from "../v8_natives.ts";

const holey = new Array<unknown>(4);
holey[0] = "a", holey[1] = 2, holey[2] = 3.5;
const sources: unknown[][] = [[1, 2, 3], [1.5, 2], ["a", "b"], holey, [{}, 1]];
const copies = sources.map((source) => holeyTaggedCopy(source, 1, source.length - 1));
console.log(
  copies.map(elementsKindOf).join(" "),
  copies.every((copy) => haveSameMap(copy, copies[0])),
);
console.log(JSON.stringify(copies.map((copy) => copy.length)));
