/**
 * Making a virtual instance real (jit/opt/virtuals.ts): the instance a trace
 * never allocated, built at once in the state the trace had given it by the
 * time it escapes or an exit needs it.
 *
 * The state is the map the instance had reached (each map belongs to one
 * class, and names every attribute in slot order), one value per slot, and
 * the values of its `__slots__` members. A float-kind attribute's value
 * comes as its box: the raw double goes into `floats` and the box stays in
 * the slot, which instance_map.ts allows (the slot holds the box of the
 * float value, or nothing). An unset member is `undefined`, as in a real
 * instance whose member was never assigned.
 */
import { PyInstance } from "../vm/objects/instance.ts";
import type { InstanceMap } from "../vm/objects/instance_map.ts";
import type { PyValue } from "../vm/objects/object.ts";

export function makeInstance(
  map: InstanceMap,
  slots: readonly PyValue[],
  members: readonly (PyValue | undefined)[],
): PyInstance {
  const instance = new PyInstance(map.owner);
  instance.map = map;
  instance.slots = slots.slice();
  if (map.floatCount > 0) {
    const floats = new Float64Array(Math.max(4, map.floatCount));
    for (let slot = 0; slot < map.size; slot++) {
      const index = map.floatIndex(slot);
      if (index >= 0) floats[index] = (slots[slot] as unknown as { value: number }).value;
    }
    instance.floats = floats;
  }
  if (members.some((member) => member !== undefined)) {
    instance.members = members.slice() as PyValue[]; // (unset members stay undefined)
  }
  return instance;
}
