/**
 * Compound statements: if/while/for/with/try/def/class/match, blocks and
 * decorators. Each is chosen by its first token (the grammar's `&'if'`
 * lookaheads); the soft keyword `match` is tried as a match statement first and
 * falls back to a simple statement, as in the grammar.
 *
 * Positions: a statement spans from its first token to the last token of its
 * last block (NEWLINE/INDENT/DEDENT never count, see Parser.lastToken). A
 * decorated def/class keeps the position of the `def`/`class` line.
 */
import type { Arguments, ExceptHandler, Expr, MatchCase, Stmt, WithItem } from "../ast.ts";
import { T } from "../tokens.ts";
import * as invalid from "./invalid_statements.ts";
import { KW } from "./keywords.ts";
import { emptyArguments, functionParameters } from "./params.ts";
import { MEMO, type Parser } from "./parser.ts";
import { caseBlock, subjectExpression } from "./patterns.ts";
import { simpleStatements, statements, stmt } from "./statements.ts";
import { starTarget, starTargets } from "./targets.ts";
import { identifier } from "./atoms.ts";
import { expression, namedExpression, starExpressions } from "./expressions.ts";
import { callArguments } from "./primary.ts";

export function startsCompoundStatement(p: Parser): boolean {
  switch (p.peek()) {
    case KW.def:
    case T.AT:
    case KW.async:
    case KW.if:
    case KW.class:
    case KW.with:
    case KW.for:
    case KW.try:
    case KW.while:
      return true;
    case T.NAME:
      return p.tokens[p.pos].string === "match";
    default:
      return false;
  }
}

/** Levels CPython's rules add per compound statement (see MAX_RULE_DEPTH). */
const COMPOUND_STATEMENT_DEPTH = 6;

export function compoundStatement(p: Parser): Stmt | null {
  p.enter(COMPOUND_STATEMENT_DEPTH);
  const result = compoundStatementRule(p);
  p.level -= COMPOUND_STATEMENT_DEPTH;
  return result;
}

function compoundStatementRule(p: Parser): Stmt | null {
  switch (p.peek()) {
    case KW.def:
      return functionDef(p, []);
    case T.AT:
      return decorated(p);
    case KW.async:
      switch (p.peekAt(1)) {
        case KW.def:
          return functionDef(p, []);
        case KW.with:
          return withStatement(p);
        case KW.for:
          return forStatement(p);
        default:
          return null;
      }
    case KW.if:
      return ifStatement(p);
    case KW.class:
      return classDef(p, []);
    case KW.with:
      return withStatement(p);
    case KW.for:
      return forStatement(p);
    case KW.try:
      return tryStatement(p);
    case KW.while:
      return whileStatement(p);
    default:
      return matchStatement(p);
  }
}

/** block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
export function block(p: Parser): Stmt[] | null {
  if (p.errorPass) return p.memoized(MEMO.block, blockRule);
  return blockRule(p);
}

function blockRule(p: Parser): Stmt[] | null {
  const mark = p.pos;
  if (p.peek() === T.NEWLINE) {
    if (p.peekAt(1) === T.INDENT) {
      p.pos += 2;
      const body = statements(p);
      if (body !== null && p.accept(T.DEDENT)) return body;
      p.pos = mark;
    }
    if (p.invalidPass) invalid.invalidBlock(p);
    return null;
  }
  const body: Stmt[] = [];
  return simpleStatements(p, body) ? body : null;
}

/** decorators: ('@' named_expression NEWLINE)+, then a def or class. */
function decorated(p: Parser): Stmt | null {
  const mark = p.pos;
  const decorators: Expr[] = [];
  while (p.accept(T.AT)) {
    const decorator = namedExpression(p);
    if (decorator === null || !p.accept(T.NEWLINE)) {
      p.pos = mark;
      return null;
    }
    decorators.push(decorator);
  }
  const kind = p.peek();
  let result: Stmt | null = null;
  if (kind === KW.class) result = classDef(p, decorators);
  else if (kind === KW.def || (kind === KW.async && p.peekAt(1) === KW.def)) {
    result = functionDef(p, decorators);
  }
  if (result === null) p.pos = mark;
  return result;
}

/** class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
function classDef(p: Parser, decorators: Expr[]): Stmt | null {
  if (p.invalidPass) invalid.invalidClassDef(p);
  const mark = p.pos;
  p.pos++;
  const nameToken = p.expect(T.NAME);
  if (nameToken === null) return fail(p, mark);
  let bases: Expr[] = [];
  let keywords: Extract<Stmt, { _type: "ClassDef" }>["keywords"] = [];
  if (p.accept(T.LPAR) && !p.accept(T.RPAR)) {
    const parsed = callArguments(p, -1);
    if (parsed === null) return fail(p, mark);
    bases = parsed.args;
    keywords = parsed.keywords;
  }
  if (!p.accept(T.COLON)) return fail(p, mark);
  const body = block(p);
  if (body === null) return fail(p, mark);
  return stmt(p, mark, {
    _type: "ClassDef",
    name: identifier(nameToken),
    bases,
    keywords,
    body,
    decorator_list: decorators,
  });
}

/** function_def_raw: ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block */
function functionDef(p: Parser, decorators: Expr[]): Stmt | null {
  if (p.invalidPass) invalid.invalidDef(p);
  const mark = p.pos;
  const isAsync = p.accept(KW.async);
  p.pos++;
  const nameToken = p.expect(T.NAME);
  if (nameToken === null) return fail(p, mark);
  p.expectForced(T.LPAR, "(");
  let args: Arguments | null = emptyArguments();
  if (p.peek() !== T.RPAR) args = functionParameters(p);
  if (args === null || !p.accept(T.RPAR)) return fail(p, mark);
  let returns: Expr | null = null;
  if (p.peek() === T.RARROW) {
    const before = p.pos;
    p.pos++;
    returns = expression(p);
    if (returns === null) p.pos = before;
  }
  p.expectForced(T.COLON, ":");
  const typeComment = functionTypeComment(p);
  const body = block(p);
  if (body === null) return fail(p, mark);
  return stmt(p, mark, {
    _type: isAsync ? "AsyncFunctionDef" : "FunctionDef",
    name: identifier(nameToken),
    args,
    body,
    decorator_list: decorators,
    returns,
    type_comment: typeComment,
  });
}

/** func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT */
function functionTypeComment(p: Parser): string | null {
  const kind = p.peek();
  if (kind === T.NEWLINE && p.peekAt(1) === T.TYPE_COMMENT) {
    if (p.peekAt(2) === T.NEWLINE && p.peekAt(3) === T.INDENT) {
      const comment = p.tokens[p.pos + 1].string;
      p.pos += 2;
      return comment;
    }
  }
  if (p.invalidPass) invalid.invalidDoubleTypeComments(p);
  return kind === T.TYPE_COMMENT ? p.tokens[p.pos++].string : null;
}

function fail(p: Parser, mark: number): null {
  p.pos = mark;
  return null;
}

/** The shared head of if/elif/while: keyword named_expression ':' block. */
function conditionalHead(p: Parser): { mark: number; test: Expr; body: Stmt[] } | null {
  if (p.invalidPass) invalid.invalidIfOrWhile(p);
  const mark = p.pos;
  p.pos++;
  const test = namedExpression(p);
  if (test === null || !p.accept(T.COLON)) return fail(p, mark);
  const body = block(p);
  if (body === null) return fail(p, mark);
  return { mark, test, body };
}

/** if_stmt / elif_stmt: the `elif` chain nests as an If in orelse. */
function ifStatement(p: Parser): Stmt | null {
  const head = conditionalHead(p);
  if (head === null) return null;
  const { mark, test, body } = head;
  let orelse: Stmt[] = [];
  if (p.peek() === KW.elif) {
    const elif = ifStatement(p);
    if (elif !== null) orelse = [elif];
  } else if (p.peek() === KW.else) {
    orelse = elseBlock(p) ?? [];
  }
  return stmt(p, mark, { _type: "If", test, body, orelse });
}

/** else_block: 'else' &&':' block */
function elseBlock(p: Parser): Stmt[] | null {
  if (p.invalidPass) invalid.invalidElse(p);
  const mark = p.pos;
  p.pos++;
  p.expectForced(T.COLON, ":");
  const body = block(p);
  if (body === null) p.pos = mark;
  return body;
}

function whileStatement(p: Parser): Stmt | null {
  const head = conditionalHead(p);
  if (head === null) return null;
  const { mark, test, body } = head;
  const orelse = p.peek() === KW.else ? elseBlock(p) ?? [] : [];
  return stmt(p, mark, { _type: "While", test, body, orelse });
}

/** for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] */
function forStatement(p: Parser): Stmt | null {
  if (p.invalidPass) invalid.invalidFor(p);
  const mark = p.pos;
  const isAsync = p.accept(KW.async);
  p.pos++;
  const target = starTargets(p);
  if (target === null || !p.accept(KW.in)) {
    if (p.invalidPass) invalid.invalidForTargetStatement(p, mark);
    return fail(p, mark);
  }
  const iter = starExpressions(p);
  if (iter === null || !p.accept(T.COLON)) return fail(p, mark);
  const typeComment = p.peek() === T.TYPE_COMMENT ? p.tokens[p.pos++].string : null;
  const body = block(p);
  if (body === null) return fail(p, mark);
  const orelse = p.peek() === KW.else ? elseBlock(p) ?? [] : [];
  return stmt(p, mark, {
    _type: isAsync ? "AsyncFor" : "For",
    target,
    iter,
    body,
    orelse,
    type_comment: typeComment,
  });
}

/** with_stmt: ['async'] 'with' ( '(' with_item+ ','? ')' | with_item+ ) ':' [TYPE_COMMENT] block */
function withStatement(p: Parser): Stmt | null {
  if (p.invalidPass) invalid.invalidWithIndent(p);
  const mark = p.pos;
  const isAsync = p.accept(KW.async);
  p.pos++;
  const afterWith = p.pos;
  let items: WithItem[] | null = null;
  let typeComment: string | null = null;
  if (p.peek() === T.LPAR) {
    p.pos++;
    items = withItems(p);
    if (items !== null) {
      p.accept(T.COMMA);
      if (!p.accept(T.RPAR) || !p.accept(T.COLON)) items = null;
    }
    if (items === null) p.pos = afterWith;
  }
  if (items === null) {
    items = withItems(p);
    if (items === null || !p.accept(T.COLON)) {
      if (p.invalidPass) invalid.invalidWith(p, mark);
      return fail(p, mark);
    }
    if (p.peek() === T.TYPE_COMMENT) typeComment = p.tokens[p.pos++].string;
  }
  const body = block(p);
  if (body === null) return fail(p, mark);
  return stmt(p, mark, {
    _type: isAsync ? "AsyncWith" : "With",
    items,
    body,
    type_comment: typeComment,
  });
}

function withItems(p: Parser): WithItem[] | null {
  const items: WithItem[] = [];
  for (;;) {
    const item = withItem(p);
    if (item === null) break;
    items.push(item);
    if (p.peek() !== T.COMMA) break;
    p.pos++;
  }
  if (items.length === 0) return null;
  if (p.kinds[p.pos - 1] === T.COMMA) p.pos--;
  return items;
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
function withItem(p: Parser): WithItem | null {
  const contextExpr = expression(p);
  if (contextExpr === null) return null;
  if (p.peek() === KW.as) {
    const before = p.pos;
    p.pos++;
    const target = starTarget(p);
    const next = p.peek();
    if (target !== null && (next === T.COMMA || next === T.RPAR || next === T.COLON)) {
      return { _type: "withitem", context_expr: contextExpr, optional_vars: target };
    }
    p.pos = before;
    if (p.invalidPass) invalid.invalidWithItem(p, before);
  }
  return { _type: "withitem", context_expr: contextExpr, optional_vars: null };
}

/** try_stmt: 'try' &&':' block (finally_block | except_block+ ... | except_star_block+ ...) */
function tryStatement(p: Parser): Stmt | null {
  if (p.invalidPass) invalid.invalidTry(p);
  const mark = p.pos;
  p.pos++;
  p.expectForced(T.COLON, ":");
  const body = block(p);
  if (body === null) return fail(p, mark);
  const handlers: ExceptHandler[] = [];
  let isStar = false;
  while (p.peek() === KW.except) {
    const star = p.peekAt(1) === T.STAR;
    if (handlers.length > 0 && star !== isStar) {
      // except_block+ still tries this clause, and its invalid rules may fire.
      if (p.invalidPass) invalid.invalidExcept(p, isStar);
      break;
    }
    isStar = star;
    const handler = exceptBlock(p, star);
    if (handler === null) break;
    handlers.push(handler);
  }
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  if (handlers.length > 0 && p.peek() === KW.else) orelse = elseBlock(p) ?? [];
  if (p.peek() === KW.finally) {
    if (p.invalidPass) invalid.invalidFinally(p);
    const before = p.pos;
    p.pos++;
    p.expectForced(T.COLON, ":");
    const finallyBody = block(p);
    if (finallyBody === null) p.pos = before;
    else finalbody = finallyBody;
  }
  if (handlers.length === 0 && finalbody.length === 0) return fail(p, mark);
  return stmt(p, mark, {
    _type: isStar ? "TryStar" : "Try",
    body,
    handlers,
    orelse,
    finalbody,
  });
}

/** except_block / except_star_block */
export function exceptBlock(p: Parser, star: boolean): ExceptHandler | null {
  if (p.invalidPass) invalid.invalidExcept(p, star);
  const mark = p.pos;
  p.pos += star ? 2 : 1;
  let type: Expr | null = null;
  let name: string | null = null;
  if (p.peek() !== T.COLON || star) {
    type = expression(p);
    if (type === null) return fail(p, mark);
    if (p.peek() === KW.as) {
      p.pos++;
      const nameToken = p.expect(T.NAME);
      if (nameToken === null) return fail(p, mark);
      name = identifier(nameToken);
    }
  }
  if (!p.accept(T.COLON)) return fail(p, mark);
  const body = block(p);
  if (body === null) return fail(p, mark);
  const span = p.span(mark);
  return {
    _type: "ExceptHandler",
    type,
    name,
    body,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
function matchStatement(p: Parser): Stmt | null {
  const mark = p.pos;
  p.pos++;
  const subject = subjectExpression(p);
  if (subject === null || !p.accept(T.COLON)) {
    if (p.invalidPass && subject !== null) invalid.invalidMatch(p, mark);
    return fail(p, mark);
  }
  if (p.peek() !== T.NEWLINE || p.peekAt(1) !== T.INDENT) {
    if (p.invalidPass) invalid.invalidMatch(p, mark);
    return fail(p, mark);
  }
  p.pos += 2;
  const cases: MatchCase[] = [];
  for (;;) {
    const matchCase = caseBlock(p);
    if (matchCase === null) break;
    cases.push(matchCase);
  }
  if (cases.length === 0 || !p.accept(T.DEDENT)) return fail(p, mark);
  return stmt(p, mark, { _type: "Match", subject, cases });
}
