/**
 * CPython 3.11's AST validator (Python/ast.c, `_PyAST_Validate`), run on a
 * tree that came from Python objects before it is compiled. The parser never
 * produces what it rejects; hand-built trees can: an expression in a Store
 * context it cannot have, empty bodies, None in a statement list, a constant
 * of a type code objects cannot hold, impossible position ranges, patterns
 * the grammar could not produce. Messages and exception classes are
 * CPython's, and so is the order of the checks (the first failure wins).
 *
 * Differences in 3.11 from later versions, kept here: `arg` positions are not
 * checked, a NamedExpr target need not be a Name, and there are no type
 * parameters.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { floatType } from "../vm/objects/float.ts";
import { complexType, PyComplex } from "../vm/objects/complex.ts";
import { bytesType, PyBytes } from "../vm/objects/bytes.ts";
import { Ellipsis } from "../vm/objects/singletons.ts";
import { PyWideStr } from "../vm/objects/str_wide.ts";
import { FrozenSetConstant } from "../vm/compiler/code.ts";
import type {
  Arguments,
  Comprehension,
  Expr,
  Keyword,
  Mod,
  Pattern,
  Stmt,
} from "../vm/compiler/ast.ts";

type Context = "Load" | "Store" | "Del";

interface Positioned {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export function validateMod(mod: Mod): void {
  switch (mod._type) {
    case "Module":
    case "Interactive":
      statements(mod.body);
      return;
    case "Expression":
      expression(mod.body, "Load");
      return;
    case "FunctionType":
      expressions(mod.argtypes, "Load", false);
      expression(mod.returns, "Load");
  }
}

function fail(message: string, kind: "ValueError" | "TypeError" = "ValueError"): never {
  throw pyError(kind, message);
}

function positions(node: Positioned): void {
  const { lineno, col_offset, end_lineno, end_col_offset } = node;
  if (lineno > end_lineno) fail(`AST node line range (${lineno}, ${end_lineno}) is not valid`);
  if (
    (lineno < 0 && end_lineno !== lineno) || (col_offset < 0 && col_offset !== end_col_offset)
  ) {
    fail(
      `AST node column range (${col_offset}, ${end_col_offset}) for line range ` +
        `(${lineno}, ${end_lineno}) is not valid`,
    );
  }
  if (lineno === end_lineno && col_offset > end_col_offset) {
    fail(`line ${lineno}, column ${col_offset}-${end_col_offset} is not a valid range`);
  }
}

function name(id: string): void {
  if (id === "None" || id === "True" || id === "False") {
    fail(`identifier field can't represent '${id}' constant`);
  }
}

function nonEmpty(items: readonly unknown[], what: string, owner: string): void {
  if (items.length === 0) fail(`empty ${what} on ${owner}`);
}

function statements(body: readonly (Stmt | null)[]): void {
  for (const statement of body) {
    if (statement === null) fail("None disallowed in statement list");
    validateStatement(statement);
  }
}

function validateBody(body: readonly (Stmt | null)[], owner: string): void {
  nonEmpty(body, "body", owner);
  statements(body);
}

function expressions(items: readonly (Expr | null)[], ctx: Context, nullOk: boolean): void {
  for (const item of items) {
    if (item !== null) expression(item, ctx);
    else if (!nullOk) fail("None disallowed in expression list");
  }
}

function optionalExpression(expr: Expr | null): void {
  if (expr !== null) expression(expr, "Load");
}

function keywords(items: readonly Keyword[]): void {
  for (const keyword of items) expression(keyword.value, "Load");
}

function comprehensions(generators: readonly Comprehension[]): void {
  if (generators.length === 0) fail("comprehension with no generators");
  for (const generator of generators) {
    expression(generator.target, "Store");
    expression(generator.iter, "Load");
    expressions(generator.ifs, "Load", false);
  }
}

function validateArguments(args: Arguments): void {
  for (const arg of [...args.posonlyargs, ...args.args]) optionalExpression(arg.annotation);
  if (args.vararg !== null) optionalExpression(args.vararg.annotation);
  for (const arg of args.kwonlyargs) optionalExpression(arg.annotation);
  if (args.kwarg !== null) optionalExpression(args.kwarg.annotation);
  if (args.defaults.length > args.posonlyargs.length + args.args.length) {
    fail("more positional defaults than args on arguments");
  }
  if (args.kw_defaults.length !== args.kwonlyargs.length) {
    fail("length of kwonlyargs is not the same as kw_defaults on arguments");
  }
  expressions(args.defaults, "Load", false);
  expressions(args.kw_defaults, "Load", true);
}

/** The types code objects can hold as constants, exactly (no subclasses). */
function validConstant(value: unknown): boolean {
  if (value === null || value === Ellipsis) return true;
  switch (typeof value) {
    case "boolean":
    case "number":
    case "bigint":
    case "string":
      return true;
  }
  if (Array.isArray(value)) return value.every(validConstant);
  if (value instanceof FrozenSetConstant) return value.items.every(validConstant);
  if (value instanceof PyWideStr) return true;
  if (value instanceof PyFloat) return value.cls === floatType;
  if (value instanceof PyComplex) return value.cls === complexType;
  if (value instanceof PyBytes) return value.cls === bytesType;
  return false;
}

function constant(value: unknown): void {
  if (validConstant(value)) return;
  const invalid = (item: unknown): PyValue | undefined => {
    if (Array.isArray(item)) return item.map(invalid).find((found) => found !== undefined);
    if (item instanceof FrozenSetConstant) {
      return item.items.map(invalid).find((found) => found !== undefined);
    }
    return validConstant(item) ? undefined : item as PyValue;
  };
  fail(`got an invalid type in Constant: ${typeOf(invalid(value)!).name}`, "TypeError");
}

function expressionContext(expr: Expr): Context | null {
  switch (expr._type) {
    case "Attribute":
    case "Subscript":
    case "Starred":
    case "Name":
    case "List":
    case "Tuple":
      return expr.ctx._type;
    default:
      return null;
  }
}

function expression(expr: Expr, ctx: Context): void {
  positions(expr);
  if (expr._type === "Name") name(expr.id);
  const actual = expressionContext(expr);
  if (actual === null && ctx !== "Load") {
    fail(`expression which can't be assigned to in ${ctx} context`);
  }
  if (actual !== null && actual !== ctx) {
    fail(`expression must have ${ctx} context but has ${actual} instead`);
  }
  switch (expr._type) {
    case "BoolOp":
      if (expr.values.length < 2) fail("BoolOp with less than 2 values");
      return expressions(expr.values, "Load", false);
    case "BinOp":
      expression(expr.left, "Load");
      return expression(expr.right, "Load");
    case "UnaryOp":
      return expression(expr.operand, "Load");
    case "Lambda":
      validateArguments(expr.args);
      return expression(expr.body, "Load");
    case "IfExp":
      expression(expr.test, "Load");
      expression(expr.body, "Load");
      return expression(expr.orelse, "Load");
    case "Dict":
      if (expr.keys.length !== expr.values.length) {
        fail("Dict doesn't have the same number of keys as values");
      }
      expressions(expr.keys, "Load", true);
      return expressions(expr.values, "Load", false);
    case "Set":
      return expressions(expr.elts, "Load", false);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      comprehensions(expr.generators);
      return expression(expr.elt, "Load");
    case "DictComp":
      comprehensions(expr.generators);
      expression(expr.key, "Load");
      return expression(expr.value, "Load");
    case "Yield":
      return optionalExpression(expr.value);
    case "YieldFrom":
    case "Await":
      return expression(expr.value, "Load");
    case "Compare":
      if (expr.comparators.length === 0) fail("Compare with no comparators");
      if (expr.comparators.length !== expr.ops.length) {
        fail("Compare has a different number of comparators and operands");
      }
      expressions(expr.comparators, "Load", false);
      return expression(expr.left, "Load");
    case "Call":
      expression(expr.func, "Load");
      expressions(expr.args, "Load", false);
      return keywords(expr.keywords);
    case "Constant":
      return constant(expr.value);
    case "JoinedStr":
      return expressions(expr.values, "Load", false);
    case "FormattedValue":
      expression(expr.value, "Load");
      return optionalExpression(expr.format_spec);
    case "Attribute":
      return expression(expr.value, "Load");
    case "Subscript":
      expression(expr.slice, "Load");
      return expression(expr.value, "Load");
    case "Starred":
      return expression(expr.value, ctx);
    case "Slice":
      optionalExpression(expr.lower);
      optionalExpression(expr.upper);
      return optionalExpression(expr.step);
    case "List":
    case "Tuple":
      return expressions(expr.elts, ctx, false);
    case "NamedExpr":
      return expression(expr.value, "Load");
    case "Name":
      return;
  }
}

function assignList(targets: readonly Expr[], ctx: Context): void {
  nonEmpty(targets, "targets", ctx === "Del" ? "Delete" : "Assign");
  expressions(targets, ctx, false);
}

function validateStatement(stmt: Stmt): void {
  positions(stmt);
  switch (stmt._type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      validateBody(stmt.body, stmt._type);
      validateArguments(stmt.args);
      expressions(stmt.decorator_list, "Load", false);
      return optionalExpression(stmt.returns);
    case "ClassDef":
      validateBody(stmt.body, "ClassDef");
      expressions(stmt.bases, "Load", false);
      keywords(stmt.keywords);
      return expressions(stmt.decorator_list, "Load", false);
    case "Return":
      return optionalExpression(stmt.value);
    case "Delete":
      return assignList(stmt.targets, "Del");
    case "Assign":
      assignList(stmt.targets, "Store");
      return expression(stmt.value, "Load");
    case "AugAssign":
      expression(stmt.target, "Store");
      return expression(stmt.value, "Load");
    case "AnnAssign":
      if (stmt.target._type !== "Name" && stmt.simple) {
        fail("AnnAssign with simple non-Name target", "TypeError");
      }
      expression(stmt.target, "Store");
      optionalExpression(stmt.value);
      return expression(stmt.annotation, "Load");
    case "For":
    case "AsyncFor":
      expression(stmt.target, "Store");
      expression(stmt.iter, "Load");
      validateBody(stmt.body, stmt._type);
      return statements(stmt.orelse);
    case "While":
    case "If":
      expression(stmt.test, "Load");
      validateBody(stmt.body, stmt._type);
      return statements(stmt.orelse);
    case "With":
    case "AsyncWith":
      nonEmpty(stmt.items, "items", stmt._type);
      for (const item of stmt.items) {
        expression(item.context_expr, "Load");
        if (item.optional_vars !== null) expression(item.optional_vars, "Store");
      }
      return validateBody(stmt.body, stmt._type);
    case "Match":
      expression(stmt.subject, "Load");
      nonEmpty(stmt.cases, "cases", "Match");
      for (const matchCase of stmt.cases) {
        pattern(matchCase.pattern, false);
        optionalExpression(matchCase.guard);
        validateBody(matchCase.body, "match_case");
      }
      return;
    case "Raise":
      if (stmt.exc !== null) {
        expression(stmt.exc, "Load");
        return optionalExpression(stmt.cause);
      }
      if (stmt.cause !== null) fail("Raise with cause but no exception");
      return;
    case "Try":
    case "TryStar":
      validateBody(stmt.body, stmt._type);
      if (stmt.handlers.length === 0 && stmt.finalbody.length === 0) {
        fail(`${stmt._type} has neither except handlers nor finalbody`);
      }
      if (stmt.handlers.length === 0 && stmt.orelse.length > 0) {
        fail(`${stmt._type} has orelse but no except handlers`);
      }
      for (const handler of stmt.handlers) {
        if (stmt._type === "Try") positions(handler);
        optionalExpression(handler.type);
        validateBody(handler.body, "ExceptHandler");
      }
      statements(stmt.finalbody);
      return statements(stmt.orelse);
    case "Assert":
      expression(stmt.test, "Load");
      return optionalExpression(stmt.msg);
    case "Import":
      return nonEmpty(stmt.names, "names", "Import");
    case "ImportFrom":
      if (stmt.level !== null && stmt.level < 0) fail("Negative ImportFrom level");
      return nonEmpty(stmt.names, "names", "ImportFrom");
    case "Global":
    case "Nonlocal":
      return nonEmpty(stmt.names, "names", stmt._type);
    case "Expr":
      return expression(stmt.value, "Load");
    case "Pass":
    case "Break":
    case "Continue":
      return;
  }
}

function isRealNumber(expr: Expr): boolean {
  if (expr._type !== "Constant") return false;
  const value = expr.value;
  return typeof value === "number" || typeof value === "bigint" ||
    (value instanceof PyFloat && value.cls === floatType);
}

function isImaginary(expr: Expr): boolean {
  return expr._type === "Constant" && expr.value instanceof PyComplex &&
    expr.value.cls === complexType;
}

/** `-1`, `-1.5`, `-2j`: a negated number the compiler can fold. */
function isNegativeNumber(expr: Expr, allowImaginary: boolean): boolean {
  return expr._type === "UnaryOp" && expr.op._type === "USub" &&
    (isRealNumber(expr.operand) || (allowImaginary && isImaginary(expr.operand)));
}

/** `1 + 2j`, `-1 - 2j`: the complex literals a pattern may hold. */
function isComplexLiteral(expr: Expr): boolean {
  if (expr._type !== "BinOp" || (expr.op._type !== "Add" && expr.op._type !== "Sub")) {
    return false;
  }
  const left = expr.left;
  const realLeft = left._type === "Constant"
    ? isRealNumber(left)
    : left._type === "UnaryOp" && isNegativeNumber(left, false);
  return realLeft && isImaginary(expr.right);
}

function patternValue(expr: Expr): void {
  expression(expr, "Load");
  switch (expr._type) {
    case "Constant": {
      const value = expr.value;
      const literal = typeof value === "number" || typeof value === "bigint" ||
        typeof value === "string" || value instanceof PyWideStr ||
        (value instanceof PyFloat && value.cls === floatType) ||
        (value instanceof PyComplex && value.cls === complexType) ||
        (value instanceof PyBytes && value.cls === bytesType);
      if (!literal) fail("unexpected constant inside of a literal pattern");
      return;
    }
    case "Attribute":
    case "JoinedStr":
      return;
    case "UnaryOp":
      if (isNegativeNumber(expr, true)) return;
      break;
    case "BinOp":
      if (isComplexLiteral(expr)) return;
      break;
  }
  fail("patterns may only match literals and attribute lookups");
}

function capture(id: string): void {
  if (id === "_") fail("can't capture name '_' in patterns");
  name(id);
}

function patterns(items: readonly Pattern[], starOk: boolean): void {
  for (const item of items) pattern(item, starOk);
}

function pattern(p: Pattern, starOk: boolean): void {
  positions(p);
  switch (p._type) {
    case "MatchValue":
      return patternValue(p.value);
    case "MatchSingleton":
      if (p.value !== null && typeof p.value !== "boolean") {
        fail("MatchSingleton can only contain True, False and None");
      }
      return;
    case "MatchSequence":
      return patterns(p.patterns, true);
    case "MatchMapping":
      if (p.keys.length !== p.patterns.length) {
        fail("MatchMapping doesn't have the same number of keys as patterns");
      }
      if (p.rest !== null) capture(p.rest);
      for (const key of p.keys) {
        if (key._type === "Constant" && (key.value === null || typeof key.value === "boolean")) {
          continue;
        }
        patternValue(key);
      }
      return patterns(p.patterns, false);
    case "MatchClass": {
      if (p.kwd_attrs.length !== p.kwd_patterns.length) {
        fail("MatchClass doesn't have the same number of keyword attributes as patterns");
      }
      expression(p.cls, "Load");
      let cls: Expr = p.cls;
      while (cls._type === "Attribute") cls = cls.value;
      if (cls._type !== "Name") {
        fail("MatchClass cls field can only contain Name or Attribute nodes.");
      }
      for (const attribute of p.kwd_attrs) name(attribute);
      patterns(p.patterns, false);
      return patterns(p.kwd_patterns, false);
    }
    case "MatchStar":
      if (!starOk) fail("can't use MatchStar here");
      if (p.name !== null) capture(p.name);
      return;
    case "MatchAs":
      if (p.name !== null) capture(p.name);
      if (p.pattern === null) return;
      if (p.name === null) fail("MatchAs must specify a target name if a pattern is given");
      return pattern(p.pattern, false);
    case "MatchOr":
      if (p.patterns.length < 2) fail("MatchOr requires at least 2 patterns");
      return patterns(p.patterns, false);
  }
}
