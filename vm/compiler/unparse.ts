/**
 * Expression unparser matching CPython 3.11's C unparser (Python/ast_unparse.c),
 * which produces the strings stored in `__annotations__` under
 * `from __future__ import annotations`. That output differs from Lib/ast.py's
 * `ast.unparse` in places (parenthesization, f-string quoting, `1e309` for
 * infinities), so this follows the C version.
 *
 * Precedence climbing: each expression is written at a required level; a
 * node whose own precedence is lower than the level gets parentheses.
 *
 * Also home of the Python `repr` of constants (str, bytes, int, float,
 * complex, tuples), which the compiler needs for messages as well.
 */
import type { Arguments, Comprehension, ConstantValue, Expr, Keyword } from "./ast.ts";
import { Ellipsis, PyBytes, PyComplex, PyFloat } from "./ast.ts";

const Level = {
  TUPLE: 0,
  TEST: 1,
  OR: 2,
  AND: 3,
  NOT: 4,
  CMP: 5,
  BOR: 6,
  BXOR: 7,
  BAND: 8,
  SHIFT: 9,
  ARITH: 10,
  TERM: 11,
  FACTOR: 12,
  POWER: 13,
  AWAIT: 14,
  ATOM: 15,
} as const;

const BINARY: Record<string, [string, number]> = {
  Add: [" + ", Level.ARITH],
  Sub: [" - ", Level.ARITH],
  Mult: [" * ", Level.TERM],
  MatMult: [" @ ", Level.TERM],
  Div: [" / ", Level.TERM],
  Mod: [" % ", Level.TERM],
  LShift: [" << ", Level.SHIFT],
  RShift: [" >> ", Level.SHIFT],
  BitOr: [" | ", Level.BOR],
  BitXor: [" ^ ", Level.BXOR],
  BitAnd: [" & ", Level.BAND],
  FloorDiv: [" // ", Level.TERM],
  Pow: [" ** ", Level.POWER],
};

const UNARY: Record<string, [string, number]> = {
  Invert: ["~", Level.FACTOR],
  Not: ["not ", Level.NOT],
  UAdd: ["+", Level.FACTOR],
  USub: ["-", Level.FACTOR],
};

const COMPARE: Record<string, string> = {
  Eq: " == ",
  NotEq: " != ",
  Lt: " < ",
  LtE: " <= ",
  Gt: " > ",
  GtE: " >= ",
  Is: " is ",
  IsNot: " is not ",
  In: " in ",
  NotIn: " not in ",
};

// ---- constant reprs ---------------------------------------------------------

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

function isPrintable(char: string): boolean {
  return char === " " || !NON_PRINTABLE.test(char);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}

/** Python's repr() of a str. */
export function stringRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === quote || char === "\\") out += "\\" + char;
    else if (char === "\t") out += "\\t";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + hex(code, 2);
    else if (code < 0x7f) out += char;
    else if (code >= 0xd800 && code <= 0xdfff) out += "\\u" + hex(code, 4);
    else if (isPrintable(char)) out += char;
    else if (code <= 0xff) out += "\\x" + hex(code, 2);
    else if (code <= 0xffff) out += "\\u" + hex(code, 4);
    else out += "\\U" + hex(code, 8);
  }
  return out + quote;
}

/** Python's repr() of bytes. */
export function bytesRepr(bytes: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const byte of bytes) {
    if (byte === 0x27) hasSingle = true;
    if (byte === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    if (char === quote || char === "\\") out += "\\" + char;
    else if (char === "\t") out += "\\t";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (byte < 0x20 || byte >= 0x7f) out += "\\x" + hex(byte, 2);
    else out += char;
  }
  return out + quote;
}

/**
 * Python's repr() of a float: the shortest digits that round-trip, in fixed
 * notation for exponents -4..15 and scientific otherwise. `addDotZero` is
 * false for the parts of a complex ("1j", not "1.0j").
 */
export function floatRepr(value: number, addDotZero = true): string {
  if (Number.isNaN(value)) return "nan";
  if (value === Infinity) return "inf";
  if (value === -Infinity) return "-inf";
  if (value === 0) return (Object.is(value, -0) ? "-0" : "0") + (addDotZero ? ".0" : "");
  const [mantissa, exponentText] = Math.abs(value).toExponential().split("e");
  const exponent = Number(exponentText);
  const digits = mantissa.replace(".", "");
  const sign = value < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? "." + digits.slice(1) : "";
    const exponentSign = exponent < 0 ? "-" : "+";
    return `${sign}${digits[0]}${fraction}e${exponentSign}${
      String(Math.abs(exponent)).padStart(2, "0")
    }`;
  }
  let text: string;
  if (exponent < 0) {
    text = "0." + "0".repeat(-exponent - 1) + digits;
  } else if (digits.length <= exponent + 1) {
    text = digits + "0".repeat(exponent + 1 - digits.length) + (addDotZero ? ".0" : "");
  } else {
    text = digits.slice(0, exponent + 1) + "." + digits.slice(exponent + 1);
  }
  return sign + text;
}

export function complexRepr(real: number, imag: number): string {
  const imagText = floatRepr(imag, false);
  if (real === 0 && !Object.is(real, -0)) return imagText + "j";
  const imagSigned = imag >= 0 || Number.isNaN(imag) ? "+" + imagText : imagText;
  return `(${floatRepr(real, false)}${imagSigned}j)`;
}

/** Python's repr() of a constant (`inf` spelled `1e309` when `forSource`). */
export function constantRepr(value: ConstantValue, forSource = false): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") return stringRepr(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => constantRepr(item, forSource));
    return "(" + items.join(", ") + (items.length === 1 ? ",)" : ")");
  }
  if (value instanceof PyBytes) return bytesRepr(value.bytes);
  let text: string;
  if (value instanceof PyFloat) text = floatRepr(value.value);
  else if (value instanceof PyComplex) text = complexRepr(value.real, value.imag);
  else if (value === Ellipsis) return "Ellipsis";
  else throw new Error("constantRepr: not a constant");
  return forSource ? text.replaceAll("inf", "1e309") : text;
}

// ---- expressions ------------------------------------------------------------

class Unparser {
  out = "";

  write(text: string): void {
    this.out += text;
  }

  expr(e: Expr, level: number): void {
    switch (e._type) {
      case "BoolOp": {
        const isAnd = e.op._type === "And";
        const precedence = isAnd ? Level.AND : Level.OR;
        this.paren(level > precedence, () => {
          e.values.forEach((value, i) => {
            if (i > 0) this.write(isAnd ? " and " : " or ");
            this.expr(value, precedence + 1);
          });
        });
        return;
      }
      case "BinOp": {
        const [op, precedence] = BINARY[e.op._type];
        const rightAssociative = e.op._type === "Pow" ? 1 : 0;
        this.paren(level > precedence, () => {
          this.expr(e.left, precedence + rightAssociative);
          this.write(op);
          this.expr(e.right, precedence + 1 - rightAssociative);
        });
        return;
      }
      case "UnaryOp": {
        const [op, precedence] = UNARY[e.op._type];
        this.paren(level > precedence, () => {
          this.write(op);
          this.expr(e.operand, precedence);
        });
        return;
      }
      case "Lambda":
        this.paren(level > Level.TEST, () => {
          const positional = e.args.args.length + e.args.posonlyargs.length;
          this.write(positional > 0 ? "lambda " : "lambda");
          this.arguments(e.args);
          this.write(": ");
          this.expr(e.body, Level.TEST);
        });
        return;
      case "IfExp":
        this.paren(level > Level.TEST, () => {
          this.expr(e.body, Level.TEST + 1);
          this.write(" if ");
          this.expr(e.test, Level.TEST + 1);
          this.write(" else ");
          this.expr(e.orelse, Level.TEST);
        });
        return;
      case "Dict":
        this.write("{");
        e.values.forEach((value, i) => {
          if (i > 0) this.write(", ");
          const key = e.keys[i];
          if (key !== null) {
            this.expr(key, Level.TEST);
            this.write(": ");
            this.expr(value, Level.TEST);
          } else {
            this.write("**");
            this.expr(value, Level.BOR);
          }
        });
        this.write("}");
        return;
      case "Set":
        this.sequence("{", e.elts, "}");
        return;
      case "List":
        this.sequence("[", e.elts, "]");
        return;
      case "Tuple":
        if (e.elts.length === 0) {
          this.write("()");
          return;
        }
        this.paren(level > Level.TUPLE, () => {
          e.elts.forEach((element, i) => {
            if (i > 0) this.write(", ");
            this.expr(element, Level.TEST);
          });
          if (e.elts.length === 1) this.write(",");
        });
        return;
      case "GeneratorExp":
        this.comprehension("(", e.elt, null, e.generators, ")");
        return;
      case "ListComp":
        this.comprehension("[", e.elt, null, e.generators, "]");
        return;
      case "SetComp":
        this.comprehension("{", e.elt, null, e.generators, "}");
        return;
      case "DictComp":
        this.comprehension("{", e.key, e.value, e.generators, "}");
        return;
      case "Await":
        this.paren(level > Level.AWAIT, () => {
          this.write("await ");
          this.expr(e.value, Level.ATOM);
        });
        return;
      case "Yield":
        if (e.value === null) {
          this.write("(yield)");
          return;
        }
        this.write("(yield ");
        this.expr(e.value, Level.TEST);
        this.write(")");
        return;
      case "YieldFrom":
        this.write("(yield from ");
        this.expr(e.value, Level.TEST);
        this.write(")");
        return;
      case "Compare":
        this.paren(level > Level.CMP, () => {
          this.expr(e.left, Level.CMP + 1);
          e.ops.forEach((op, i) => {
            this.write(COMPARE[op._type]);
            this.expr(e.comparators[i], Level.CMP + 1);
          });
        });
        return;
      case "Call":
        this.call(e.func, e.args, e.keywords);
        return;
      case "Constant":
        if (e.kind !== null) this.write(e.kind);
        this.write(e.value === Ellipsis ? "..." : constantRepr(e.value, true));
        return;
      case "JoinedStr":
        this.write("f" + stringRepr(fstringBody(e.values, false)));
        return;
      case "FormattedValue":
        this.write(formattedValue(e));
        return;
      case "Attribute": {
        this.expr(e.value, Level.ATOM);
        const value = e.value;
        const isInt = value._type === "Constant" &&
          (typeof value.value === "number" || typeof value.value === "bigint");
        this.write(isInt ? " ." : ".");
        this.write(e.attr);
        return;
      }
      case "Subscript":
        this.expr(e.value, Level.ATOM);
        this.write("[");
        this.expr(e.slice, Level.TUPLE);
        this.write("]");
        return;
      case "Starred":
        this.write("*");
        this.expr(e.value, Level.BOR);
        return;
      case "Name":
        this.write(e.id);
        return;
      case "Slice":
        if (e.lower !== null) this.expr(e.lower, Level.TEST);
        this.write(":");
        if (e.upper !== null) this.expr(e.upper, Level.TEST);
        if (e.step !== null) {
          this.write(":");
          this.expr(e.step, Level.TEST);
        }
        return;
      case "NamedExpr":
        this.paren(level > Level.TUPLE, () => {
          this.expr(e.target, Level.ATOM);
          this.write(" := ");
          this.expr(e.value, Level.ATOM);
        });
        return;
    }
  }

  private paren(needed: boolean, body: () => void): void {
    if (needed) this.write("(");
    body();
    if (needed) this.write(")");
  }

  private sequence(open: string, elements: Expr[], close: string): void {
    this.write(open);
    elements.forEach((element, i) => {
      if (i > 0) this.write(", ");
      this.expr(element, Level.TEST);
    });
    this.write(close);
  }

  private comprehension(
    open: string,
    element: Expr,
    value: Expr | null,
    generators: Comprehension[],
    close: string,
  ): void {
    this.write(open);
    this.expr(element, Level.TEST);
    if (value !== null) {
      this.write(": ");
      this.expr(value, Level.TEST);
    }
    for (const generator of generators) {
      this.write(generator.is_async ? " async for " : " for ");
      this.expr(generator.target, Level.TUPLE);
      this.write(" in ");
      this.expr(generator.iter, Level.TEST + 1);
      for (const condition of generator.ifs) {
        this.write(" if ");
        this.expr(condition, Level.TEST + 1);
      }
    }
    this.write(close);
  }

  private call(func: Expr, args: Expr[], keywords: Keyword[]): void {
    this.expr(func, Level.ATOM);
    if (args.length === 1 && keywords.length === 0 && args[0]._type === "GeneratorExp") {
      this.expr(args[0], Level.TEST);
      return;
    }
    this.write("(");
    let first = true;
    const separator = () => {
      if (!first) this.write(", ");
      first = false;
    };
    for (const arg of args) {
      separator();
      this.expr(arg, Level.TEST);
    }
    for (const keyword of keywords) {
      separator();
      if (keyword.arg === null) this.write("**");
      else this.write(keyword.arg + "=");
      this.expr(keyword.value, Level.TEST);
    }
    this.write(")");
  }

  private arguments(args: Arguments): void {
    let first = true;
    const separator = () => {
      if (!first) this.write(", ");
      first = false;
    };
    const positional = [...args.posonlyargs, ...args.args];
    positional.forEach((arg, i) => {
      separator();
      this.write(arg.arg);
      const defaultIndex = i - positional.length + args.defaults.length;
      if (defaultIndex >= 0) {
        this.write("=");
        this.expr(args.defaults[defaultIndex], Level.TEST);
      }
      if (args.posonlyargs.length > 0 && i + 1 === args.posonlyargs.length) this.write(", /");
    });
    if (args.vararg !== null || args.kwonlyargs.length > 0) {
      separator();
      this.write("*");
      if (args.vararg !== null) this.write(args.vararg.arg);
    }
    args.kwonlyargs.forEach((arg, i) => {
      separator();
      this.write(arg.arg);
      const defaultIndex = i - args.kwonlyargs.length + args.kw_defaults.length;
      const value = defaultIndex >= 0 ? args.kw_defaults[defaultIndex] : null;
      if (value !== null && value !== undefined) {
        this.write("=");
        this.expr(value, Level.TEST);
      }
    });
    if (args.kwarg !== null) {
      separator();
      this.write("**" + args.kwarg.arg);
    }
  }
}

function fstringBody(values: Expr[], isFormatSpec: boolean): string {
  let out = "";
  for (const value of values) out += fstringElement(value, isFormatSpec);
  return out;
}

function fstringElement(e: Expr, isFormatSpec: boolean): string {
  switch (e._type) {
    case "Constant":
      return (e.value as string).replaceAll("{", "{{").replaceAll("}", "}}");
    case "JoinedStr": {
      const body = fstringBody(e.values, isFormatSpec);
      return isFormatSpec ? body : "f" + stringRepr(body);
    }
    case "FormattedValue":
      return formattedValue(e);
    default:
      throw new Error(`unexpected ${e._type} in f-string`);
  }
}

function formattedValue(e: Expr & { _type: "FormattedValue" }): string {
  const inner = new Unparser();
  inner.expr(e.value, Level.TEST + 1);
  let out = inner.out.startsWith("{") ? "{ " : "{";
  out += inner.out;
  if (e.conversion > 0) out += "!" + String.fromCharCode(e.conversion);
  if (e.format_spec !== null) out += ":" + fstringElement(e.format_spec, true);
  return out + "}";
}

/** The string CPython stores for an annotation under `from __future__ import annotations`. */
export function unparseAnnotation(e: Expr): string {
  const unparser = new Unparser();
  unparser.expr(e, Level.TEST);
  return unparser.out;
}
