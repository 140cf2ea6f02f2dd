/**
 * Simple statements (simple_stmts / simple_stmt of the grammar) and the
 * statement sequence rules shared with compound statements.
 *
 * An assignment's left-hand side is parsed once, as star_expressions, and the
 * token after it decides what it was: `=` (the expression must be a valid
 * star_targets, which then takes Store context), an augmented operator (a
 * single target), `:` (an annotation), or nothing (an expression statement).
 * For valid input this builds exactly CPython's tree; invalid targets fail the
 * first pass, and the error pass runs invalid_assignment for the message.
 */
import type { Alias, Expr, Stmt } from "../ast.ts";
import { singleton } from "../ast.ts";
import { T } from "../tokens.ts";
import { compoundStatement, startsCompoundStatement } from "./compound.ts";
import * as invalid from "./invalid_statements.ts";
import { KW } from "./keywords.ts";
import type { Parser } from "./parser.ts";
import {
  delTargets,
  isSingleTarget,
  isStarTarget,
  setContext,
  singleTarget,
  starTargets,
  subscriptAttributeTarget,
} from "./targets.ts";
import { identifier, name } from "./atoms.ts";
import { annotatedRhs, expression, starExpressions, yieldExpr } from "./expressions.ts";

/** statements: statement+ (flattened). Null when there is no statement. */
export function statements(p: Parser): Stmt[] | null {
  const body: Stmt[] = [];
  for (;;) {
    const mark = p.pos;
    if (startsCompoundStatement(p)) {
      const stmt = compoundStatement(p);
      if (stmt !== null) {
        body.push(stmt);
        continue;
      }
      p.pos = mark;
    }
    if (!simpleStatements(p, body)) {
      p.pos = mark;
      break;
    }
  }
  return body.length === 0 ? null : body;
}

/** simple_stmts: ';'.simple_stmt+ [';'] NEWLINE, appended to `body`. */
export function simpleStatements(p: Parser, body: Stmt[]): boolean {
  const mark = p.pos;
  const count = body.length;
  for (;;) {
    const stmt = simpleStatement(p);
    if (stmt === null) break;
    body.push(stmt);
    if (!p.accept(T.SEMI)) break;
    if (p.peek() === T.NEWLINE) break;
  }
  if (body.length > count && p.accept(T.NEWLINE)) return true;
  body.length = count;
  p.pos = mark;
  return false;
}

const AUGMENTED_OPERATORS = new Map<number, Extract<Stmt, { _type: "AugAssign" }>["op"]["_type"]>([
  [T.PLUSEQUAL, "Add"],
  [T.MINEQUAL, "Sub"],
  [T.STAREQUAL, "Mult"],
  [T.ATEQUAL, "MatMult"],
  [T.SLASHEQUAL, "Div"],
  [T.PERCENTEQUAL, "Mod"],
  [T.AMPEREQUAL, "BitAnd"],
  [T.VBAREQUAL, "BitOr"],
  [T.CIRCUMFLEXEQUAL, "BitXor"],
  [T.LEFTSHIFTEQUAL, "LShift"],
  [T.RIGHTSHIFTEQUAL, "RShift"],
  [T.DOUBLESTAREQUAL, "Pow"],
  [T.DOUBLESLASHEQUAL, "FloorDiv"],
]);

export function isAugmentedOperator(kind: number): boolean {
  return AUGMENTED_OPERATORS.has(kind);
}

function simpleStatement(p: Parser): Stmt | null {
  const mark = p.pos;
  switch (p.peek()) {
    case KW.return: {
      p.pos++;
      const value = starExpressions(p);
      return stmt(p, mark, { _type: "Return", value });
    }
    case KW.import:
      return importName(p);
    case KW.from:
      return importFrom(p);
    case KW.raise:
      return raiseStatement(p);
    case KW.pass:
      p.pos++;
      return stmt(p, mark, { _type: "Pass" });
    case KW.break:
      p.pos++;
      return stmt(p, mark, { _type: "Break" });
    case KW.continue:
      p.pos++;
      return stmt(p, mark, { _type: "Continue" });
    case KW.del:
      return delStatement(p);
    case KW.yield: {
      if (p.invalidPass) {
        const assignment = assignmentOrExpressionInOrder(p);
        if (assignment !== null) return assignment;
      }
      const value = yieldExpr(p);
      return value === null ? null : stmt(p, mark, { _type: "Expr", value });
    }
    case KW.assert:
      return assertStatement(p);
    case KW.global:
    case KW.nonlocal:
      return globalOrNonlocal(p);
    default:
      return assignmentOrExpression(p);
  }
}

/** Attach the span from `mark` to a statement's fields (EXTRA). */
export function stmt<S extends Record<string, unknown>>(p: Parser, mark: number, fields: S): Stmt {
  const span = p.span(mark);
  const node = fields as unknown as Stmt;
  node.lineno = span.lineno;
  node.col_offset = span.col_offset;
  node.end_lineno = span.end_lineno;
  node.end_col_offset = span.end_col_offset;
  return node;
}

/** assignment | star_expressions (see the note at the top of the file). */
function assignmentOrExpression(p: Parser): Stmt | null {
  if (p.invalidPass) return assignmentOrExpressionInOrder(p);
  const mark = p.pos;
  if (p.peek() === T.NAME && p.peekAt(1) === T.COLON) {
    const target = name(p, p.tokens[p.pos], "Store");
    p.pos += 2;
    return annotatedAssignment(p, mark, target, 1);
  }
  const first = starExpressions(p);
  if (first === null) return null;
  const kind = p.peek();
  if (kind === T.EQUAL) return assignment(p, mark, first);
  const augmented = AUGMENTED_OPERATORS.get(kind);
  if (augmented !== undefined) {
    if (!isSingleTarget(first)) return fail(p, mark);
    p.pos++;
    const value = annotatedRhs(p);
    if (value === null) return fail(p, mark);
    return stmt(p, mark, {
      _type: "AugAssign",
      target: setContext(first, "Store"),
      op: singleton(augmented),
      value,
    });
  }
  if (kind === T.COLON) {
    if (!isSingleTarget(first)) return fail(p, mark);
    p.pos++;
    return annotatedAssignment(p, mark, setContext(first, "Store"), 0);
  }
  return stmt(p, mark, { _type: "Expr", value: first });
}

/**
 * The error pass follows the grammar's order literally, so that the invalid_*
 * rules reached on the way fire exactly where CPython's do:
 * assignment (four alternatives, then invalid_assignment), then star_expressions.
 */
function assignmentOrExpressionInOrder(p: Parser): Stmt | null {
  const mark = p.pos;
  if (p.peek() === T.NAME && p.peekAt(1) === T.COLON) {
    const target = name(p, p.tokens[p.pos], "Store");
    p.pos += 2;
    const annotated = annotatedAssignment(p, mark, target, 1);
    if (annotated !== null) return annotated;
  }
  let single: Expr | null = null;
  if (p.accept(T.LPAR)) {
    single = singleTarget(p);
    if (single === null || !p.accept(T.RPAR)) {
      single = null;
      p.pos = mark;
    }
  }
  single ??= subscriptAttributeTarget(p, "Store");
  if (single !== null && p.accept(T.COLON)) {
    const annotated = annotatedAssignment(p, mark, single, 0);
    if (annotated !== null) return annotated;
  }
  p.pos = mark;
  const targets: Expr[] = [];
  for (;;) {
    const before = p.pos;
    const target = starTargets(p);
    if (target === null || !p.accept(T.EQUAL)) {
      p.pos = before;
      break;
    }
    targets.push(target);
  }
  if (targets.length > 0) {
    const value = annotatedRhs(p);
    if (value !== null && p.peek() !== T.EQUAL) {
      const typeComment = p.peek() === T.TYPE_COMMENT ? p.tokens[p.pos++].string : null;
      return stmt(p, mark, { _type: "Assign", targets, value, type_comment: typeComment });
    }
  }
  p.pos = mark;
  const target = singleTarget(p);
  if (target !== null) {
    const augmented = AUGMENTED_OPERATORS.get(p.peek());
    if (augmented !== undefined) {
      p.pos++;
      const value = annotatedRhs(p);
      if (value === null) return fail(p, mark);
      return stmt(p, mark, { _type: "AugAssign", target, op: singleton(augmented), value });
    }
  }
  p.pos = mark;
  invalid.invalidAssignment(p);
  const value = starExpressions(p);
  return value === null ? null : stmt(p, mark, { _type: "Expr", value });
}

function fail(p: Parser, mark: number): null {
  p.pos = mark;
  return null;
}

function annotatedAssignment(p: Parser, mark: number, target: Expr, simple: number): Stmt | null {
  const annotation = expression(p);
  if (annotation === null) return fail(p, mark);
  let value: Expr | null = null;
  if (p.peek() === T.EQUAL) {
    const before = p.pos;
    p.pos++;
    value = annotatedRhs(p);
    if (value === null) p.pos = before;
  }
  return stmt(p, mark, { _type: "AnnAssign", target, annotation, value, simple });
}

/** (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT], with the first target parsed. */
function assignment(p: Parser, mark: number, first: Expr): Stmt | null {
  const targets: Expr[] = [];
  let value = first;
  while (p.peek() === T.EQUAL) {
    if (!isStarTarget(value)) return fail(p, mark);
    targets.push(setContext(value, "Store"));
    p.pos++;
    const next = annotatedRhs(p);
    if (next === null) return fail(p, mark);
    value = next;
  }
  const typeComment = p.peek() === T.TYPE_COMMENT ? p.tokens[p.pos++].string : null;
  return stmt(p, mark, { _type: "Assign", targets, value, type_comment: typeComment });
}

function raiseStatement(p: Parser): Stmt | null {
  const mark = p.pos;
  p.pos++;
  let exc: Expr | null = null;
  let cause: Expr | null = null;
  exc = expression(p);
  if (exc !== null && p.peek() === KW.from) {
    const before = p.pos;
    p.pos++;
    cause = expression(p);
    if (cause === null) p.pos = before;
  }
  return stmt(p, mark, { _type: "Raise", exc, cause });
}

function delStatement(p: Parser): Stmt | null {
  const mark = p.pos;
  p.pos++;
  const targets = delTargets(p);
  if (targets !== null && (p.peek() === T.SEMI || p.peek() === T.NEWLINE)) {
    return stmt(p, mark, { _type: "Delete", targets });
  }
  p.pos = mark;
  if (p.invalidPass) invalid.invalidDel(p);
  return null;
}

function assertStatement(p: Parser): Stmt | null {
  const mark = p.pos;
  p.pos++;
  const test = expression(p);
  if (test === null) return fail(p, mark);
  let msg: Expr | null = null;
  if (p.peek() === T.COMMA) {
    const before = p.pos;
    p.pos++;
    msg = expression(p);
    if (msg === null) p.pos = before;
  }
  return stmt(p, mark, { _type: "Assert", test, msg });
}

function globalOrNonlocal(p: Parser): Stmt | null {
  const mark = p.pos;
  const isGlobal = p.peek() === KW.global;
  p.pos++;
  const names: string[] = [];
  for (;;) {
    const token = p.expect(T.NAME);
    if (token === null) break;
    names.push(identifier(token));
    if (p.peek() !== T.COMMA || p.peekAt(1) !== T.NAME) break;
    p.pos++;
  }
  if (names.length === 0) return fail(p, mark);
  return stmt(p, mark, { _type: isGlobal ? "Global" : "Nonlocal", names });
}

// ---- imports ----------------------------------------------------------------

function importName(p: Parser): Stmt | null {
  const mark = p.pos;
  p.pos++;
  const names: Alias[] = [];
  for (;;) {
    const aliasMark = p.pos;
    const dotted = dottedName(p);
    if (dotted === null) break;
    let asName: string | null = null;
    if (p.peek() === KW.as) {
      if (p.peekAt(1) !== T.NAME) break;
      p.pos++;
      asName = identifier(p.tokens[p.pos++]);
    }
    names.push(alias(p, aliasMark, dotted, asName));
    if (p.peek() !== T.COMMA) break;
    p.pos++;
  }
  if (names.length === 0 || p.kinds[p.pos - 1] === T.COMMA) return fail(p, mark);
  return stmt(p, mark, { _type: "Import", names });
}

function alias(p: Parser, mark: number, aliasName: string, asName: string | null): Alias {
  const span = p.span(mark);
  return {
    _type: "alias",
    name: aliasName,
    asname: asName,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** dotted_name: NAME ('.' NAME)*, joined with dots. */
function dottedName(p: Parser): string | null {
  const first = p.expect(T.NAME);
  if (first === null) return null;
  let dotted = identifier(first);
  while (p.peek() === T.DOT && p.peekAt(1) === T.NAME) {
    p.pos++;
    dotted += "." + identifier(p.tokens[p.pos++]);
  }
  return dotted;
}

function importFrom(p: Parser): Stmt | null {
  const mark = p.pos;
  p.pos++;
  let level = 0;
  for (;;) {
    const kind = p.peek();
    if (kind === T.DOT) level += 1;
    else if (kind === T.ELLIPSIS) level += 3;
    else break;
    p.pos++;
  }
  const module = p.peek() === T.NAME ? dottedName(p) : null;
  if ((module === null && level === 0) || !p.accept(KW.import)) return fail(p, mark);
  const names = importFromTargets(p);
  if (names === null) return fail(p, mark);
  return stmt(p, mark, { _type: "ImportFrom", module, names, level });
}

function importFromTargets(p: Parser): Alias[] | null {
  const mark = p.pos;
  if (p.peek() === T.STAR) {
    const star = p.tokens[p.pos++];
    return [{
      _type: "alias",
      name: "*",
      asname: null,
      lineno: star.lineno,
      col_offset: star.col,
      end_lineno: star.endLineno,
      end_col_offset: star.endCol,
    }];
  }
  const parenthesized = p.accept(T.LPAR);
  const names: Alias[] = [];
  for (;;) {
    const aliasMark = p.pos;
    const nameToken = p.expect(T.NAME);
    if (nameToken === null) break;
    let asName: string | null = null;
    if (p.peek() === KW.as && p.peekAt(1) === T.NAME) {
      p.pos++;
      asName = identifier(p.tokens[p.pos++]);
    }
    names.push(alias(p, aliasMark, identifier(nameToken), asName));
    if (p.peek() !== T.COMMA || p.peekAt(1) !== T.NAME) break;
    p.pos++;
  }
  if (names.length > 0) {
    if (parenthesized) {
      p.accept(T.COMMA);
      if (p.accept(T.RPAR)) return names;
    } else if (p.peek() !== T.COMMA) {
      return names;
    }
  }
  p.pos = mark;
  if (p.invalidPass) invalid.invalidImportFromTargets(p);
  return null;
}
