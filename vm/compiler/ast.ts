/**
 * The Python 3.11 abstract syntax tree, declared once as data.
 *
 * `NODES` mirrors CPython's Parser/Python.asdl: every concrete node kind with its
 * abstract base ("sum" in ASDL terms) and its fields in ASDL order. A field type
 * ends in `*` for a list and `?` for an optional value. Everything else is derived
 * from this one table: the TypeScript types of the nodes (below), the field order
 * used by `dump` (ast_dump.ts), and the node-kind predicates.
 *
 * A node is a plain object `{ kind, ...fields, ...position }`. Plain objects keep
 * the parser allocation-light and let the compiler test against trees produced by
 * CPython itself (serialised to JSON in the same shape).
 *
 * Positions follow CPython exactly: `lineno`/`end_lineno` are 1-based lines,
 * `col_offset`/`end_col_offset` are 0-based offsets in UTF-8 bytes.
 */

export const NODES = {
  // mod
  Module: { base: "mod", fields: { body: "stmt*", type_ignores: "type_ignore*" } },
  Interactive: { base: "mod", fields: { body: "stmt*" } },
  Expression: { base: "mod", fields: { body: "expr" } },
  FunctionType: { base: "mod", fields: { argtypes: "expr*", returns: "expr" } },

  // stmt
  FunctionDef: {
    base: "stmt",
    fields: {
      name: "identifier",
      args: "arguments",
      body: "stmt*",
      decorator_list: "expr*",
      returns: "expr?",
      type_comment: "string?",
    },
  },
  AsyncFunctionDef: {
    base: "stmt",
    fields: {
      name: "identifier",
      args: "arguments",
      body: "stmt*",
      decorator_list: "expr*",
      returns: "expr?",
      type_comment: "string?",
    },
  },
  ClassDef: {
    base: "stmt",
    fields: {
      name: "identifier",
      bases: "expr*",
      keywords: "keyword*",
      body: "stmt*",
      decorator_list: "expr*",
    },
  },
  Return: { base: "stmt", fields: { value: "expr?" } },
  Delete: { base: "stmt", fields: { targets: "expr*" } },
  Assign: { base: "stmt", fields: { targets: "expr*", value: "expr", type_comment: "string?" } },
  AugAssign: { base: "stmt", fields: { target: "expr", op: "operator", value: "expr" } },
  AnnAssign: {
    base: "stmt",
    fields: { target: "expr", annotation: "expr", value: "expr?", simple: "int" },
  },
  For: {
    base: "stmt",
    fields: {
      target: "expr",
      iter: "expr",
      body: "stmt*",
      orelse: "stmt*",
      type_comment: "string?",
    },
  },
  AsyncFor: {
    base: "stmt",
    fields: {
      target: "expr",
      iter: "expr",
      body: "stmt*",
      orelse: "stmt*",
      type_comment: "string?",
    },
  },
  While: { base: "stmt", fields: { test: "expr", body: "stmt*", orelse: "stmt*" } },
  If: { base: "stmt", fields: { test: "expr", body: "stmt*", orelse: "stmt*" } },
  With: { base: "stmt", fields: { items: "withitem*", body: "stmt*", type_comment: "string?" } },
  AsyncWith: {
    base: "stmt",
    fields: { items: "withitem*", body: "stmt*", type_comment: "string?" },
  },
  Match: { base: "stmt", fields: { subject: "expr", cases: "match_case*" } },
  Raise: { base: "stmt", fields: { exc: "expr?", cause: "expr?" } },
  Try: {
    base: "stmt",
    fields: { body: "stmt*", handlers: "excepthandler*", orelse: "stmt*", finalbody: "stmt*" },
  },
  TryStar: {
    base: "stmt",
    fields: { body: "stmt*", handlers: "excepthandler*", orelse: "stmt*", finalbody: "stmt*" },
  },
  Assert: { base: "stmt", fields: { test: "expr", msg: "expr?" } },
  Import: { base: "stmt", fields: { names: "alias*" } },
  ImportFrom: { base: "stmt", fields: { module: "identifier?", names: "alias*", level: "int?" } },
  Global: { base: "stmt", fields: { names: "identifier*" } },
  Nonlocal: { base: "stmt", fields: { names: "identifier*" } },
  Expr: { base: "stmt", fields: { value: "expr" } },
  Pass: { base: "stmt", fields: {} },
  Break: { base: "stmt", fields: {} },
  Continue: { base: "stmt", fields: {} },

  // expr
  BoolOp: { base: "expr", fields: { op: "boolop", values: "expr*" } },
  NamedExpr: { base: "expr", fields: { target: "expr", value: "expr" } },
  BinOp: { base: "expr", fields: { left: "expr", op: "operator", right: "expr" } },
  UnaryOp: { base: "expr", fields: { op: "unaryop", operand: "expr" } },
  Lambda: { base: "expr", fields: { args: "arguments", body: "expr" } },
  IfExp: { base: "expr", fields: { test: "expr", body: "expr", orelse: "expr" } },
  Dict: { base: "expr", fields: { keys: "expr?*", values: "expr*" } },
  Set: { base: "expr", fields: { elts: "expr*" } },
  ListComp: { base: "expr", fields: { elt: "expr", generators: "comprehension*" } },
  SetComp: { base: "expr", fields: { elt: "expr", generators: "comprehension*" } },
  DictComp: { base: "expr", fields: { key: "expr", value: "expr", generators: "comprehension*" } },
  GeneratorExp: { base: "expr", fields: { elt: "expr", generators: "comprehension*" } },
  Await: { base: "expr", fields: { value: "expr" } },
  Yield: { base: "expr", fields: { value: "expr?" } },
  YieldFrom: { base: "expr", fields: { value: "expr" } },
  Compare: { base: "expr", fields: { left: "expr", ops: "cmpop*", comparators: "expr*" } },
  Call: { base: "expr", fields: { func: "expr", args: "expr*", keywords: "keyword*" } },
  FormattedValue: {
    base: "expr",
    fields: { value: "expr", conversion: "int", format_spec: "expr?" },
  },
  JoinedStr: { base: "expr", fields: { values: "expr*" } },
  Constant: { base: "expr", fields: { value: "constant", kind: "string?" } },
  Attribute: { base: "expr", fields: { value: "expr", attr: "identifier", ctx: "expr_context" } },
  Subscript: { base: "expr", fields: { value: "expr", slice: "expr", ctx: "expr_context" } },
  Starred: { base: "expr", fields: { value: "expr", ctx: "expr_context" } },
  Name: { base: "expr", fields: { id: "identifier", ctx: "expr_context" } },
  List: { base: "expr", fields: { elts: "expr*", ctx: "expr_context" } },
  Tuple: { base: "expr", fields: { elts: "expr*", ctx: "expr_context" } },
  Slice: { base: "expr", fields: { lower: "expr?", upper: "expr?", step: "expr?" } },

  // expr_context
  Load: { base: "expr_context", fields: {} },
  Store: { base: "expr_context", fields: {} },
  Del: { base: "expr_context", fields: {} },

  // boolop
  And: { base: "boolop", fields: {} },
  Or: { base: "boolop", fields: {} },

  // operator
  Add: { base: "operator", fields: {} },
  Sub: { base: "operator", fields: {} },
  Mult: { base: "operator", fields: {} },
  MatMult: { base: "operator", fields: {} },
  Div: { base: "operator", fields: {} },
  Mod: { base: "operator", fields: {} },
  Pow: { base: "operator", fields: {} },
  LShift: { base: "operator", fields: {} },
  RShift: { base: "operator", fields: {} },
  BitOr: { base: "operator", fields: {} },
  BitXor: { base: "operator", fields: {} },
  BitAnd: { base: "operator", fields: {} },
  FloorDiv: { base: "operator", fields: {} },

  // unaryop
  Invert: { base: "unaryop", fields: {} },
  Not: { base: "unaryop", fields: {} },
  UAdd: { base: "unaryop", fields: {} },
  USub: { base: "unaryop", fields: {} },

  // cmpop
  Eq: { base: "cmpop", fields: {} },
  NotEq: { base: "cmpop", fields: {} },
  Lt: { base: "cmpop", fields: {} },
  LtE: { base: "cmpop", fields: {} },
  Gt: { base: "cmpop", fields: {} },
  GtE: { base: "cmpop", fields: {} },
  Is: { base: "cmpop", fields: {} },
  IsNot: { base: "cmpop", fields: {} },
  In: { base: "cmpop", fields: {} },
  NotIn: { base: "cmpop", fields: {} },

  // product types (their base is their own name)
  comprehension: {
    base: "comprehension",
    fields: { target: "expr", iter: "expr", ifs: "expr*", is_async: "int" },
  },
  ExceptHandler: {
    base: "excepthandler",
    fields: { type: "expr?", name: "identifier?", body: "stmt*" },
  },
  arguments: {
    base: "arguments",
    fields: {
      posonlyargs: "arg*",
      args: "arg*",
      vararg: "arg?",
      kwonlyargs: "arg*",
      kw_defaults: "expr?*",
      kwarg: "arg?",
      defaults: "expr*",
    },
  },
  arg: { base: "arg", fields: { arg: "identifier", annotation: "expr?", type_comment: "string?" } },
  keyword: { base: "keyword", fields: { arg: "identifier?", value: "expr" } },
  alias: { base: "alias", fields: { name: "identifier", asname: "identifier?" } },
  withitem: { base: "withitem", fields: { context_expr: "expr", optional_vars: "expr?" } },
  match_case: { base: "match_case", fields: { pattern: "pattern", guard: "expr?", body: "stmt*" } },

  // pattern
  MatchValue: { base: "pattern", fields: { value: "expr" } },
  MatchSingleton: { base: "pattern", fields: { value: "constant" } },
  MatchSequence: { base: "pattern", fields: { patterns: "pattern*" } },
  MatchMapping: {
    base: "pattern",
    fields: { keys: "expr*", patterns: "pattern*", rest: "identifier?" },
  },
  MatchClass: {
    base: "pattern",
    fields: {
      cls: "expr",
      patterns: "pattern*",
      kwd_attrs: "identifier*",
      kwd_patterns: "pattern*",
    },
  },
  MatchStar: { base: "pattern", fields: { name: "identifier?" } },
  MatchAs: { base: "pattern", fields: { pattern: "pattern?", name: "identifier?" } },
  MatchOr: { base: "pattern", fields: { patterns: "pattern*" } },

  // type_ignore
  TypeIgnore: { base: "type_ignore", fields: { lineno: "int", tag: "string" } },
} as const;

/**
 * Bases whose nodes carry source positions (ASDL `attributes`). Products not
 * listed here (comprehension, arguments, withitem, match_case) have none.
 */
export const POSITIONED_BASES = [
  "stmt",
  "expr",
  "excepthandler",
  "arg",
  "keyword",
  "alias",
  "pattern",
] as const;

import type { PyFloat } from "../objects/float.ts";
import type { PyComplex } from "../objects/complex.ts";
import type { PyBytes } from "../objects/bytes.ts";
import type { PyObject } from "../objects/object.ts";

export type NodeKind = keyof typeof NODES;
type Spec = typeof NODES;
type BaseName = Spec[NodeKind]["base"];

/** Python constants as they appear in `Constant` and `MatchSingleton`. */
export type ConstantValue =
  | null // None
  | boolean
  | number // int within the safe range
  | bigint // int beyond it
  | string
  | PyFloat
  | PyComplex
  | PyBytes
  | PyObject // Ellipsis
  | ConstantValue[]; // tuple (only produced by constant folding in the compiler)

/**
 * Constants are runtime objects, so code objects can use them as they are:
 * floats, imaginary numbers and bytes are boxed (`1` and `1.0` stay distinct).
 */
export { PyFloat } from "../objects/float.ts";
export { PyComplex } from "../objects/complex.ts";
export { PyBytes } from "../objects/bytes.ts";
export { Ellipsis } from "../objects/singletons.ts";

export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

type FieldValue<T extends string> = T extends `${infer E}?*` ? Array<Scalar<E> | null>
  : T extends `${infer E}*` ? Array<Scalar<E>>
  : T extends `${infer E}?` ? Scalar<E> | null
  : Scalar<T>;

type Scalar<T extends string> = T extends "identifier" | "string" ? string
  : T extends "int" ? number
  : T extends "constant" ? ConstantValue
  : T extends BaseName ? NodeOfBase<T>
  : never;

type PositionOf<B> = B extends (typeof POSITIONED_BASES)[number] ? Position : unknown;

/** The node type for one kind, e.g. `Node<"BinOp">`. */
export type Node<K extends NodeKind> =
  & { _type: K }
  & { -readonly [F in keyof Spec[K]["fields"]]: FieldValue<Spec[K]["fields"][F] & string> }
  & PositionOf<Spec[K]["base"]>;

/** Every node kind whose base is B, as a discriminated union. */
export type NodeOfBase<B extends string> = {
  [K in NodeKind]: Spec[K]["base"] extends B ? Node<K> : never;
}[NodeKind];

export type AnyNode = { [K in NodeKind]: Node<K> }[NodeKind];
export type Mod = NodeOfBase<"mod">;
export type Stmt = NodeOfBase<"stmt">;
export type Expr = NodeOfBase<"expr">;
export type ExprContext = NodeOfBase<"expr_context">;
export type BoolOpKind = NodeOfBase<"boolop">;
export type Operator = NodeOfBase<"operator">;
export type UnaryOperator = NodeOfBase<"unaryop">;
export type CmpOp = NodeOfBase<"cmpop">;
export type Comprehension = Node<"comprehension">;
export type ExceptHandler = Node<"ExceptHandler">;
export type Arguments = Node<"arguments">;
export type Arg = Node<"arg">;
export type Keyword = Node<"keyword">;
export type Alias = Node<"alias">;
export type WithItem = Node<"withitem">;
export type MatchCase = Node<"match_case">;
export type Pattern = NodeOfBase<"pattern">;
export type TypeIgnore = Node<"TypeIgnore">;

/** Field names of a kind, in ASDL order. */
export function fieldsOf(kind: NodeKind): readonly string[] {
  return FIELD_NAMES[kind];
}

/** True when the field is optional (`?`): ast.dump omits it when it is None. */
export function isOptionalField(kind: NodeKind, field: string): boolean {
  const type = (NODES[kind].fields as Record<string, string>)[field];
  return type !== undefined && type.endsWith("?");
}

export function hasPosition(kind: NodeKind): boolean {
  return (POSITIONED_BASES as readonly string[]).includes(NODES[kind].base);
}

const FIELD_NAMES = Object.fromEntries(
  Object.entries(NODES).map(([kind, spec]) => [kind, Object.keys(spec.fields)]),
) as unknown as Record<NodeKind, readonly string[]>;

/**
 * Field-less nodes (operators, contexts) are shared singletons, as in CPython
 * where `ast.Load()` instances are interned by the parser.
 */
type FieldlessKind = {
  [K in NodeKind]: keyof Spec[K]["fields"] extends never
    ? (Spec[K]["base"] extends (typeof POSITIONED_BASES)[number] ? never : K)
    : never;
}[NodeKind];

const singletons = new Map<string, unknown>();
export function singleton<K extends FieldlessKind>(kind: K): Node<K> {
  let node = singletons.get(kind);
  if (node === undefined) {
    node = Object.freeze({ _type: kind });
    singletons.set(kind, node);
  }
  return node as Node<K>;
}
