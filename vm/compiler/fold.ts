/**
 * Constant folding on the AST, the simple cases of CPython 3.11's ast_opt.c.
 *
 * Folded: unary and binary operators on constants, subscripts of constants,
 * tuples of constants, `__debug__`, `x in [consts]` / `x in {consts}` and
 * `for x in [consts]` (to tuple / frozenset), and `not (a in b)` style
 * negations (to `a not in b`). The result is observable through co_consts,
 * so the rules and size limits follow CPython's.
 *
 * Invariant: folding never changes behaviour. Any operation that could raise
 * (1/0, "a" - 1, 0.0 ** -1) or whose result CPython would refuse to build
 * because it is too big stays unfolded, and so does any case whose exact
 * Python semantics this file does not implement (it returns `undefined`
 * instead of guessing: float floor division and powers (V8's pow may round
 * differently from the C library's), complex division, str % args).
 *
 * The tree is rebuilt, never mutated: callers may keep using the input.
 */
import {
  type AnyNode,
  type ConstantValue,
  type Expr,
  type Mod,
  type Node,
  NODES,
  PyBytes,
  PyComplex,
  PyFloat,
  singleton,
  type Stmt,
} from "./ast.ts";
import { FrozenSetConstant } from "./code.ts";

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** Folded constants may also be frozensets (only inside `in` tests and for loops). */
export type FoldedConstant = ConstantValue | FrozenSetConstant;

type IntValue = number | bigint;

function isInt(value: unknown): value is IntValue | boolean {
  return typeof value === "number" || typeof value === "bigint" || typeof value === "boolean";
}
function toBig(value: IntValue | boolean): bigint {
  return typeof value === "boolean" ? (value ? 1n : 0n) : BigInt(value);
}
function normalize(value: bigint): IntValue {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value;
}
function bitLength(value: bigint): number {
  const magnitude = value < 0n ? -value : value;
  return magnitude === 0n ? 0 : magnitude.toString(2).length;
}
function toFloat(value: unknown): number | undefined {
  if (value instanceof PyFloat) return value.value;
  if (isInt(value)) return Number(toBig(value));
  return undefined;
}
function floorDivBig(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? quotient - 1n : quotient;
}
function modBig(a: bigint, b: bigint): bigint {
  const remainder = a % b;
  return remainder !== 0n && (remainder < 0n) !== (b < 0n) ? remainder + b : remainder;
}
function sequenceLength(value: unknown): number | undefined {
  if (typeof value === "string") return [...value].length;
  if (value instanceof PyBytes) return value.bytes.length;
  if (Array.isArray(value)) return value.length;
  return undefined;
}

/**
 * `base ** exponent` when the result is exact whatever pow() implementation
 * computes it: a power-of-two base and an integral exponent, with no
 * overflow (which Python reports as an error). V8's pow and the C library's
 * may round other cases differently, so those are left to run time.
 */
function exactFloatPower(base: number, exponent: number): number | undefined {
  const magnitude = Math.abs(base);
  if (!Number.isInteger(exponent) || !Number.isFinite(magnitude) || magnitude === 0) {
    return undefined;
  }
  if (2 ** Math.round(Math.log2(magnitude)) !== magnitude) return undefined;
  const value = base ** exponent;
  return Number.isFinite(value) ? value : undefined;
}

function intBinary(op: string, left: bigint, right: bigint): ConstantValue | undefined {
  switch (op) {
    case "Add":
      return normalize(left + right);
    case "Sub":
      return normalize(left - right);
    case "Mult":
      if (left !== 0n && right !== 0n && bitLength(left) + bitLength(right) > MAX_INT_SIZE) {
        return undefined;
      }
      return normalize(left * right);
    case "FloorDiv":
      return right === 0n ? undefined : normalize(floorDivBig(left, right));
    case "Mod":
      return right === 0n ? undefined : normalize(modBig(left, right));
    case "Pow":
      if (right < 0n) {
        // int ** -n is a float power; only exact ones are folded (see exactFloatPower).
        const value = exactFloatPower(Number(left), Number(right));
        return value === undefined ? undefined : new PyFloat(value);
      }
      if (left !== 0n && left !== 1n && left !== -1n) {
        if (right > BigInt(MAX_INT_SIZE) || bitLength(left) * Number(right) > MAX_INT_SIZE) {
          return undefined;
        }
      }
      return normalize(left ** right);
    case "LShift":
      if (right < 0n) return undefined;
      if (left === 0n) return 0;
      if (right > BigInt(MAX_INT_SIZE) || bitLength(left) > MAX_INT_SIZE - Number(right)) {
        return undefined;
      }
      return normalize(left << right);
    case "RShift":
      if (right < 0n) return undefined;
      return normalize(left >> (right > 100000n ? 100000n : right));
    case "BitOr":
      return normalize(left | right);
    case "BitXor":
      return normalize(left ^ right);
    case "BitAnd":
      return normalize(left & right);
    case "Div": {
      if (right === 0n) return undefined;
      const result = Number(left) / Number(right);
      // Beyond 2**53 JS division may round differently from CPython's true division.
      if (!Number.isSafeInteger(Number(left)) || !Number.isSafeInteger(Number(right))) {
        return undefined;
      }
      return new PyFloat(result);
    }
  }
  return undefined;
}

function floatBinary(op: string, left: number, right: number): ConstantValue | undefined {
  switch (op) {
    case "Add":
      return new PyFloat(left + right);
    case "Sub":
      return new PyFloat(left - right);
    case "Mult":
      return new PyFloat(left * right);
    case "Div":
      return right === 0 ? undefined : new PyFloat(left / right);
    case "Pow": {
      const value = exactFloatPower(left, right);
      return value === undefined ? undefined : new PyFloat(value);
    }
    case "Mod": {
      if (right === 0 || !Number.isFinite(left) || !Number.isFinite(right)) return undefined;
      let remainder = left % right;
      if (remainder !== 0 && (remainder < 0) !== (right < 0)) remainder += right;
      if (remainder === 0) remainder = right < 0 ? -0 : 0;
      return new PyFloat(remainder);
    }
  }
  return undefined;
}

function complexOf(value: unknown): [number, number] | undefined {
  if (value instanceof PyComplex) return [value.real, value.imag];
  const real = toFloat(value);
  return real === undefined ? undefined : [real, 0];
}

function sequenceRepeat(sequence: unknown, count: bigint): ConstantValue | undefined {
  const length = sequenceLength(sequence);
  if (length === undefined) return undefined;
  const times = count < 0n ? 0 : Number(count);
  if (typeof sequence === "string" || sequence instanceof PyBytes) {
    if (length > 0 && times > MAX_STR_SIZE / length) return undefined;
    if (typeof sequence === "string") return sequence.repeat(times);
    const bytes = new Uint8Array(length * times);
    for (let i = 0; i < times; i++) bytes.set((sequence as PyBytes).bytes, i * length);
    return new PyBytes(bytes);
  }
  if (length > 0 && times > MAX_COLLECTION_SIZE / length) return undefined;
  const items = sequence as ConstantValue[];
  const out: ConstantValue[] = [];
  for (let i = 0; i < times; i++) out.push(...items);
  return out;
}

/** `left op right` on constants, or undefined when it must not be folded. */
export function foldBinary(
  op: string,
  left: ConstantValue,
  right: ConstantValue,
): ConstantValue | undefined {
  if (typeof left === "boolean" && typeof right === "boolean") {
    // bool & | ^ bool stay bool (bool_and/bool_or/bool_xor).
    if (op === "BitAnd") return left && right;
    if (op === "BitOr") return left || right;
    if (op === "BitXor") return left !== right;
  }
  if (isInt(left) && isInt(right)) return intBinary(op, toBig(left), toBig(right));
  if (op === "Mult") {
    if (isInt(right) && sequenceLength(left) !== undefined) {
      return sequenceRepeat(left, toBig(right));
    }
    if (isInt(left) && sequenceLength(right) !== undefined) {
      return sequenceRepeat(right, toBig(left));
    }
  }
  if (op === "Add") {
    if (typeof left === "string" && typeof right === "string") return left + right;
    if (left instanceof PyBytes && right instanceof PyBytes) {
      const bytes = new Uint8Array(left.bytes.length + right.bytes.length);
      bytes.set(left.bytes);
      bytes.set(right.bytes, left.bytes.length);
      return new PyBytes(bytes);
    }
    if (Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
  }
  const leftFloat = toFloat(left);
  const rightFloat = toFloat(right);
  if (leftFloat !== undefined && rightFloat !== undefined) {
    if (isInt(left) && !Number.isSafeInteger(leftFloat)) return undefined;
    if (isInt(right) && !Number.isSafeInteger(rightFloat)) return undefined;
    return floatBinary(op, leftFloat, rightFloat);
  }
  if (left instanceof PyComplex || right instanceof PyComplex) {
    const a = complexOf(left);
    const b = complexOf(right);
    if (a === undefined || b === undefined) return undefined;
    if (op === "Add") return new PyComplex(a[0] + b[0], a[1] + b[1]);
    if (op === "Sub") return new PyComplex(a[0] - b[0], a[1] - b[1]);
    if (op === "Mult") return new PyComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
  }
  return undefined;
}

/** `op operand` on a constant, or undefined. */
export function foldUnary(op: string, operand: ConstantValue): ConstantValue | undefined {
  if (op === "Not") return !constantTruth(operand);
  if (isInt(operand)) {
    const value = toBig(operand);
    if (op === "USub") return normalize(-value);
    if (op === "UAdd") return normalize(value);
    if (op === "Invert") return normalize(-value - 1n);
  }
  if (operand instanceof PyFloat) {
    if (op === "USub") return new PyFloat(-operand.value);
    if (op === "UAdd") return operand;
  }
  if (operand instanceof PyComplex) {
    if (op === "USub") return new PyComplex(-operand.real, -operand.imag);
    if (op === "UAdd") return operand;
  }
  return undefined;
}

/** bool() of a constant. */
export function constantTruth(value: ConstantValue): boolean {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "bigint") return value !== 0n;
  if (typeof value === "string") return value.length > 0;
  if (value instanceof PyFloat) return value.value !== 0;
  if (value instanceof PyComplex) return value.real !== 0 || value.imag !== 0;
  if (value instanceof PyBytes) return value.bytes.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true; // Ellipsis
}

function foldSubscript(container: ConstantValue, index: ConstantValue): ConstantValue | undefined {
  if (!isInt(index) || typeof index === "boolean") return undefined;
  const length = sequenceLength(container);
  if (length === undefined) return undefined;
  let position = Number(index);
  if (position < 0) position += length;
  if (position < 0 || position >= length) return undefined;
  if (typeof container === "string") return [...container][position];
  if (container instanceof PyBytes) return container.bytes[position];
  return (container as ConstantValue[])[position];
}

type AnyRecord = Record<string, unknown>;

function isConstant(node: unknown): node is Node<"Constant"> {
  return (node as AnyRecord | null)?._type === "Constant";
}

function constantLike(node: Expr, value: FoldedConstant): Expr {
  return {
    _type: "Constant",
    value: value as ConstantValue,
    kind: null,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}

function totalItems(value: ConstantValue): number {
  return Array.isArray(value) ? value.reduce((sum: number, v) => sum + totalItems(v), 1) : 1;
}

/** A list/set display of constants turned into a tuple/frozenset constant. */
function foldIterable(node: Expr): Expr {
  if ((node._type === "List" || node._type === "Set") && node.elts.every(isConstant)) {
    const items = node.elts.map((elt) => (elt as Node<"Constant">).value);
    if (node._type === "List") return constantLike(node, items);
    return constantLike(node, new FrozenSetConstant(items));
  }
  return node;
}

/** Fields holding annotations, left alone under `from __future__ import annotations`. */
const ANNOTATION_FIELDS: Record<string, string> = {
  arg: "annotation",
  FunctionDef: "returns",
  AsyncFunctionDef: "returns",
  AnnAssign: "annotation",
};

/**
 * `"%s: %r" % (a, b)` becomes the f-string `f"{a!s}: {b!r}"` when every unit
 * is %s, %r or %a with at most width/precision (CPython 3.11's
 * optimize_format). Anything else, or a count mismatch, stays as it is.
 */
function percentFormatAsFString(node: Node<"BinOp">, format: string, args: Expr[]): Expr {
  const chars = [...format];
  const values: Expr[] = [];
  const literal = (text: string): Expr => ({
    _type: "Constant",
    value: text,
    kind: null,
    lineno: -1,
    col_offset: -1,
    end_lineno: -1,
    end_col_offset: -1,
  });
  let position = 0;
  let used = 0;
  for (;;) {
    let text = "";
    while (position < chars.length) {
      if (chars[position] !== "%") text += chars[position++];
      else if (chars[position + 1] === "%") {
        text += "%";
        position += 2;
      } else break;
    }
    if (text !== "") values.push(literal(text));
    if (position >= chars.length) break;
    if (used >= args.length) return node;
    position++;
    const unit = parseFormatUnit(chars, position);
    if (unit === null) return node;
    position = unit.end;
    const arg = args[used++];
    values.push({
      _type: "FormattedValue",
      value: arg,
      conversion: unit.conversion.codePointAt(0)!,
      format_spec: unit.spec === "" ? null : literal(unit.spec),
      lineno: arg.lineno,
      col_offset: arg.col_offset,
      end_lineno: arg.end_lineno,
      end_col_offset: arg.end_col_offset,
    });
  }
  if (used < args.length) return node;
  return {
    _type: "JoinedStr",
    values,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}

const MAX_FORMAT_DIGITS = 3;

/** One `%[flags][width][.precision](s|r|a)` unit after the `%`, or null. */
function parseFormatUnit(
  chars: string[],
  start: number,
): { conversion: string; spec: string; end: number } | null {
  let position = start;
  let leftJustify = false;
  let char: string | undefined;
  const next = () => (position < chars.length ? chars[position++] : undefined);
  for (;;) {
    char = next();
    if (char === undefined) return null;
    if (char === "-") leftJustify = true;
    else if (!"+ #0".includes(char)) break;
  }
  const readNumber = (): number | null => {
    let value = 0;
    let digits = 0;
    while (char !== undefined && char >= "0" && char <= "9") {
      value = value * 10 + Number(char);
      char = next();
      if (char === undefined || ++digits >= MAX_FORMAT_DIGITS) return null;
    }
    return value;
  };
  let width = -1;
  if (char >= "0" && char <= "9") {
    const value = readNumber();
    if (value === null) return null;
    width = value;
  }
  let precision = -1;
  if (char === ".") {
    char = next();
    if (char === undefined) return null;
    precision = 0;
    if (char >= "0" && char <= "9") {
      const value = readNumber();
      if (value === null) return null;
      precision = value;
    }
  }
  if (char !== "s" && char !== "r" && char !== "a") return null;
  let spec = "";
  if (!leftJustify && width > 0) spec += ">";
  if (width >= 0) spec += String(width);
  if (precision >= 0) spec += "." + String(precision);
  return { conversion: char, spec, end: position };
}

/**
 * CPython gives up on expressions nested deeper than this (its recursion
 * limit times COMPILER_STACK_FRAME_SCALE); we do too, before any recursive
 * pass of ours can exhaust the JS stack.
 */
export const MAX_EXPRESSION_DEPTH = 3000;

/** Python's RecursionError raised while compiling (too deeply nested code). */
export class CompilerRecursionError extends Error {
  readonly pyClass = "RecursionError";
  readonly msg = "maximum recursion depth exceeded during compilation";
  constructor() {
    super("RecursionError: maximum recursion depth exceeded during compilation");
  }
}

const EXPRESSION_KINDS = new Set(
  Object.entries(NODES).filter(([, spec]) => spec.base === "expr").map(([kind]) => kind),
);

/** Nodes whose `body` may start with a docstring. */
const BODY_KINDS = new Set(["Module", "FunctionDef", "AsyncFunctionDef", "ClassDef"]);

function startsWithString(body: Stmt[]): boolean {
  const first = body[0];
  return first?._type === "Expr" && first.value._type === "Constant" &&
    typeof first.value.value === "string";
}

/**
 * Folding may turn a first statement like `"a" + "b"` into a string constant;
 * it must not become a docstring, so it is wrapped in a one-part f-string
 * (CPython's astfold_body does the same).
 */
function protectFromBecomingDocstring(body: Stmt[]): Stmt[] {
  if (!startsWithString(body)) return body;
  const first = body[0] as Node<"Expr">;
  const wrapped: Expr = {
    _type: "JoinedStr",
    values: [first.value],
    lineno: first.lineno,
    col_offset: first.col_offset,
    end_lineno: first.end_lineno,
    end_col_offset: first.end_col_offset,
  };
  return [{ ...first, value: wrapped }, ...body.slice(1)];
}

class Folder {
  private depth = 0;
  constructor(private readonly optimize: number, private readonly skipAnnotations: boolean) {}

  visit<T>(node: T): T {
    if (Array.isArray(node)) return node.map((item) => this.visit(item)) as T;
    if (node === null || typeof node !== "object" || !("_type" in (node as object))) return node;
    const record = node as AnyRecord;
    if (Object.isFrozen(record)) return node; // shared field-less singletons
    const isExpression = EXPRESSION_KINDS.has(record._type as string);
    if (isExpression && ++this.depth > MAX_EXPRESSION_DEPTH) throw new CompilerRecursionError();
    try {
      return this.visitFields(record);
    } finally {
      if (isExpression) this.depth--;
    }
  }

  private visitFields<T>(record: AnyRecord): T {
    const hadDocstring = BODY_KINDS.has(record._type as string) &&
      startsWithString(record.body as Stmt[]);
    const copy: AnyRecord = {};
    const skipped = this.skipAnnotations ? ANNOTATION_FIELDS[record._type as string] : undefined;
    for (const key in record) {
      const value = record[key];
      const visit = typeof value === "object" && value !== null && key !== skipped;
      copy[key] = visit ? this.visit(value) : value;
    }
    if (BODY_KINDS.has(record._type as string) && !hadDocstring) {
      copy.body = protectFromBecomingDocstring(copy.body as Stmt[]);
    }
    return this.rewrite(copy as unknown as AnyNode) as T;
  }

  private rewrite(node: AnyNode): AnyNode {
    switch (node._type) {
      case "Name":
        if (node.ctx._type === "Load" && node.id === "__debug__") {
          return constantLike(node, this.optimize === 0);
        }
        return node;
      case "UnaryOp": {
        const operand = node.operand;
        if (node.op._type === "Not" && operand._type === "Compare" && operand.ops.length === 1) {
          const negated: Record<string, string> = {
            Is: "IsNot",
            IsNot: "Is",
            In: "NotIn",
            NotIn: "In",
          };
          const flipped = negated[operand.ops[0]._type];
          if (flipped !== undefined) {
            return { ...operand, ops: [singleton(flipped as "Is")] };
          }
        }
        if (!isConstant(operand)) return node;
        const value = foldUnary(node.op._type, operand.value);
        return value === undefined ? node : constantLike(node, value);
      }
      case "BinOp": {
        if (!isConstant(node.left)) return node;
        if (
          node.op._type === "Mod" && typeof node.left.value === "string" &&
          node.right._type === "Tuple" && !node.right.elts.some((elt) => elt._type === "Starred")
        ) {
          return percentFormatAsFString(node, node.left.value, node.right.elts);
        }
        if (!isConstant(node.right)) return node;
        const value = foldBinary(node.op._type, node.left.value, node.right.value);
        if (value === undefined) return node;
        if (typeof value === "string" && [...value].length > MAX_STR_SIZE) return node;
        if (value instanceof PyBytes && value.bytes.length > MAX_STR_SIZE) return node;
        if (Array.isArray(value) && totalItems(value) > MAX_TOTAL_ITEMS) return node;
        return constantLike(node, value);
      }
      case "Subscript": {
        if (node.ctx._type !== "Load") return node;
        if (!isConstant(node.value) || !isConstant(node.slice)) return node;
        const value = foldSubscript(node.value.value, node.slice.value);
        return value === undefined ? node : constantLike(node, value);
      }
      case "Tuple": {
        if (node.ctx._type !== "Load" || !node.elts.every(isConstant)) return node;
        return constantLike(node, node.elts.map((elt) => (elt as Node<"Constant">).value));
      }
      case "Compare": {
        const last = node.ops.length - 1;
        const lastOp = node.ops[last]._type;
        if (lastOp !== "In" && lastOp !== "NotIn") return node;
        const comparators = [...node.comparators];
        comparators[last] = foldIterable(comparators[last]);
        return { ...node, comparators };
      }
      case "For": // not AsyncFor: CPython leaves `async for x in [...]` a list
        return { ...node, iter: foldIterable(node.iter) };
      case "comprehension":
        return { ...node, iter: foldIterable(node.iter) };
      default:
        return node;
    }
  }
}

/**
 * Folds constants in a whole module, returning a new tree. Annotations are
 * kept verbatim when they will be stored as source text.
 */
export function foldConstants(mod: Mod, optimize: number, futureAnnotations: boolean): Mod {
  return new Folder(optimize, futureAnnotations).visit(mod);
}
