/**
 * The Python classes of `_ast`, derived from the node table (vm/compiler/ast.ts)
 * the way CPython's Python-ast.c derives them from Python.asdl:
 *
 * - `AST`, the root, with the generic `__init__` (positional arguments fill
 *   `_fields` in order, keywords set any attribute) and `__reduce__`;
 * - one class per abstract base ("sum": `stmt`, `expr`, `operator`, ...), with
 *   the constructors of that sum as its subclasses (`Name`, `Add`, ...);
 * - one class per product (`arguments`, `keyword`, ...), directly under AST.
 *
 * Each class carries `_fields`, `__match_args__`, and, on sums and products,
 * `_attributes` (the position names). Optional fields and optional positions
 * (`end_lineno`, `end_col_offset`) default to None through class attributes,
 * as in 3.11 — `ast.dump` relies on that to leave such None values out.
 * Lists are not defaulted: `ast.Module().body` is an AttributeError in 3.11.
 *
 * The classes are heap types with `__module__` "ast", so programs may
 * subclass them and set attributes on them. They are created on first use
 * and shared by `_ast`, `compile(..., PyCF_ONLY_AST)` and AST input to
 * compile().
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType, TypeFlag } from "../vm/objects/type.ts";
import { objectType, typeType } from "../vm/objects/core_types.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr, type PyStr, strEquals } from "../vm/objects/str_wide.ts";
import { EMPTY_TUPLE, newTuple } from "../vm/objects/tuple.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { registerInitializer } from "../vm/runtime/call_type.ts";
import { attributeName, setAttribute } from "../vm/runtime/attributes.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { fieldsOf, type NodeKind, NODES, POSITIONED_BASES } from "../vm/compiler/ast.ts";
import { optionalAttribute } from "./ast_attributes.ts";
import { defineInstanceDict } from "../vm/runtime/types/object_type.ts";

export const POSITION_NAMES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

/** A field's ASDL type split into its element type and its `*` / `?` marks. */
export interface FieldType {
  element: string;
  list: boolean;
  /** `?`: the value (or, in a list, each item) may be None. */
  optional: boolean;
}

export function fieldType(kind: NodeKind, field: string): FieldType {
  const type = (NODES[kind].fields as Record<string, string>)[field];
  const list = type.endsWith("*");
  const scalar = list ? type.slice(0, -1) : type;
  const optional = scalar.endsWith("?");
  return { element: optional ? scalar.slice(0, -1) : scalar, list, optional };
}

/** A product (`arguments`, `keyword`, ...) is its own base. */
export function isProduct(name: string): boolean {
  return (NODES as Record<string, { base: string }>)[name]?.base === name;
}

/** The constructors of each sum and of each product (itself), in ASDL order. */
export const CONSTRUCTORS: ReadonlyMap<string, readonly NodeKind[]> = (() => {
  const map = new Map<string, NodeKind[]>();
  for (const kind of Object.keys(NODES) as NodeKind[]) {
    const base = NODES[kind].base;
    if (!map.has(base)) map.set(base, []);
    map.get(base)!.push(kind);
  }
  return map;
})();

export function isPositioned(base: string): boolean {
  return (POSITIONED_BASES as readonly string[]).includes(base);
}

/** Patterns are the one kind whose end positions are required (`int`, not `int?`). */
export function hasOptionalEndPosition(base: string): boolean {
  return isPositioned(base) && base !== "pattern";
}

const SIMPLE_SUMS = new Set(
  [...CONSTRUCTORS].filter(([base, kinds]) =>
    !isPositioned(base) && !isProduct(base) && kinds.every((kind) => fieldsOf(kind).length === 0)
  ).map(([base]) => base),
);

/** A sum whose constructors carry nothing: operators and expression contexts. */
export function isSimpleSum(base: string): boolean {
  return SIMPLE_SUMS.has(base);
}

/** ASDL's text for a constructor or product, as in the classes' docstrings. */
function asdlOf(kind: NodeKind): string {
  const fields = fieldsOf(kind).map((field) => {
    const { element, list, optional } = fieldType(kind, field);
    // `expr?*` is this table's spelling of a list that may hold None; ASDL says `expr*`.
    return `${element}${list ? "*" : optional ? "?" : ""} ${field}`;
  });
  return fields.length === 0 ? kind : `${kind}(${fields.join(", ")})`;
}

function sumDoc(base: string): string {
  const kinds = CONSTRUCTORS.get(base)!;
  if (isSimpleSum(base)) return `${base} = ${kinds.join(" | ")}`;
  return `${base} = ${kinds.map(asdlOf).join(`\n${" ".repeat(base.length + 1)}| `)}`;
}

export interface AstTypes {
  readonly AST: PyType;
  /** Every class of `_ast` by name: sums, constructors and products. */
  readonly byName: ReadonlyMap<string, PyType>;
}

let created: AstTypes | null = null;

export function astTypes(): AstTypes {
  return created ??= createTypes();
}

function heapType(name: string, base: PyType, namespace: [string, PyValue][]): PyType {
  return new PyType(
    typeType,
    name,
    [base],
    new Map(namespace),
    TypeFlag.HEAPTYPE | TypeFlag.BASETYPE,
  );
}

const strTuple = (names: readonly string[]) => newTuple([...names]);

/** A class namespace in CPython's order: `_fields`, `__match_args__`, module, doc, the rest. */
function classNamespace(
  fields: readonly string[],
  doc: string | null,
  rest: [string, PyValue][],
): [string, PyValue][] {
  const tuple = fields.length === 0 ? EMPTY_TUPLE : strTuple(fields);
  return [["_fields", tuple], ["__match_args__", tuple], ["__module__", "ast"], [
    "__doc__",
    doc,
  ], ...rest];
}

/** None for every optional field of `kind`. */
function fieldDefaults(kind: NodeKind): [string, PyValue][] {
  return fieldsOf(kind).filter((field) => {
    const { list, optional } = fieldType(kind, field);
    return optional && !list;
  }).map((field) => [field, null]);
}

/** `_attributes` of a sum or product. */
function attributes(base: string): [string, PyValue] {
  return ["_attributes", isPositioned(base) ? strTuple(POSITION_NAMES) : EMPTY_TUPLE];
}

/** None for the optional end positions. */
function endPositionDefaults(base: string): [string, PyValue][] {
  return hasOptionalEndPosition(base) ? [["end_lineno", null], ["end_col_offset", null]] : [];
}

function createTypes(): AstTypes {
  const AST = heapType("AST", objectType, classNamespace([], null, [["_attributes", EMPTY_TUPLE]]));
  registerInitializer(AST, astInit);
  defineInstanceDict(AST); // nodes keep their fields in an instance __dict__, as in CPython
  defineNativeMethods(AST, { __reduce__: ["", astReduce] });
  const byName = new Map<string, PyType>([["AST", AST]]);
  for (const [base, kinds] of CONSTRUCTORS) {
    if (isProduct(base)) {
      const kind = kinds[0];
      const rest = [attributes(base), ...fieldDefaults(kind), ...endPositionDefaults(base)];
      byName.set(kind, heapType(kind, AST, classNamespace(fieldsOf(kind), asdlOf(kind), rest)));
      continue;
    }
    const rest = [attributes(base), ...endPositionDefaults(base)];
    const sum = heapType(base, AST, classNamespace([], sumDoc(base), rest));
    byName.set(base, sum);
    for (const kind of kinds) {
      const namespace = classNamespace(fieldsOf(kind), asdlOf(kind), fieldDefaults(kind));
      byName.set(kind, heapType(kind, sum, namespace));
    }
  }
  return { AST, byName };
}

/**
 * AST.__init__ (CPython's ast_type_init): positional arguments are the first
 * `_fields`, read from the instance's class so subclasses may change them.
 */
function astInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const cls = typeOf(self);
  const fieldsValue = optionalAttribute(cls, "_fields");
  const fields = fieldsValue === undefined ? [] : iterateToArray(fieldsValue);
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > fields.length) {
    const count = fields.length;
    throw pyError(
      "TypeError",
      `${cls.name} constructor takes at most ${count} positional argument${count === 1 ? "" : "s"}`,
    );
  }
  for (let i = 0; i < positional; i++) setAttribute(self, attributeName(fields[i]), args[i]);
  kwnames?.forEach((name, i) => {
    const index = fields.findIndex((field) => isStr(field) && strEquals(field as PyStr, name));
    if (index >= 0 && index < positional) {
      throw pyError("TypeError", `${cls.name} got multiple values for argument '${name}'`);
    }
    setAttribute(self, name, args[positional + i]);
  });
}

/** AST.__reduce__: `(type(self), (), self.__dict__)`, so nodes pickle and copy. */
function astReduce(self: PyValue): PyValue {
  const dict = optionalAttribute(self, "__dict__");
  return dict === undefined
    ? newTuple([typeOf(self), EMPTY_TUPLE])
    : newTuple([typeOf(self), EMPTY_TUPLE, dict]);
}
