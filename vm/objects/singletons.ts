/** `Ellipsis` and `NotImplemented`: singleton objects of their own types. */
import { PyObject } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";

export const ellipsisType = makeBuiltinType("ellipsis", undefined, { subclassable: false });
export const notImplementedType = makeBuiltinType("NotImplementedType", undefined, {
  subclassable: false,
});

class PySingleton extends PyObject {}

export const Ellipsis: PyObject = new PySingleton(ellipsisType);
export const NotImplemented: PyObject = new PySingleton(notImplementedType);
