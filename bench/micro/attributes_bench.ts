/**
 * Attribute lookup (vm/runtime/attributes.ts, vm/runtime/inline_cache.ts):
 * an instance attribute through a warm inline-cache entry and through the
 * generic getAttribute path, a method (bound on every lookup), a class
 * attribute, and the same loads from interpreted Python code.
 */
import { global, N, runModule } from "./setup.ts";
import { getAttribute } from "../../vm/runtime/attributes.ts";
import { type CacheEntry, loadAttrMiss } from "../../vm/runtime/inline_cache.ts";
import { callObject } from "../../vm/runtime/call.ts";

const g = runModule(`
class Point:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

class Other:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.x = 3

p = Point(3, 4)
q = Other()

def load_loop(p, n):
    total = 0
    for _ in range(n):
        total += p.x
    return total
`);
const p = global(g, "p");
const q = global(g, "q");
const loadLoop = global(g, "load_loop");

Deno.bench(
  "attribute: instance slot via inline cache entry",
  { group: "attr", baseline: true },
  () => {
    const caches: CacheEntry[] = [undefined];
    loadAttrMiss(caches, 0, p, "x"); // fills the entry
    for (let i = 0; i < N; i++) loadAttrMiss(caches, 0, p, "x");
  },
);

Deno.bench("attribute: instance slot, polymorphic cache (2 shapes)", { group: "attr" }, () => {
  const caches: CacheEntry[] = [undefined];
  loadAttrMiss(caches, 0, p, "x");
  loadAttrMiss(caches, 0, q, "x");
  for (let i = 0; i < N; i++) loadAttrMiss(caches, 0, i & 1 ? p : q, "x");
});

Deno.bench("attribute: instance slot via generic getAttribute", { group: "attr" }, () => {
  for (let i = 0; i < N; i++) getAttribute(p, "x");
});

Deno.bench("attribute: class attribute via getAttribute", { group: "attr" }, () => {
  for (let i = 0; i < N; i++) getAttribute(p, "kind");
});

Deno.bench("attribute: method (bound method created) via getAttribute", { group: "attr" }, () => {
  for (let i = 0; i < N; i++) getAttribute(p, "norm1");
});

Deno.bench("attribute: `p.x` in an interpreted loop", { group: "attr" }, () => {
  callObject(loadLoop, [p, N], null);
});
