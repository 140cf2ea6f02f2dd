/**
 * The type objects of _ctypes, declared in one place so that every file can
 * test membership without import cycles: the abstract instance types and
 * the metaclasses that create concrete ctypes classes.
 */
import { makeBuiltinType, typeType } from "../vm/objects/core_types.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { PyType, TypeFlag } from "../vm/objects/type.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { cdataType, setSimpleBase } from "./_ctypes_cdata.ts";

export const simpleType = makeBuiltinType("_SimpleCData", cdataType);
export const structureType = makeBuiltinType("Structure", cdataType);
export const unionType = makeBuiltinType("Union", cdataType);
export const arrayType = makeBuiltinType("Array", cdataType);
export const pointerType = makeBuiltinType("_Pointer", cdataType);
export const funcPtrType = makeBuiltinType("CFuncPtr", cdataType);

export const simpleMeta = makeBuiltinType("PyCSimpleType", typeType);
export const structMeta = makeBuiltinType("PyCStructType", typeType);
export const unionMeta = makeBuiltinType("UnionType", typeType);
export const arrayMeta = makeBuiltinType("PyCArrayType", typeType);
export const pointerMeta = makeBuiltinType("PyCPointerType", typeType);
export const funcPtrMeta = makeBuiltinType("PyCFuncPtrType", typeType);

simpleType.cls = simpleMeta;
structureType.cls = structMeta;
unionType.cls = unionMeta;
arrayType.cls = arrayMeta;
pointerType.cls = pointerMeta;
funcPtrType.cls = funcPtrMeta;

/** ctypes.ArgumentError: a heap type, as PyErr_NewException makes it. */
export const argumentErrorType = new PyType(
  typeType,
  "ArgumentError",
  [ExceptionType.Exception],
  new Map<string, PyValue>([["__module__", "ctypes"], ["__doc__", null]]),
  TypeFlag.HEAPTYPE | TypeFlag.BASETYPE,
);

/** The CArgObject of byref() and from_param(): `<cparam 'P' (0x...)>`. */
export const cargType = makeBuiltinType("CArgObject", undefined, { subclassable: false });
/** Field descriptors of structures and unions. */
export const fieldType = makeBuiltinType("CField", undefined, { subclassable: false });

setSimpleBase(simpleType);
