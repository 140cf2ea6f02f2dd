/**
 * Front-end trees to Python node objects (CPython's ast2obj): what
 * `compile(..., PyCF_ONLY_AST)` and so `ast.parse` return.
 *
 * One conversion plan per node kind, derived from the node table: the class,
 * and for each field (in ASDL order) how to convert its value. Fields are
 * stored straight into the new instance's attribute map, then the positions,
 * so `vars(node)` lists them in CPython's order. Operators and expression
 * contexts come out as one shared instance per kind, as CPython's parser
 * output does (`tree.body[0].value.ctx is tree.body[1].value.ctx`), while
 * `ast.Load()` still makes a new one.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { PyInstance } from "../vm/objects/instance.ts";
import { setMappedAttribute } from "../vm/objects/instance_map.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { strFromJs } from "../vm/objects/str_wide.ts";
import { newFrozenSet } from "../vm/runtime/build.ts";
import { FrozenSetConstant } from "../vm/compiler/code.ts";
import { type AnyNode, fieldsOf, type NodeKind, NODES } from "../vm/compiler/ast.ts";
import { astTypes, fieldType, isPositioned, isSimpleSum, POSITION_NAMES } from "./ast_types.ts";

type Converter = (value: unknown) => PyValue;
type JsNode = { _type: NodeKind } & Record<string, unknown>;

interface Plan {
  type: PyType;
  fields: readonly (readonly [string, Converter])[];
  positioned: boolean;
  /** The shared instance of a kind without fields (operators, contexts). */
  shared: PyInstance | null;
}

const plans = new Map<NodeKind, Plan>();

export function astToPython(node: AnyNode): PyValue {
  return nodeToPython(node as unknown as JsNode);
}

function nodeToPython(node: JsNode | null): PyValue {
  if (node === null) return null;
  const plan = plans.get(node._type) ?? planFor(node._type);
  if (plan.shared !== null) return plan.shared;
  const obj = new PyInstance(plan.type);
  for (const [name, convert] of plan.fields) {
    setMappedAttribute(obj, name, convert(node[name] ?? null));
  }
  if (plan.positioned) {
    for (const name of POSITION_NAMES) setMappedAttribute(obj, name, node[name] as number);
  }
  return obj;
}

function planFor(kind: NodeKind): Plan {
  const type = astTypes().byName.get(kind)!;
  const base = NODES[kind].base;
  const plan: Plan = {
    type,
    fields: fieldsOf(kind).map((field) => [field, converterFor(kind, field)] as const),
    positioned: isPositioned(base),
    shared: isSimpleSum(base) ? new PyInstance(type) : null,
  };
  plans.set(kind, plan);
  return plan;
}

function converterFor(kind: NodeKind, field: string): Converter {
  const { element, list } = fieldType(kind, field);
  const convert = elementConverter(element);
  return list ? (value) => new PyList((value as unknown[]).map(convert)) : convert;
}

function elementConverter(element: string): Converter {
  switch (element) {
    case "identifier":
    case "string":
      return (value) => typeof value === "string" ? strFromJs(value) : value as PyValue;
    case "int":
      return (value) => value as PyValue;
    case "constant":
      return constantToPython;
    default:
      return (value) => nodeToPython(value as JsNode | null);
  }
}

/** Constants as the program sees them: folded tuples and frozensets become objects. */
function constantToPython(value: unknown): PyValue {
  if (typeof value === "string") return strFromJs(value);
  if (Array.isArray(value)) return newTuple(value.map(constantToPython));
  if (value instanceof FrozenSetConstant) return newFrozenSet(value.items.map(constantToPython));
  return value as PyValue;
}
