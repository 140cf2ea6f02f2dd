/**
 * Python node objects to front-end trees (CPython's obj2ast), for compile()
 * of an AST object. Driven by the node table like the other direction, with
 * Python-ast.c's rules and messages:
 *
 * - A sum value (`expr`, `stmt`, ...) may be None (checked later: by the
 *   node's constructor for a required field, by the validator in a list).
 *   Otherwise its positions are read first ("required field "lineno" missing
 *   from stmt"), then the first constructor class it is an instance of picks
 *   the kind ("expected some sort of expr, but got ..."). A missing end
 *   position, or None, means the start position.
 * - A product (`arguments`, `keyword`, ...) reads its fields, then its positions.
 * - Fields: a missing required one is "required field "x" missing from Kind";
 *   an optional one may be missing or None; a list must be a list. After all
 *   of them, a required node or identifier that was None is "field 'x' is
 *   required for Kind" (a ValueError, from CPython's node constructors).
 * - Operators and contexts become the front end's shared singletons.
 * - Nesting counts against the recursion limit, as CPython's
 *   `_Py_EnterRecursiveCall` around each field does: too deep a tree is a
 *   RecursionError "... while traversing 'expr' node".
 * - Constants keep their Python value; tuples and frozensets take the
 *   compiler's constant forms. Whether the value may be a constant at all is
 *   the validator's question (ast_validate.ts).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyTuple, tupleType } from "../vm/objects/tuple.ts";
import { frozensetType, PySet } from "../vm/objects/set.ts";
import { bytesType } from "../vm/objects/bytes.ts";
import { strType } from "../vm/objects/core_types.ts";
import { codePointsOf, isStr, PyWideStr, toJsString } from "../vm/objects/str_wide.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { reprValue } from "../vm/objects/dict_repr.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { FrozenSetConstant } from "../vm/compiler/code.ts";
import {
  type ConstantValue,
  fieldsOf,
  type Mod,
  type NodeKind,
  singleton,
} from "../vm/compiler/ast.ts";
import { optionalAttribute } from "./ast_attributes.ts";
import {
  astTypes,
  CONSTRUCTORS,
  fieldType,
  hasOptionalEndPosition,
  isPositioned,
  isProduct,
  isSimpleSum,
} from "./ast_types.ts";

type JsNode = Record<string, unknown>;

const REQUIRED_MOD = { exec: "Module", eval: "Expression", single: "Interactive" } as const;

/** PyAST_obj2mod: the tree of `compile(tree, filename, mode)`. */
export function astFromPython(obj: PyValue, mode: keyof typeof REQUIRED_MOD): Mod {
  const required = REQUIRED_MOD[mode];
  if (!isInstanceOf(obj, required)) {
    throw pyError("TypeError", `expected ${required} node, got ${typeOf(obj).tpName}`);
  }
  return convert("mod", obj) as Mod;
}

function isInstanceOf(obj: PyValue, name: string): boolean {
  return typeOf(obj).isSubtypeOf(astTypes().byName.get(name)!);
}

/** One value of ASDL type `element` (not a list). */
function convert(element: string, value: PyValue): unknown {
  switch (element) {
    case "identifier":
      return identifier(value);
    case "string":
      if (typeOf(value) === strType) return toJsString(value as string);
      if (typeOf(value) === bytesType) return value;
      throw pyError("TypeError", "AST string must be of type str");
    case "int":
      return cInt(value);
    case "constant":
      return constantFromPython(value);
  }
  if (isProduct(element)) return product(element as NodeKind, value);
  if (isSimpleSum(element)) return simpleSum(element, value);
  return sum(element, value);
}

function identifier(value: PyValue): string | null {
  if (value === null) return null;
  if (typeOf(value) !== strType) throw pyError("TypeError", "AST identifier must be of type str");
  return toJsString(value as string);
}

/** obj2ast_int: any int, within C int range. */
function cInt(value: PyValue): number {
  const int = intOperand(value);
  if (int === undefined) throw pyError("ValueError", `invalid integer value: ${reprValue(value)}`);
  if (int < -0x80000000 || int > 0x7fffffff) {
    throw pyError("OverflowError", "Python int too large to convert to C int");
  }
  return Number(int);
}

function simpleSum(base: string, value: PyValue): unknown {
  for (const kind of CONSTRUCTORS.get(base)!) {
    if (isInstanceOf(value, kind)) return singleton(kind as Parameters<typeof singleton>[0]);
  }
  throw pyError("TypeError", `expected some sort of ${base}, but got ${reprValue(value)}`);
}

/** How deep the conversion is in nested nodes. */
let nesting = 0;

function enterNode(owner: string): void {
  if (thread.depth + ++nesting > thread.recursionLimit) {
    nesting = 0;
    throw pyError(
      "RecursionError",
      `maximum recursion depth exceeded while traversing '${owner}' node`,
    );
  }
}

function sum(base: string, value: PyValue): JsNode | null {
  if (value === null) return null;
  enterNode(base);
  try {
    return sumNode(base, value);
  } finally {
    if (nesting > 0) nesting--;
  }
}

function sumNode(base: string, value: PyValue): JsNode {
  const positions = isPositioned(base) ? readPositions(base, value) : null;
  for (const kind of CONSTRUCTORS.get(base)!) {
    if (isInstanceOf(value, kind)) {
      const node = readFields(kind, value);
      if (positions !== null) Object.assign(node, positions);
      return checkRequired(kind, node);
    }
  }
  throw pyError("TypeError", `expected some sort of ${base}, but got ${reprValue(value)}`);
}

function product(kind: NodeKind, value: PyValue): JsNode {
  const node = readFields(kind, value);
  if (isPositioned(kind)) Object.assign(node, readPositions(kind, value));
  return checkRequired(kind, node);
}

function readFields(kind: NodeKind, obj: PyValue): JsNode {
  const node: JsNode = { _type: kind };
  for (const field of fieldsOf(kind)) {
    const { element, list, optional } = fieldType(kind, field);
    const value = optionalAttribute(obj, field);
    if (list) {
      if (value === undefined) throw missing(field, kind);
      node[field] = readList(kind, field, element, optional, value);
    } else if (value === undefined || value === null) {
      if (!optional && value === undefined) throw missing(field, kind);
      node[field] = optional ? null : convert(element, null);
    } else {
      node[field] = convert(element, value);
    }
  }
  return node;
}

function readList(
  kind: NodeKind,
  field: string,
  element: string,
  optional: boolean,
  value: PyValue,
): unknown[] {
  if (!(value instanceof PyList)) {
    throw pyError(
      "TypeError",
      `${kind} field "${field}" must be a list, not a ${typeOf(value).tpName}`,
    );
  }
  const length = value.items.length;
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const item = value.items[i];
    if (element === "identifier" && item === null) {
      throw pyError("TypeError", "AST identifier must be of type str");
    }
    out.push(optional && item === null ? null : convert(element, item));
    if (value.items.length !== length) {
      throw pyError("RuntimeError", `${kind} field "${field}" changed size during iteration`);
    }
  }
  return out;
}

/** lineno and col_offset are required; the end positions default to them (not for patterns). */
function readPositions(base: string, obj: PyValue): Record<string, number> {
  const read = (name: string, optional: boolean): number | undefined => {
    const value = optionalAttribute(obj, name);
    if (value === undefined || (optional && value === null)) {
      if (optional) return undefined;
      throw missing(name, base);
    }
    return cInt(value);
  };
  const endOptional = hasOptionalEndPosition(base);
  const lineno = read("lineno", false)!;
  const col_offset = read("col_offset", false)!;
  const end_lineno = read("end_lineno", endOptional) ?? lineno;
  const end_col_offset = read("end_col_offset", endOptional) ?? col_offset;
  return { lineno, col_offset, end_lineno, end_col_offset };
}

function missing(field: string, owner: string) {
  return pyError("TypeError", `required field "${field}" missing from ${owner}`);
}

/** The node constructors' check: a required node or identifier may not be None. */
function checkRequired(kind: NodeKind, node: JsNode): JsNode {
  for (const field of fieldsOf(kind)) {
    const { element, list, optional } = fieldType(kind, field);
    if (list || optional || element === "int" || element === "constant") continue;
    if (node[field] === null) {
      throw pyError("ValueError", `field '${field}' is required for ${kind}`);
    }
  }
  return node;
}

/**
 * A constant in the compiler's form: exact tuples as arrays, exact frozensets
 * as FrozenSetConstant, strs as JS strings unless they hold lone surrogates.
 * Anything else stays as it is, for the validator to accept or reject.
 */
export function constantFromPython(value: PyValue): unknown {
  if (value instanceof PyTuple && value.cls === tupleType) {
    return value.items.map(constantFromPython);
  }
  if (value instanceof PySet && value.cls === frozensetType) {
    return new FrozenSetConstant(iterateToArray(value).map(constantFromPython) as ConstantValue[]);
  }
  if (value instanceof PyWideStr && isStr(value)) {
    const hasSurrogate = codePointsOf(value).some((c) => c >= 0xd800 && c <= 0xdfff);
    return hasSurrogate ? value : toJsString(value);
  }
  return value;
}
