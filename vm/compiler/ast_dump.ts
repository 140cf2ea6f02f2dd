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
  NODES,
  type NodeKind,
  PyBytes,
  PyComplex,
  PyFloat,
} from "./ast.ts";
import { bytesRepr } from "../text/bytes_repr.ts";
import { complexRepr, floatRepr } from "../text/float_repr.ts";
import { intRepr } from "../text/int_repr.ts";
import { strRepr } from "../text/str_repr.ts";

export interface DumpOptions {
  /** Print lineno/col_offset/end_lineno/end_col_offset (`include_attributes=True`). */
  includeAttributes?: boolean;
  /** Spaces (or the string) per level; undefined prints everything on one line. */
  indent?: number | string;
}

const POSITION_ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

/** A dumpable node: the `_type` discriminator plus its fields. */
type AnyNodeLike = { _type: NodeKind };

type Formatted = [text: string, simple: boolean];

export function dump(node: AnyNodeLike, options: DumpOptions = {}): string {
  const indent = typeof options.indent === "number" ? " ".repeat(options.indent) : options.indent;
  const printer = new DumpPrinter(options.includeAttributes ?? false, indent);
  return printer.node(node, 0)[0];
}

class DumpPrinter {
  constructor(readonly includeAttributes: boolean, readonly indent: string | undefined) {}

  node(node: AnyNodeLike, outerLevel: number): Formatted {
    const level = outerLevel + 1;
    const kind = node._type;
    const fieldTypes = NODES[kind].fields as Record<string, string>;
    const record = node as unknown as Record<string, unknown>;
    const args: string[] = [];
    let allSimple = true;
    for (const field of fieldsOf(kind)) {
      const value = record[field];
      const type = fieldTypes[field];
      if (value === undefined || (value === null && type.endsWith("?"))) continue;
      const [text, simple] = this.value(value, type, level);
      allSimple &&= simple;
      args.push(`${field}=${text}`);
    }
    if (this.includeAttributes && hasPosition(kind)) {
      for (const attribute of POSITION_ATTRIBUTES) {
        const value = record[attribute];
        if (value === undefined || value === null) continue;
        args.push(`${attribute}=${value}`);
      }
    }
    if (allSimple && args.length <= 3) return [`${kind}(${args.join(", ")})`, args.length === 0];
    return [`${kind}(${this.prefix(level)}${args.join(this.separator(level))})`, false];
  }

  /** One field value; `type` is its ASDL type such as `expr*`, `identifier?`, `int`. */
  value(value: unknown, type: string, outerLevel: number): Formatted {
    if (Array.isArray(value) && type.endsWith("*")) {
      return this.list(value, type.slice(0, -1), outerLevel);
    }
    if (value === null) return ["None", true];
    const scalarType = type.endsWith("?") ? type.slice(0, -1) : type;
    switch (scalarType) {
      case "constant":
        return [constantRepr(value as ConstantValue), true];
      case "identifier":
      case "string":
        return [strRepr(value as string), true];
      case "int":
        return [intRepr(value as number), true];
      default:
        return this.node(value as AnyNodeLike, outerLevel);
    }
  }

  list(items: unknown[], elementType: string, outerLevel: number): Formatted {
    if (items.length === 0) return ["[]", true];
    const level = outerLevel + 1;
    const texts = items.map((item) => this.value(item, elementType, level)[0]);
    return [`[${this.prefix(level)}${texts.join(this.separator(level))}]`, false];
  }

  prefix(level: number): string {
    return this.indent === undefined ? "" : "\n" + this.indent.repeat(level);
  }

  separator(level: number): string {
    return this.indent === undefined ? ", " : ",\n" + this.indent.repeat(level);
  }
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
  if (value === Ellipsis) return "Ellipsis";
  if (Array.isArray(value)) {
    const items = value.map(constantRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  throw new TypeError(`not a Python constant: ${String(value)}`);
}
