/**
 * Reading node attributes the way Python-ast.c does (`_PyObject_LookupAttr`):
 * a missing attribute is `undefined`, not an AttributeError, so callers can
 * say "required field ... missing". Plain nodes (no `__getattribute__` or
 * `__getattr__` of their own) are read without raising and catching.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType } from "../vm/objects/type.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { genericGetAttribute, getAttribute, objectGetAttribute } from "../vm/runtime/attributes.ts";

export function optionalAttribute(obj: PyValue, name: string): PyValue | undefined {
  const type = typeOf(obj);
  if (
    !(obj instanceof PyType) && type.lookup("__getattribute__") === objectGetAttribute &&
    type.lookup("__getattr__") === undefined
  ) {
    return genericGetAttribute(obj, type, name);
  }
  try {
    return getAttribute(obj, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}
