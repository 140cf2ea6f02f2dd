/**
 * Assignment targets: stores and deletes of names, attributes, subscripts
 * and (starred) unpacking, plus augmented and annotated assignment.
 * A store consumes the value on top of the stack.
 */
import type { Expr, Node } from "../ast.ts";
import { BINARY_OPERATOR_INDEX, type BinaryOperatorKind, INPLACE_OFFSET, Op } from "../opcodes.ts";
import { mangle } from "../symtable.ts";
import { CO_FUTURE_ANNOTATIONS } from "../future.ts";
import type { Compiler } from "./compiler.ts";
import { compileExpr } from "./expressions.ts";
import { compileAnnotationValue } from "./definitions.ts";

/** Stores TOS into `target` (a Store-context expression). */
export function compileStore(c: Compiler, target: Expr): void {
  const saved = c.unit.location;
  c.setLocation(target);
  try {
    switch (target._type) {
      case "Name":
        if (target.ctx._type === "Del") return c.nameOp(target.id, "Del");
        return c.nameOp(target.id, "Store");
      case "Attribute":
        compileExpr(c, target.value);
        c.moveStartToAttribute(target);
        if (target.ctx._type === "Del") return c.emitName(Op.DELETE_ATTR, target.attr);
        c.checkForbiddenName(target.attr, "Store");
        return c.emitName(Op.STORE_ATTR, target.attr);
      case "Subscript":
        compileExpr(c, target.value);
        compileExpr(c, target.slice);
        return c.emit(target.ctx._type === "Del" ? Op.DELETE_SUBSCR : Op.STORE_SUBSCR);
      case "Tuple":
      case "List":
        if (target.ctx._type === "Del") {
          for (const element of target.elts) compileStore(c, element);
          return;
        }
        return compileUnpack(c, target.elts);
      case "Starred":
        c.error("starred assignment target must be in a list or tuple");
        return;
      default:
        c.error(`cannot compile store to ${target._type}`);
    }
  } finally {
    c.unit.location = saved;
  }
}

function compileUnpack(c: Compiler, elements: Expr[]): void {
  const n = elements.length;
  let starIndex = -1;
  for (let i = 0; i < n; i++) {
    if (elements[i]._type !== "Starred") continue;
    if (starIndex >= 0) c.error("multiple starred expressions in assignment");
    if (i >= 1 << 8 || n - i - 1 >= (2 ** 31 - 1) >> 8) {
      c.error("too many expressions in star-unpacking assignment");
    }
    starIndex = i;
  }
  if (starIndex >= 0) c.emit(Op.UNPACK_EX, starIndex + ((n - starIndex - 1) << 8));
  else c.emit(Op.UNPACK_SEQUENCE, n);
  for (const element of elements) {
    compileStore(c, element._type === "Starred" ? element.value : element);
  }
}

export function compileDelete(c: Compiler, s: Node<"Delete">): void {
  for (const target of s.targets) compileStore(c, target);
}

export function compileAssign(c: Compiler, s: Node<"Assign">): void {
  compileExpr(c, s.value);
  const last = s.targets.length - 1;
  s.targets.forEach((target, index) => {
    if (index < last) c.emit(Op.COPY, 1);
    compileStore(c, target);
  });
}

export function compileAugAssign(c: Compiler, s: Node<"AugAssign">): void {
  const target = s.target;
  const op = BINARY_OPERATOR_INDEX[s.op._type as BinaryOperatorKind] + INPLACE_OFFSET;
  // Loading and storing the target are located at the target, the operator
  // at the whole statement (as in CPython).
  c.at(target, () => {
    switch (target._type) {
      case "Attribute":
        compileExpr(c, target.value);
        c.emit(Op.COPY, 1);
        c.moveStartToAttribute(target);
        c.emitName(Op.LOAD_ATTR, target.attr);
        return;
      case "Subscript":
        compileExpr(c, target.value);
        compileExpr(c, target.slice);
        c.emit(Op.COPY, 2);
        c.emit(Op.COPY, 2);
        c.emit(Op.BINARY_SUBSCR);
        return;
      case "Name":
        c.nameOp(target.id, "Load");
        return;
      default:
        c.error(`invalid augmented assignment target ${target._type}`);
    }
  });
  compileExpr(c, s.value);
  c.emit(Op.BINARY_OP, op);
  c.at(target, () => {
    switch (target._type) {
      case "Attribute":
        c.moveStartToAttribute(target);
        c.emit(Op.SWAP, 2);
        c.emitName(Op.STORE_ATTR, target.attr);
        return;
      case "Subscript":
        c.emit(Op.SWAP, 3);
        c.emit(Op.SWAP, 2);
        c.emit(Op.STORE_SUBSCR);
        return;
      case "Name":
        c.nameOp(target.id, "Store");
        return;
    }
  });
}

/** Evaluates `e` for its side effects only (annotations of complex targets). */
function checkAnnotationExpr(c: Compiler, e: Expr): void {
  compileExpr(c, e);
  c.emit(Op.POP_TOP);
}

function checkAnnotationSubscript(c: Compiler, e: Expr): void {
  if (e._type === "Slice") {
    for (const part of [e.lower, e.upper, e.step]) {
      if (part !== null) checkAnnotationExpr(c, part);
    }
  } else if (e._type === "Tuple") {
    for (const element of e.elts) checkAnnotationSubscript(c, element);
  } else {
    checkAnnotationExpr(c, e);
  }
}

export function compileAnnAssign(c: Compiler, s: Node<"AnnAssign">): void {
  const target = s.target;
  if (s.value !== null) {
    compileExpr(c, s.value);
    compileStore(c, target);
  }
  const scopeKind = c.unit.scopeKind;
  const evaluatesAnnotations = scopeKind === "module" || scopeKind === "class";
  switch (target._type) {
    case "Name":
      c.checkForbiddenName(target.id, "Store", target);
      if (s.simple && evaluatesAnnotations) {
        compileAnnotationValue(c, s.annotation);
        c.emitRawName(Op.LOAD_NAME, "__annotations__");
        c.loadConst(mangle(c.unit.privateName, target.id));
        c.emit(Op.STORE_SUBSCR);
      }
      break;
    case "Attribute":
      c.checkForbiddenName(target.attr, "Store", target);
      if (s.value === null) checkAnnotationExpr(c, target.value);
      break;
    case "Subscript":
      if (s.value === null) {
        checkAnnotationExpr(c, target.value);
        checkAnnotationSubscript(c, target.slice);
      }
      break;
    default:
      c.error(`invalid annotated assignment target ${target._type}`);
  }
  if (!s.simple && !(c.futureFlags & CO_FUTURE_ANNOTATIONS) && evaluatesAnnotations) {
    checkAnnotationExpr(c, s.annotation);
  }
}
