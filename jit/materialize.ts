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
 *
 * The arrays are the instance's from then on: the generated code passes
 * fresh literals (and `null` for a class without members), so that making
 * one costs the instance and its slots' array alone — deltablue makes
 * ~100,000 instances a run this way, and the copies were a fifth of its
 * allocated bytes.
 */
import { PyInstance } from "../vm/objects/instance.ts";
import type { InstanceMap } from "../vm/objects/instance_map.ts";
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import type { PyList } from "../vm/objects/list.ts";
import type { PyTuple } from "../vm/objects/tuple.ts";
import { ITEMS_SEQUENCE, PyIndexIterator } from "../vm/runtime/iteration.ts";

export function makeInstance(
  map: InstanceMap,
  slots: PyValue[],
  members: (PyValue | undefined)[] | null,
): PyInstance {
  const instance = new PyInstance(map.owner, map, slots);
  if (map.floatCount > 0) {
    const floats = new Float64Array(Math.max(4, map.floatCount));
    for (let slot = 0; slot < map.size; slot++) {
      const index = map.floatIndex(slot);
      if (index >= 0) floats[index] = (slots[slot] as unknown as { value: number }).value;
    }
    instance.floats = floats;
  }
  if (members !== null) {
    for (let i = 0; i < members.length; i++) {
      if (members[i] !== undefined) {
        instance.members = members as PyValue[]; // (unset members stay undefined)
        break;
      }
    }
  }
  return instance;
}

/**
 * A virtual list or tuple iterator made real (jit/opt/iterators.ts): the
 * iterator `iter(sequence)` makes, advanced to `index`. An exhausted one's
 * sequence is null, as the interpreter leaves it.
 */
export function makeArrayIterator(
  cls: PyType,
  sequence: PyList | PyTuple | null,
  index: number,
): PyIndexIterator {
  return new PyIndexIterator(cls, sequence, index, ITEMS_SEQUENCE, 1);
}
