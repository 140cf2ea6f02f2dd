/**
 * `__dict__` of instances with map storage (instance_map.ts): asking for it
 * moves the instance to dictionary mode for good. Kept apart from
 * instance_map.ts, which type.ts needs before dict.ts can load.
 */
import { PyDict } from "./dict.ts";
import { type MappedStorage, slotValue } from "./instance_map.ts";

/** The instance's `__dict__`, switching it to dictionary mode on first use. */
export function instanceDict(storage: MappedStorage): PyDict {
  if (storage.map.isDictionary) return storage.slots[0] as PyDict;
  const dict = new PyDict();
  storage.map.attributes().forEach((name, i) => dict.set(name, slotValue(storage, i)));
  storage.map = storage.map.owner.dictionaryMap();
  storage.slots = [dict];
  if (storage.floats !== undefined) storage.floats = null;
  return dict;
}

/** Replace `__dict__` (`obj.__dict__ = d`). */
export function replaceInstanceDict(storage: MappedStorage, dict: PyDict): void {
  instanceDict(storage);
  storage.slots[0] = dict;
}
