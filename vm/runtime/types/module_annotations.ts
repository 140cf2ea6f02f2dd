/**
 * `module.__annotations__` (module_get_annotations, Python 3.10+): a data
 * descriptor on the module type over the module's namespace. Reading it from
 * a module without annotations creates an empty dict and stores it in the
 * namespace, so every module has one; deleting a missing one is an
 * AttributeError.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyDict } from "../../objects/dict.ts";
import { pyError } from "../../objects/exceptions.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { moduleType, type PyModule } from "../module.ts";

defineGetSets(moduleType, {
  __annotations__: [
    (self: PyModule) => {
      const own = self.dict.getStr("__annotations__");
      if (own !== undefined) return own;
      const fresh = new PyDict();
      self.dict.setStr("__annotations__", fresh);
      return fresh;
    },
    (self: PyModule, value: PyValue | undefined) => {
      if (value !== undefined) self.dict.setStr("__annotations__", value);
      else if (!self.dict.delete("__annotations__")) {
        throw pyError("AttributeError", "__annotations__");
      }
    },
  ],
});
