/**
 * The `taipanjit` module: the JIT's knobs from Python, like PyPy's
 * `pypyjit` — `set_param(threshold=200, trace_limit=...)` or
 * `set_param("threshold=200,trace_limit=4000")` (PyPy's string form),
 * `get_param(name)`, `enable()`, `disable()`, `is_enabled()`, `stats()` (a
 * dict of the counters jit/log.ts keeps) and `params()` (every parameter
 * with its value).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyFloat } from "../vm/objects/float.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { isParam, jitSwitch, PARAMETERS, params, setParam } from "../jit/params.ts";
import { stats } from "../jit/log.ts";
import { addFunctions, newModule } from "./module_helpers.ts";

function set(name: string, value: PyValue): void {
  if (typeof value !== "number") {
    throw pyError("TypeError", `JIT parameter ${name} must be an int, not ${typeOf(value).tpName}`);
  }
  const problem = setParam(name, value);
  if (problem !== null) throw pyError("ValueError", problem);
}

export function createTaipanjitModule(): PyModule {
  const module = newModule("taipanjit", "Control and statistics of Taipan's tracing JIT.");
  addFunctions(module, {
    set_param: ["spec=None, /, **params", (
      spec: PyValue,
      keywords: Map<string, PyValue>,
    ) => {
      if (spec !== null) {
        if (!isStr(spec)) throw pyError("TypeError", "set_param() takes a str or keywords");
        for (const part of toJsString(spec).split(",").filter(Boolean)) {
          const [name, value] = part.split("=");
          if (!/^\d+$/.test(value ?? "")) {
            throw pyError("ValueError", `bad JIT parameter '${part}'`);
          }
          set(name.trim(), Number(value));
        }
      }
      for (const [name, value] of keywords) set(name, value);
      return null;
    }],
    get_param: ["name, /", (name: PyValue) => {
      const text = isStr(name) ? toJsString(name) : "";
      if (!isParam(text)) throw pyError("ValueError", `no JIT parameter '${text}'`);
      return params[text];
    }],
    params: ["", () => {
      const dict = new PyDict();
      for (const [name] of PARAMETERS) dict.set(name, params[name]);
      return dict;
    }],
    enable: ["", () => {
      jitSwitch.enabled = true;
      return null;
    }],
    disable: ["", () => {
      jitSwitch.enabled = false;
      return null;
    }],
    is_enabled: ["", () => jitSwitch.enabled],
    stats: ["", () => {
      const dict = new PyDict();
      for (const [name, value] of Object.entries(stats)) {
        dict.set(name, Number.isInteger(value) ? value : new PyFloat(value));
      }
      return dict;
    }],
  });
  return module;
}
