/**
 * Run by list_items_kind_test.ts under --allow-natives-syntax: whether the
 * items arrays compiled traces make for lists (vm/objects/list_items.ts)
 * have the map of the interpreter's (a slice of a frame's holey stack),
 * empty, after appends of small ints and objects, and made with values.
 */
import { emptyItems, itemsOf1, itemsOf2, itemsOf3 } from "../../vm/objects/list_items.ts";
import { elementsKindOf, haveSameMap } from "../v8_natives.ts";

const stack = new Array<unknown>(8);
stack[0] = null;
const interpreters = stack.slice(1, 1);
interpreters.push(1, {});
const grown = emptyItems<unknown>();
grown.push(1);
grown.push({});
const made = [emptyItems(), itemsOf1(1), itemsOf2(1, 2.5), itemsOf3<unknown>({}, 1, "x"), grown];
console.log(made.map(elementsKindOf).join(" "));
console.log(made.every((array) => haveSameMap(array, interpreters)));
