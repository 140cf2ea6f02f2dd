/**
 * `ast.dump()` of CPython 3.11, byte for byte, for our AST nodes.
 *
 * The differential test compares our parser with CPython by comparing dumps,
 * so this printer must reproduce Lib/ast.py's layout rules exactly:
 *
 * - A node prints as `Kind(field=value, ...)`. Every field is named (the
 *   default `annotate_fields=True`). Optional (`?`) fields holding None are
 *   left out; a None that is not optional (a `Constant`'s value, a None
 *   inside a list such as `Dict.keys`) prints as `None`.
 * - With `includeAttributes`, the positions follow the fields, in the order
 *   lineno, col_offset, end_lineno, end_col_offset.
 * - With an indent, a node stays on one line only when it has at most three
 *   arguments and every one of them is "simple". Scalars (reprs) are simple,
 *   and so are the empty list `[]` and a node with no arguments at all
 *   (`Load()`). A non-empty list or a node with arguments is not. Otherwise
 *   each argument goes on its own line, one indent deeper per nesting level.
 *   A list adds a level of its own.
 * - Scalars use Python's repr: str/bytes/float/complex/int reprs from
 *   vm/text/, tuples for folded constants, `Ellipsis`, `None`, `True`, `False`.
 */
import {
  type ConstantValue,
  Ellipsis,
  fieldsOf,
  hasPosition,
  type NodeKind,
  NODES,
  PyBytes,
  PyComplex,
  PyFloat,
} from "./ast.ts";
import { bytesRepr } from "../text/bytes_repr.ts";
import { complexRepr, floatRepr } from "../text/float_repr.ts";
import { intRepr } from "../text/int_repr.ts";
import { codePointsRepr, strRepr } from "../text/str_repr.ts";
import { PyWideStr } from "../objects/str_wide.ts";

export interface DumpOptions {
  /** Print lineno/col_offset/end_lineno/end_col_offset (`include_attributes=True`). */
  includeAttributes?: boolean;
  /** Spaces (or the string) per level; undefined prints everything on one line. */
  indent?: number | string;
}

const POSITION_ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

/** A dumpable node: the `_type` discriminator plus its fields. */
type AnyNodeLike = { _type: NodeKind };

export function dump(node: AnyNodeLike, options: DumpOptions = {}): string {
  const indent = typeof options.indent === "number" ? " ".repeat(options.indent) : options.indent;
  const writer = new DumpWriter(options.includeAttributes ?? false, indent);
  writer.node(node, 0);
  return writer.parts.join("");
}

/** A field or attribute that ast.dump prints: its name, value and ASDL type. */
type Argument = [name: string, value: unknown, type: string];

/**
 * Writes the dump front to back into `parts`. Python's dump formats each child
 * to a string and then wraps it, which copies deep subtrees once per level
 * (sympy's polyquinticconst.py: 96 KB of source, 68 MB of dump). Whether a node
 * fits on one line depends only on the *shape* of its arguments (scalars, empty
 * lists and argument-less nodes are simple), so we decide that first and emit
 * each piece once.
 */
class DumpWriter {
  readonly parts: string[] = [];

  constructor(readonly includeAttributes: boolean, readonly indent: string | undefined) {}

  node(node: AnyNodeLike, outerLevel: number): void {
    const level = outerLevel + 1;
    const args = this.printedArguments(node);
    const oneLine = args.length <= 3 && args.every(([, value, type]) => this.isSimple(value, type));
    this.parts.push(node._type, "(");
    args.forEach(([name, value, type], index) => {
      if (oneLine) {
        if (index > 0) this.parts.push(", ");
      } else {
        this.parts.push(index > 0 ? this.separator(level) : this.prefix(level));
      }
      this.parts.push(name, "=");
      this.value(value, type, level);
    });
    this.parts.push(")");
  }

  /** The fields that are not an omitted None, then the positions if asked for. */
  printedArguments(node: AnyNodeLike): Argument[] {
    const kind = node._type;
    const fieldTypes = NODES[kind].fields as Record<string, string>;
    const record = node as unknown as Record<string, unknown>;
    const args: Argument[] = [];
    for (const field of fieldsOf(kind)) {
      const value = record[field];
      const type = fieldTypes[field];
      if (value === undefined || (value === null && type.endsWith("?"))) continue;
      args.push([field, value, type]);
    }
    if (this.includeAttributes && hasPosition(kind)) {
      for (const attribute of POSITION_ATTRIBUTES) {
        const value = record[attribute];
        if (value !== undefined && value !== null) args.push([attribute, value, "int"]);
      }
    }
    return args;
  }

  /** Python's "simple": a scalar, an empty list, or a node that prints no arguments. */
  isSimple(value: unknown, type: string): boolean {
    if (Array.isArray(value) && type.endsWith("*")) return value.length === 0;
    if (value === null || isScalarType(type)) return true;
    return this.printedArguments(value as AnyNodeLike).length === 0;
  }

  /** One field value; `type` is its ASDL type such as `expr*`, `identifier?`, `int`. */
  value(value: unknown, type: string, outerLevel: number): void {
    if (Array.isArray(value) && type.endsWith("*")) {
      this.list(value, type.slice(0, -1), outerLevel);
    } else if (value === null) {
      this.parts.push("None");
    } else if (isScalarType(type)) {
      this.parts.push(scalarRepr(value, type));
    } else {
      this.node(value as AnyNodeLike, outerLevel);
    }
  }

  list(items: unknown[], elementType: string, outerLevel: number): void {
    if (items.length === 0) {
      this.parts.push("[]");
      return;
    }
    const level = outerLevel + 1;
    this.parts.push("[", this.prefix(level));
    items.forEach((item, index) => {
      if (index > 0) this.parts.push(this.separator(level));
      this.value(item, elementType, level);
    });
    this.parts.push("]");
  }

  prefix(level: number): string {
    return this.indent === undefined ? "" : "\n" + this.indent.repeat(level);
  }

  separator(level: number): string {
    return this.indent === undefined ? ", " : ",\n" + this.indent.repeat(level);
  }
}

const SCALAR_TYPES = new Set(["constant", "identifier", "string", "int"]);

function isScalarType(type: string): boolean {
  return SCALAR_TYPES.has(type.endsWith("?") ? type.slice(0, -1) : type);
}

function scalarRepr(value: unknown, type: string): string {
  if (type.startsWith("constant")) return constantRepr(value as ConstantValue);
  if (type.startsWith("int")) return intRepr(value as number);
  return strRepr(value as string);
}

/** repr() of a constant as it can occur in `Constant` and `MatchSingleton`. */
export function constantRepr(value: ConstantValue): string {
  if (value === null) return "None";
  switch (typeof value) {
    case "boolean":
      return value ? "True" : "False";
    case "number":
    case "bigint":
      return intRepr(value);
    case "string":
      return strRepr(value);
  }
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (value instanceof PyComplex) return complexRepr(value.real, value.imag);
  if (value instanceof PyBytes) return bytesRepr(value.bytes);
  if (value instanceof PyWideStr) return codePointsRepr(value.codePoints);
  if (value === Ellipsis) return "Ellipsis";
  if (Array.isArray(value)) {
    const items = value.map(constantRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  throw new TypeError(`not a Python constant: ${String(value)}`);
}
