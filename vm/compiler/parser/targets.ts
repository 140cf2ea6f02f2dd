/**
 * Assignment and deletion targets: star_targets, single_target, del_targets
 * and the t_primary chain they share.
 *
 * t_primary is "a primary that is followed by `.`, `[` or `(`": the greedy
 * chain of trailers, each of which must be followed by another trailer. A
 * target is then such a chain plus one final `.name` or `[slices]` that is NOT
 * followed by a trailer. The loop below builds the chain and stops at that
 * final trailer, which gets the Store/Del context.
 *
 * Assignment statements do not go through these rules on the first pass: they
 * parse the left-hand side as an expression and convert it (`asStarTarget`,
 * `asSingleTarget`), which yields the same tree for every valid target without
 * parsing the statement twice. for-loops, comprehensions, `with ... as` and
 * `del` use the rules directly because their targets end at a keyword.
 */
import type { Expr } from "../ast.ts";
import { singleton } from "../ast.ts";
import { T } from "../tokens.ts";
import type { Parser } from "./parser.ts";
import { atom, list, name, starred, tuple } from "./atoms.ts";
import { attribute, callTrailer, subscriptTrailer } from "./primary.ts";

type TargetContext = "Store" | "Del";

function isTrailerStart(kind: number): boolean {
  return kind === T.LPAR || kind === T.LSQB || kind === T.DOT;
}

/**
 * t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead,
 * with the final node in context `ctx`. Null (position restored) otherwise.
 */
export function subscriptAttributeTarget(p: Parser, ctx: TargetContext): Expr | null {
  const mark = p.pos;
  let value = atom(p);
  if (value === null || !isTrailerStart(p.peek())) {
    p.pos = mark;
    return null;
  }
  for (;;) {
    const kind = p.peek();
    if (kind === T.DOT) {
      if (p.peekAt(1) !== T.NAME) break;
      p.pos++;
      const attr = p.tokens[p.pos++];
      if (!isTrailerStart(p.peek())) return attribute(p, mark, value, attr, ctx);
      value = attribute(p, mark, value, attr, "Load");
    } else if (kind === T.LSQB) {
      const subscript = subscriptTrailer(p, mark, value, "Load");
      if (subscript === null) break;
      if (!isTrailerStart(p.peek())) {
        (subscript as { ctx: unknown }).ctx = singleton(ctx);
        return subscript;
      }
      value = subscript;
    } else {
      const before = p.pos;
      const call = callTrailer(p, mark, value);
      if (call === null) break;
      if (!isTrailerStart(p.peek())) {
        p.pos = before;
        break;
      }
      value = call;
    }
  }
  p.pos = mark;
  return null;
}

/** star_targets: star_target !',' | star_target (',' star_target)* [','] */
export function starTargets(p: Parser): Expr | null {
  const mark = p.pos;
  const first = starTarget(p);
  if (first === null) return null;
  if (p.peek() !== T.COMMA) return first;
  const elts = [first];
  while (p.accept(T.COMMA)) {
    const next = starTarget(p);
    if (next === null) break;
    elts.push(next);
  }
  return tuple(p, mark, elts, "Store");
}

/** star_target: '*' (!'*' star_target) | target_with_star_atom */
export function starTarget(p: Parser): Expr | null {
  if (p.peek() !== T.STAR) return targetWithStarAtom(p);
  const mark = p.pos;
  p.pos++;
  if (p.peek() !== T.STAR) {
    p.enter();
    const inner = starTarget(p);
    p.level--;
    if (inner !== null) return starred(p, mark, inner, "Store");
  }
  p.pos = mark;
  return null;
}

/** target_with_star_atom: t_primary '.' NAME | t_primary '[' slices ']' | star_atom */
function targetWithStarAtom(p: Parser): Expr | null {
  return subscriptAttributeTarget(p, "Store") ?? starAtom(p);
}

function starAtom(p: Parser): Expr | null {
  const kind = p.peek();
  if (kind === T.NAME) return name(p, p.tokens[p.pos++], "Store");
  if (kind !== T.LPAR && kind !== T.LSQB) return null;
  const mark = p.pos;
  const close = kind === T.LPAR ? T.RPAR : T.RSQB;
  p.pos++;
  if (p.accept(close)) {
    return kind === T.LPAR ? tuple(p, mark, [], "Store") : list(p, mark, [], "Store");
  }
  const first = starTarget(p);
  if (first !== null) {
    if (kind === T.LPAR && first._type !== "Starred" && p.accept(T.RPAR)) return first;
    if (kind === T.LSQB || p.peek() === T.COMMA) {
      const elts = [first];
      while (p.accept(T.COMMA)) {
        const next = starTarget(p);
        if (next === null) break;
        elts.push(next);
      }
      if (p.accept(close)) {
        return kind === T.LPAR ? tuple(p, mark, elts, "Store") : list(p, mark, elts, "Store");
      }
    }
  }
  p.pos = mark;
  return null;
}

/** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
export function singleTarget(p: Parser): Expr | null {
  const target = subscriptAttributeTarget(p, "Store");
  if (target !== null) return target;
  const kind = p.peek();
  if (kind === T.NAME) return name(p, p.tokens[p.pos++], "Store");
  if (kind !== T.LPAR) return null;
  const mark = p.pos;
  p.pos++;
  const inner = singleTarget(p);
  if (inner !== null && p.accept(T.RPAR)) return inner;
  p.pos = mark;
  return null;
}

/** del_targets: ','.del_target+ [','] */
export function delTargets(p: Parser): Expr[] | null {
  const first = delTarget(p);
  if (first === null) return null;
  const targets = [first];
  while (p.peek() === T.COMMA) {
    p.pos++;
    const next = delTarget(p);
    if (next === null) break;
    targets.push(next);
  }
  return targets;
}

/** del_target: t_primary '.' NAME | t_primary '[' slices ']' | del_t_atom */
function delTarget(p: Parser): Expr | null {
  const target = subscriptAttributeTarget(p, "Del");
  if (target !== null) return target;
  const kind = p.peek();
  if (kind === T.NAME) return name(p, p.tokens[p.pos++], "Del");
  if (kind !== T.LPAR && kind !== T.LSQB) return null;
  const mark = p.pos;
  const close = kind === T.LPAR ? T.RPAR : T.RSQB;
  p.pos++;
  if (kind === T.LPAR) {
    const inner = delTarget(p);
    if (inner !== null && p.accept(T.RPAR)) return setContext(inner, "Del");
    p.pos = mark + 1;
  }
  const elts = p.peek() === close ? [] : delTargets(p);
  if (elts !== null && p.accept(close)) {
    return kind === T.LPAR ? tuple(p, mark, elts, "Del") : list(p, mark, elts, "Del");
  }
  p.pos = mark;
  return null;
}

/** _PyPegen_set_expr_context for nodes built in Load context (in place: they are fresh). */
export function setContext(node: Expr, ctx: "Store" | "Del"): Expr {
  switch (node._type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      node.ctx = singleton(ctx);
      break;
    case "Starred":
      node.ctx = singleton(ctx);
      setContext(node.value, ctx);
      break;
    case "Tuple":
    case "List":
      node.ctx = singleton(ctx);
      for (const element of node.elts) setContext(element, ctx);
      break;
  }
  return node;
}

/** Would star_targets have accepted this expression? (`a = ...` left-hand sides.) */
export function isStarTarget(node: Expr): boolean {
  switch (node._type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      return true;
    case "Starred":
      return node.value._type !== "Starred" && isStarTarget(node.value);
    case "Tuple":
    case "List":
      return node.elts.every(isStarTarget);
    default:
      return false;
  }
}

/** Would single_target have accepted this expression? (augmented assignment) */
export function isSingleTarget(node: Expr): boolean {
  return node._type === "Name" || node._type === "Attribute" || node._type === "Subscript";
}
