/**
 * The Python face of the `module` type (types.ModuleType): construction,
 * `__dict__`, repr as importlib's `_module_repr` writes it, and `__dir__`.
 * Missing attributes: module_attributes.ts.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyDict } from "../../objects/dict.ts";
import { pyError } from "../../objects/exceptions.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { reprOf, strOf } from "../../objects/str_convert.ts";
import { isStr, strFromJs, toJsString } from "../../objects/str_wide.ts";
import { typeOf } from "../../objects/typeof.ts";
import type { PyType } from "../../objects/type.ts";
import { PyList } from "../../objects/list.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { callObject } from "../call.ts";
import { getAttribute } from "../attributes.ts";
import { moduleType, PyModule } from "../module.ts";
import { isTrue } from "../operators.ts";

moduleType.dict.set("__module__", "builtins");

registerConstructor(moduleType, (cls: PyType) => {
  const module = new PyModule("?", new PyDict());
  module.dict.delete("__name__");
  module.cls = cls;
  return module;
});

registerInitializer(moduleType, (self, args, kwnames) => {
  const keywords = kwnames ?? [];
  const positional = args.length - keywords.length;
  let name: PyValue | undefined = positional > 0 ? args[0] : undefined;
  let doc: PyValue = positional > 1 ? args[1] : null;
  keywords.forEach((keyword, i) => {
    const value = args[positional + i];
    if (keyword === "name") name = value;
    else if (keyword === "doc") doc = value;
    else throw pyError("TypeError", `module() got an unexpected keyword argument '${keyword}'`);
  });
  if (positional > 2) {
    throw pyError("TypeError", `module() takes at most 2 arguments (${positional} given)`);
  }
  if (name === undefined) {
    throw pyError("TypeError", "module() missing required argument 'name' (pos 1)");
  }
  if (!isStr(name)) {
    throw pyError("TypeError", `module() argument 'name' must be str, not ${typeOf(name).tpName}`);
  }
  const dict = (self as PyModule).dict;
  dict.set("__name__", name);
  dict.set("__doc__", doc);
  dict.set("__package__", null);
  dict.set("__loader__", null);
  dict.set("__spec__", null);
});

defineGetSets(moduleType, { __dict__: [(self: PyModule) => self.dict] });

function attributeOrNull(obj: PyValue, name: string): PyValue {
  try {
    return getAttribute(obj, name);
  } catch {
    return null;
  }
}

const text = (value: PyValue) => toJsString(reprOf(value));

defineNativeMethods(moduleType, {
  __repr__: ["", (self: PyModule) => strFromJs(moduleRepr(self))],
  // CPython's module_dir: the `__dict__` attribute (a subclass may replace
  // it), its `__dir__` if it has one, else its keys.
  __dir__: ["", (self: PyModule) => {
    const dict = getAttribute(self, "__dict__");
    if (!(dict instanceof PyDict)) {
      throw pyError("TypeError", "<module>.__dict__ is not a dictionary");
    }
    const dir = dict.get("__dir__");
    if (dir !== undefined) return callObject(dir, [], null);
    return new PyList(dict.keys.filter((key) => key !== undefined) as PyValue[]);
  }],
});

/** importlib's `_module_repr`. */
function moduleRepr(self: PyModule): string {
  const spec = self.dict.get("__spec__") ?? null;
  if (spec !== null && isTrue(spec)) return reprFromSpec(spec);
  const name = self.dict.get("__name__") ?? "?";
  const loader = self.dict.get("__loader__") ?? null;
  const file = self.dict.get("__file__");
  if (file !== undefined) return `<module ${text(name)} from ${text(file)}>`;
  if (loader !== null) return `<module ${text(name)} (${text(loader)})>`;
  return `<module ${text(name)}>`;
}

function reprFromSpec(spec: PyValue): string {
  const name = attributeOrNull(spec, "name") ?? "?";
  const origin = attributeOrNull(spec, "origin");
  const loader = attributeOrNull(spec, "loader");
  if (origin === null) {
    return loader === null ? `<module ${text(name)}>` : `<module ${text(name)} (${text(loader)})>`;
  }
  if (isTrue(attributeOrNull(spec, "has_location"))) {
    return `<module ${text(name)} from ${text(origin)}>`;
  }
  return `<module ${text(name)} (${toJsString(strOf(origin))})>`;
}
