/**
 * The accumulator behind a string atom (CPython's `FstringParser` state): str
 * pieces are concatenated into a pending literal, and the pending literal
 * becomes a `Constant` node only when a replacement field follows it or the
 * atom ends. Empty pieces are dropped, so `f"{a}" "" f"{b}"` has no empty
 * Constant between its two FormattedValues.
 */
import type { Expr, Node } from "../ast.ts";
import type { Token } from "../tokens.ts";
import { type PyStr, strConcat, strLength } from "../../objects/str_wide.ts";

export class StrParts {
  /** Set once an f-string took part: the result is then a JoinedStr. */
  isFString = false;
  private pending: PyStr = "";
  private readonly values: Expr[] = [];

  appendLiteral(text: PyStr): void {
    if (strLength(text) !== 0) this.pending = strConcat(this.pending, text);
  }

  /** Adds a FormattedValue, first turning the pending literal into a Constant. */
  appendField(node: Expr, first: Token, last: Token): void {
    if (strLength(this.pending) !== 0) {
      this.values.push(makeStrConstant(this.pending, first, last));
      this.pending = "";
    }
    this.values.push(node);
  }

  /** The Constant (no f-string seen) or JoinedStr for the whole atom. */
  finish(first: Token, last: Token): Expr {
    if (!this.isFString) return makeStrConstant(this.pending, first, last);
    if (strLength(this.pending) !== 0) this.values.push(makeStrConstant(this.pending, first, last));
    const node: Node<"JoinedStr"> = {
      _type: "JoinedStr",
      values: this.values,
      ...span(first, last),
    };
    return node;
  }
}

/** The position from the start of `first` to the end of `last`. */
export function span(first: Token, last: Token) {
  return {
    lineno: first.lineno,
    col_offset: first.col,
    end_lineno: last.endLineno,
    end_col_offset: last.endCol,
  };
}

/**
 * A str Constant. Its kind is "u" when the token passed as `first` is spelled with
 * a lower-case `u` prefix (CPython looks at the first byte only: `U"x"` has none).
 */
export function makeStrConstant(value: PyStr, first: Token, last: Token): Expr {
  const node: Node<"Constant"> = {
    _type: "Constant",
    value,
    kind: first.string.charCodeAt(0) === 0x75 ? "u" : null,
    lineno: first.lineno,
    col_offset: first.col,
    end_lineno: last.endLineno,
    end_col_offset: last.endCol,
  };
  return node;
}
