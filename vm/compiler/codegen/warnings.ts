/**
 * Compile-time SyntaxWarnings of CPython 3.11's compiler (compile.c's
 * check_compare, check_caller, check_subscripter, check_index and the assert
 * check): code that is valid but almost certainly a typo, like `x is 1` or
 * `[(a, b) (c, d)]`. They go to CompileOptions.onWarning; a handler that
 * returns true turns the warning into a SyntaxError (as `-W error` does).
 */
import { Ellipsis, type Expr, PyBytes, PyComplex, PyFloat } from "../ast.ts";
import { FrozenSetConstant } from "../code.ts";
import type { Compiler } from "./compiler.ts";

/** The Python type name of an expression when the AST alone decides it. */
function inferredTypeName(e: Expr): string | null {
  switch (e._type) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    case "Slice":
      return "slice";
    case "Constant":
      return constantTypeName(e.value);
    default:
      return null;
  }
}

function constantTypeName(value: unknown): string {
  if (value === null) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number" || typeof value === "bigint") return "int";
  if (typeof value === "string") return "str";
  if (Array.isArray(value)) return "tuple";
  if (value instanceof PyFloat) return "float";
  if (value instanceof PyComplex) return "complex";
  if (value instanceof PyBytes) return "bytes";
  if (value instanceof FrozenSetConstant) return "frozenset";
  if (value === Ellipsis) return "ellipsis";
  return "object";
}

/** `x is 1`: identity comparison with a literal that is not a singleton. */
export function checkCompare(c: Compiler, e: Expr & { _type: "Compare" }): void {
  const isIdentityOperand = (operand: Expr) => {
    if (operand._type !== "Constant") return true;
    const value = operand.value;
    return value === null || value === true || value === false || value === Ellipsis;
  };
  let leftOk = isIdentityOperand(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._type;
    const rightOk = isIdentityOperand(e.comparators[i]);
    if ((op === "Is" || op === "IsNot") && (!leftOk || !rightOk)) {
      c.warn(
        op === "Is"
          ? '"is" with a literal. Did you mean "=="?'
          : '"is not" with a literal. Did you mean "!="?',
      );
      return; // one warning per comparison chain, as in CPython
    }
    leftOk = rightOk;
  }
}

/** `(1, 2)(3)`: calling something that is never callable. */
export function checkCaller(c: Compiler, func: Expr): void {
  switch (func._type) {
    case "Constant":
    case "Tuple":
    case "List":
    case "ListComp":
    case "Dict":
    case "DictComp":
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "JoinedStr":
    case "FormattedValue":
      c.warn(
        `'${inferredTypeName(func)}' object is not callable; perhaps you missed a comma?`,
      );
  }
}

/** `{1}[0]`: subscripting something that is never subscriptable. */
export function checkSubscripter(c: Compiler, value: Expr): void {
  if (value._type === "Constant") {
    const v = value.value;
    const unsubscriptable = v === null || v === Ellipsis || typeof v === "number" ||
      typeof v === "bigint" || typeof v === "boolean" || v instanceof PyFloat ||
      v instanceof PyComplex || (v as unknown) instanceof FrozenSetConstant;
    if (!unsubscriptable) return;
  } else if (
    value._type !== "Set" && value._type !== "SetComp" && value._type !== "GeneratorExp" &&
    value._type !== "Lambda"
  ) {
    return;
  }
  c.warn(`'${inferredTypeName(value)}' object is not subscriptable; perhaps you missed a comma?`);
}

/** `[1, 2]["a"]`: a sequence indexed by something that is never an index. */
export function checkIndex(c: Compiler, value: Expr, index: Expr): void {
  const indexType = inferredTypeName(index);
  if (indexType === null || indexType === "int" || indexType === "bool" || indexType === "slice") {
    return;
  }
  if (value._type === "Constant") {
    const v = value.value;
    if (typeof v !== "string" && !(v instanceof PyBytes) && !Array.isArray(v)) return;
  } else if (
    value._type !== "Tuple" && value._type !== "List" && value._type !== "ListComp" &&
    value._type !== "JoinedStr" && value._type !== "FormattedValue"
  ) {
    return;
  }
  c.warn(
    `${inferredTypeName(value)} indices must be integers or slices, not ${indexType}; ` +
      "perhaps you missed a comma?",
  );
}

/** `assert (x, "msg")`: a non-empty tuple is always true. */
export function checkAssertion(c: Compiler, test: Expr): void {
  const alwaysTrue = (test._type === "Tuple" && test.elts.length > 0) ||
    (test._type === "Constant" && Array.isArray(test.value) && test.value.length > 0);
  if (alwaysTrue) c.warn("assertion is always true, perhaps remove parentheses?");
}
