/**
 * PEP 302's finders and loaders, which Python 3.11 still accepts with an
 * ImportWarning: a meta-path finder with only `find_module(name, path)`
 * (its loader becomes a spec as importlib's spec_from_loader makes one), and
 * a loader with only `load_module(name)` (importlib's
 * `_load_backward_compatible`: the loader puts the module in sys.modules
 * itself; missing `__loader__`/`__package__`/`__spec__` are filled in).
 */
import type { PyValue } from "../../objects/object.ts";
import { PyList } from "../../objects/list.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { typeOf } from "../../objects/typeof.ts";
import { PyType } from "../../objects/type.ts";
import { callObject } from "../call.ts";
import { getAttribute, setAttribute } from "../attributes.ts";
import { interpreter } from "../interpreter_state.ts";
import { isTrue } from "../operators.ts";
import { warnFromNative } from "../../../stdlib/_warnings.ts";
import { newModuleSpec } from "./module_spec.ts";

function attributeOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttribute(obj, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

/** importlib's _object_name: a class's qualified name, else its type's. */
function objectName(obj: PyValue): string {
  if (obj instanceof PyType) return obj.qualname;
  return typeOf(obj).qualname;
}

function isImportError(error: unknown): boolean {
  return error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.ImportError);
}

/** importlib's spec_from_loader for a loader a PEP 302 finder returned. */
function specFromLoader(name: string, loader: PyValue): PyValue {
  const originValue = attributeOrUndefined(loader, "_ORIGIN");
  let origin = originValue !== undefined && isStr(originValue)
    ? toJsString(originValue as PyStr)
    : null;
  let isPackage = false;
  const isPackageMethod = attributeOrUndefined(loader, "is_package");
  if (isPackageMethod !== undefined) {
    try {
      isPackage = isTrue(callObject(isPackageMethod, [name], null));
    } catch (error) {
      if (!isImportError(error)) throw error;
    }
  }
  const getFilename = attributeOrUndefined(loader, "get_filename");
  if (!origin && getFilename !== undefined) {
    let location: string | null = null;
    try {
      const filename = callObject(getFilename, [name], null);
      if (isStr(filename)) location = toJsString(filename as PyStr);
    } catch (error) {
      if (!isImportError(error)) throw error;
    }
    if (location !== null) {
      origin = location;
      const directory = location.slice(0, Math.max(0, location.lastIndexOf("/")));
      return newModuleSpec({
        name,
        loader,
        origin,
        searchLocations: isPackage ? new PyList([directory]) : null,
        hasLocation: true,
      });
    }
  }
  return newModuleSpec({
    name,
    loader,
    origin,
    searchLocations: isPackage ? new PyList([]) : null,
    hasLocation: false,
  });
}

/** `_find_spec_legacy`: a spec from a finder's find_module, or null. */
export function legacyFindSpec(finder: PyValue, name: string, path: PyValue | null): PyValue {
  const findModule = attributeOrUndefined(finder, "find_module");
  if (findModule === undefined) return null;
  warnFromNative(
    ExceptionType.ImportWarning,
    `${objectName(finder)}.find_spec() not found; falling back to find_module()`,
  );
  const loader = callObject(findModule, [name, path], null);
  return loader === null ? null : specFromLoader(name, loader);
}

/** True when `loader` can only load_module() (no exec_module). */
export function isLegacyLoader(loader: PyValue): boolean {
  return attributeOrUndefined(loader, "exec_module") === undefined &&
    attributeOrUndefined(loader, "load_module") !== undefined;
}

/** `_load_backward_compatible`: run load_module and fill in what it left out. */
export function loadBackwardCompatible(spec: PyValue, name: string, loader: PyValue): PyValue {
  warnFromNative(
    ExceptionType.ImportWarning,
    `${objectName(loader)}.exec_module() not found; falling back to load_module()`,
  );
  const modules = interpreter().modules;
  const reinsert = () => {
    const module = modules.get(name);
    if (module === undefined) return undefined;
    modules.delete(name);
    modules.set(name, module);
    return module;
  };
  try {
    callObject(getAttribute(loader, "load_module"), [name], null);
  } catch (error) {
    reinsert();
    throw error;
  }
  const module = reinsert();
  if (module === undefined) throw pyError("KeyError", name);
  const fill = (attribute: string, value: () => PyValue) => {
    const current = attributeOrUndefined(module, attribute);
    if (current !== undefined && current !== null) return;
    try {
      setAttribute(module, attribute, value());
    } catch (error) {
      if (
        !(error instanceof PyBaseException) || !error.cls.isSubtypeOf(ExceptionType.AttributeError)
      ) {
        throw error;
      }
    }
  };
  fill("__loader__", () => loader);
  fill(
    "__package__",
    () =>
      attributeOrUndefined(module, "__path__") !== undefined
        ? getAttribute(module, "__name__")
        : name.slice(0, Math.max(0, name.lastIndexOf("."))),
  );
  fill("__spec__", () => spec);
  return module;
}
