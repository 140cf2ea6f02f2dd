/**
 * Call overhead (vm/runtime/call.ts callObject): Python functions compiled
 * with compileSource, with positional, keyword and default arguments; a bound
 * method; a builtin; and a class instantiation.
 */
import { global, N, runModule } from "./setup.ts";
import { callObject } from "../../vm/runtime/call.ts";
import { getAttribute } from "../../vm/runtime/attributes.ts";

const g = runModule(`
def nothing():
    return None

def add(a, b):
    return a + b

def defaults(a, b=2, *, c=3):
    return a + b + c

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

box = Box(1)

def call_loop(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
    return total
`);
const nothing = global(g, "nothing");
const add = global(g, "add");
const defaults = global(g, "defaults");
const Box = global(g, "Box");
const box = global(g, "box");
const boxGet = getAttribute(box, "get");
const callLoop = global(g, "call_loop");
const len = getAttribute(global(g, "__builtins__"), "len");

Deno.bench("call: f() Python, no arguments", { group: "call", baseline: true }, () => {
  for (let i = 0; i < N; i++) callObject(nothing, [], null);
});

Deno.bench("call: add(a, b) Python, two positional", { group: "call" }, () => {
  for (let i = 0; i < N; i++) callObject(add, [i, 1], null);
});

Deno.bench("call: defaults(a, c=k) Python, keyword + defaults", { group: "call" }, () => {
  for (let i = 0; i < N; i++) callObject(defaults, [i, 5], ["c"]);
});

Deno.bench("call: bound method box.get()", { group: "call" }, () => {
  for (let i = 0; i < N; i++) callObject(boxGet, [], null);
});

Deno.bench("call: builtin len(str)", { group: "call" }, () => {
  for (let i = 0; i < N; i++) callObject(len, ["abc"], null);
});

Deno.bench("call: Box(v) instantiation", { group: "call" }, () => {
  for (let i = 0; i < N; i++) callObject(Box, [i], null);
});

Deno.bench("call: add(i, 1) from an interpreted loop", { group: "call" }, () => {
  callObject(callLoop, [N], null);
});
