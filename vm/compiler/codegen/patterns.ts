/**
 * Structural pattern matching (`match`), following CPython 3.11's scheme.
 *
 * Each case works on a copy of the subject. A pattern consumes its subject
 * and, on success, leaves the captured values on the stack (the newest
 * capture deepest), which are stored into their names only once the whole
 * pattern has matched. So a failed match binds nothing.
 *
 * Failure: at any point `onTop` items sit above the subject copy's slot, plus
 * one per capture so far; a failing test jumps to `failPop[n]` with n the
 * number of items to discard. The failPop labels form a chain of POP_TOPs
 * emitted after the case, ending where the next case starts.
 *
 * Or-patterns compile each alternative with its own failure chain, then
 * rotate the captures of every alternative into the order of the first one,
 * so the join point sees one stack shape.
 */
import { type ConstantValue, type Node, type Pattern, PyFloat } from "../ast.ts";
import { BINARY_OPERATOR_INDEX, COMPARE_OPERATOR_INDEX, Op } from "../opcodes.ts";
import { constantRepr } from "../unparse.ts";
import type { Compiler } from "./compiler.ts";
import { compileExpr, compileJumpIf } from "./expressions.ts";
import { compileStatements } from "./statements.ts";
import type { Label } from "./unit.ts";

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

const isWildcard = (p: Pattern): boolean =>
  p._type === "MatchAs" && p.pattern === null && p.name === null;
const isStarWildcard = (p: Pattern): boolean => p._type === "MatchStar" && p.name === null;

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.jump(op, pc.failPop[pops]);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  for (let n = pc.failPop.length - 1; n > 0; n--) {
    c.bind(pc.failPop[n]);
    c.emit(Op.POP_TOP);
  }
  if (pc.failPop.length > 0) c.bind(pc.failPop[0]);
  pc.failPop = [];
}

/** Moves TOS down to stack position `count` (1 = TOS). */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.emit(Op.SWAP, count--);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  c.checkForbiddenName(name, "Store");
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function compileSubpattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

function compilePattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  c.setLocation(p);
  switch (p._type) {
    case "MatchValue":
      if (p.value._type !== "Constant" && p.value._type !== "Attribute") {
        c.error("patterns may only match literals and attribute lookups");
      }
      compileExpr(c, p.value);
      c.emit(Op.COMPARE_OP, COMPARE_OPERATOR_INDEX.Eq);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSingleton":
      c.loadConst(p.value);
      c.emit(Op.IS_OP, 0);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence":
      return compileSequencePattern(c, p, pc);
    case "MatchMapping":
      return compileMappingPattern(c, p, pc);
    case "MatchClass":
      return compileClassPattern(c, p, pc);
    case "MatchStar":
      return storeName(c, p.name, pc);
    case "MatchAs":
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          if (p.name !== null) {
            c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
          }
          c.error("wildcard makes remaining patterns unreachable");
        }
        return storeName(c, p.name, pc);
      }
      pc.onTop++;
      c.emit(Op.COPY, 1);
      compilePattern(c, p.pattern, pc);
      pc.onTop--;
      return storeName(c, p.name, pc);
    case "MatchOr":
      return compileOrPattern(c, p, pc);
  }
}

function compileSequencePattern(c: Compiler, p: Node<"MatchSequence">, pc: PatternContext) {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((pattern, i) => {
    if (pattern._type === "MatchStar") {
      if (star >= 0) c.error("multiple starred names in sequence pattern");
      starWildcard = isStarWildcard(pattern);
      onlyWildcard &&= starWildcard;
      star = i;
      return;
    }
    onlyWildcard &&= isWildcard(pattern);
  });
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(size);
    c.emit(Op.COMPARE_OP, COMPARE_OPERATOR_INDEX.Eq);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size - 1 > 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(size - 1);
    c.emit(Op.COMPARE_OP, COMPARE_OPERATOR_INDEX.GtE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    c.emit(Op.POP_TOP);
  } else if (starWildcard) {
    compileSequenceBySubscript(c, patterns, star, pc);
  } else {
    compileSequenceByUnpacking(c, patterns, pc);
  }
}

function compileSequenceByUnpacking(c: Compiler, patterns: Pattern[], pc: PatternContext) {
  const size = patterns.length;
  const star = patterns.findIndex((pattern) => pattern._type === "MatchStar");
  if (star >= 0) {
    if (star >= 1 << 8 || size - star - 1 >= (2 ** 31 - 1) >> 8) {
      c.error("too many expressions in star-unpacking sequence pattern");
    }
    c.emit(Op.UNPACK_EX, star + ((size - star - 1) << 8));
  } else {
    c.emit(Op.UNPACK_SEQUENCE, size);
  }
  pc.onTop += size;
  for (const pattern of patterns) {
    pc.onTop--;
    compileSubpattern(c, pattern, pc);
  }
}

function compileSequenceBySubscript(
  c: Compiler,
  patterns: Pattern[],
  star: number,
  pc: PatternContext,
) {
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((pattern, i) => {
    if (isWildcard(pattern) || i === star) return;
    c.emit(Op.COPY, 1);
    if (i < star) {
      c.loadConst(i);
    } else {
      c.emit(Op.GET_LEN);
      c.loadConst(size - i);
      c.emit(Op.BINARY_OP, BINARY_OPERATOR_INDEX.Sub);
    }
    c.emit(Op.BINARY_SUBSCR);
    compileSubpattern(c, pattern, pc);
  });
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

/** Key for duplicate detection with Python equality (1 == 1.0 == True). */
function equalityKey(value: ConstantValue): string {
  if (typeof value === "boolean") return "n" + (value ? 1 : 0);
  if (typeof value === "number" || typeof value === "bigint") return "n" + value;
  if (value instanceof PyFloat) return "n" + value.value;
  if (typeof value === "string") return "s" + value;
  return constantRepr(value);
}

function compileMappingPattern(c: Compiler, p: Node<"MatchMapping">, pc: PatternContext) {
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) {
    c.error(
      `keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`,
    );
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && starTarget === null) {
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(size);
    c.emit(Op.COMPARE_OP, COMPARE_OPERATOR_INDEX.GtE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    if (key._type === "Constant") {
      const identity = equalityKey(key.value);
      if (seen.has(identity)) {
        c.error(`mapping pattern checks duplicate key (${constantRepr(key.value)})`);
      }
      seen.add(identity);
    } else if (key._type !== "Attribute") {
      c.error("mapping pattern keys may only match literals and attribute lookups");
    }
    compileExpr(c, key);
  }
  c.emit(Op.BUILD_TUPLE, size);
  c.emit(Op.MATCH_KEYS);
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  c.loadConst(null);
  c.emit(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const pattern of patterns) {
    pc.onTop--;
    compileSubpattern(c, pattern, pc);
  }
  pc.onTop -= 2;
  if (starTarget !== null) {
    // rest = dict(subject); del rest[key] for each matched key.
    c.emit(Op.BUILD_MAP, 0);
    c.emit(Op.SWAP, 3);
    c.emit(Op.DICT_UPDATE, 2);
    c.emit(Op.UNPACK_SEQUENCE, size);
    while (size > 0) {
      c.emit(Op.COPY, 1 + size--);
      c.emit(Op.SWAP, 2);
      c.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.emit(Op.POP_TOP);
    c.emit(Op.POP_TOP);
  }
}

function compileClassPattern(c: Compiler, p: Node<"MatchClass">, pc: PatternContext) {
  const { patterns, kwd_attrs: attrs, kwd_patterns: keywordPatterns } = p;
  if (attrs.length !== keywordPatterns.length) {
    c.error(
      `kwd_attrs (${attrs.length}) / kwd_patterns (${keywordPatterns.length}) length mismatch in class pattern`,
    );
  }
  attrs.forEach((attr, i) => {
    c.setLocation(keywordPatterns[i]);
    c.checkForbiddenName(attr, "Store");
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attr) {
        c.setLocation(keywordPatterns[j]);
        c.error(`attribute name repeated in class pattern: ${attr}`);
      }
    }
  });
  c.setLocation(p);
  compileExpr(c, p.cls);
  c.loadConst([...attrs]);
  c.emit(Op.MATCH_CLASS, patterns.length);
  c.emit(Op.COPY, 1);
  c.loadConst(null);
  c.emit(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  const total = patterns.length + attrs.length;
  c.emit(Op.UNPACK_SEQUENCE, total);
  pc.onTop += total - 1;
  for (let i = 0; i < total; i++) {
    pc.onTop--;
    const pattern = i < patterns.length ? patterns[i] : keywordPatterns[i - patterns.length];
    if (isWildcard(pattern)) {
      c.emit(Op.POP_TOP);
      continue;
    }
    compileSubpattern(c, pattern, pc);
  }
}

function compileOrPattern(c: Compiler, p: Node<"MatchOr">, pc: PatternContext) {
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = { ...pc, stores: pc.stores };
  let control: string[] | null = null;
  p.patterns.forEach((alternative, i) => {
    c.setLocation(alternative);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(Op.COPY, 1);
    compilePattern(c, alternative, pc);
    const stores = pc.stores;
    if (control === null) {
      control = [...stores];
    } else if (stores.length !== control.length) {
      c.error("alternative patterns bind different names");
    } else {
      for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
        const istores = stores.indexOf(control[icontrol]);
        if (istores < 0) c.error("alternative patterns bind different names");
        if (istores !== icontrol) {
          const rotations = istores + 1;
          const rotated = stores.splice(0, rotations);
          stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
        }
      }
    }
    c.jump(Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  });
  Object.assign(pc, old);
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.bind(end);
  const captured: string[] = control ?? [];
  const rotations = captured.length + 1 + pc.onTop + pc.stores.length;
  for (const name of captured) {
    rotate(c, rotations);
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.emit(Op.POP_TOP);
}

export function compileMatch(c: Compiler, s: Node<"Match">): void {
  compileExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1];
  const hasDefault = isWildcard(last.pattern) && cases > 1;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    const matchCase = s.cases[i];
    c.setLocation(matchCase.pattern);
    const copiesSubject = i !== cases - (hasDefault ? 1 : 0) - 1;
    if (copiesSubject) c.emit(Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = matchCase.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, matchCase.pattern, pc);
    for (const name of pc.stores) c.nameOp(name, "Store");
    if (matchCase.guard !== null) {
      ensureFailPop(c, pc, 0);
      compileJumpIf(c, matchCase.guard, pc.failPop[0], false);
    }
    if (copiesSubject) c.emit(Op.POP_TOP);
    compileStatements(c, matchCase.body);
    c.unsetLocation();
    c.jump(Op.JUMP, end);
    c.setLocation(matchCase.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    c.setLocation(last.pattern);
    if (cases === 1) c.emit(Op.POP_TOP);
    else c.emit(Op.NOP); // line coverage for the default case
    if (last.guard !== null) compileJumpIf(c, last.guard, end, false);
    compileStatements(c, last.body);
    c.unsetLocation();
  }
  c.bind(end);
}
