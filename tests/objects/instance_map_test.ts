import { assert, assertEquals } from "../assert.ts";
import { PyType } from "../../vm/objects/type.ts";
import {
  deleteMappedAttribute,
  getMappedAttribute,
  InstanceMap,
  type MappedStorage,
  setMappedAttribute,
} from "../../vm/objects/instance_map.ts";

const cls = new PyType(null, "C", [], new Map(), 0);

Deno.test("instances that add attributes in the same order share maps", () => {
  const root = InstanceMap.root(cls);
  const p: MappedStorage = { map: root, slots: [] };
  const q: MappedStorage = { map: root, slots: [] };
  for (const s of [p, q]) {
    setMappedAttribute(s, "x", 1);
    setMappedAttribute(s, "y", 2);
  }
  assert(p.map === q.map);
  assertEquals(p.map.indexOf("y"), 1);
  setMappedAttribute(p, "x", 10);
  assert(p.map === q.map, "reassigning does not change the map");
  assertEquals(getMappedAttribute(p, "x"), 10);
  assertEquals(getMappedAttribute(q, "x"), 1);
  assertEquals(getMappedAttribute(p, "z"), undefined);
});

Deno.test("deleting rebuilds the map without the attribute, keeping order", () => {
  const s: MappedStorage = { map: InstanceMap.root(cls), slots: [] };
  for (const [name, value] of [["a", 1], ["b", 2], ["c", 3]] as const) {
    setMappedAttribute(s, name, value);
  }
  assert(deleteMappedAttribute(s, "b"));
  assert(!deleteMappedAttribute(s, "b"));
  assertEquals(s.map.attributes(), ["a", "c"]);
  assertEquals(s.slots, [1, 3]);
  assertEquals(getMappedAttribute(s, "c"), 3);
  assert(s.map.owner === cls);
});
