/**
 * A StringHost for testing strings.ts without the parser. Its sub-parser only
 * understands a replacement field that is a name, a comparison of two names or
 * a one-name set (surrounded by blanks or newlines), placed the way the real
 * sub-parser places its tokens: lines count from `startingLineno`, and only the
 * first line is shifted by `startingColOffset`. Errors are thrown as
 * `FakeSyntaxError`s that say which kind of location the caller asked for.
 */
import { type Expr, type Node, singleton } from "../../vm/compiler/ast.ts";
import { T, type Token } from "../../vm/compiler/tokens.ts";
import type { StringHost } from "../../vm/compiler/parser/string_host.ts";

export class FakeSyntaxError extends Error {
  constructor(
    readonly msg: string,
    /** "current" for the token after the atom, else the token the error spans. */
    readonly at: "current" | Token,
  ) {
    super(msg);
  }
}

export interface Warning {
  category: string;
  message: string;
  lineno: number;
}

/** Names, the comparison operators and braces: all the fake sub-parser knows. */
const FIELD_TOKEN = /[\p{L}_][\p{L}\p{N}_]*|[=!<>]=|[<>{}()]|\s+/uy;

const COMPARISONS: Record<string, "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE"> = {
  "==": "Eq",
  "!=": "NotEq",
  "<": "Lt",
  "<=": "LtE",
  ">": "Gt",
  ">=": "GtE",
};

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

interface FieldToken {
  text: string;
  lineno: number;
  col: number;
  endCol: number;
}

/** Splits a field source into tokens placed as the real sub-parser places them. */
function fieldTokens(source: string, startingLineno: number, startingColOffset: number) {
  const tokens: FieldToken[] = [];
  let line = 0;
  let lineStart = 0;
  FIELD_TOKEN.lastIndex = 0;
  while (FIELD_TOKEN.lastIndex < source.length) {
    const start = FIELD_TOKEN.lastIndex;
    const match = FIELD_TOKEN.exec(source);
    if (match === null) throw new Error(`fake host cannot parse field ${JSON.stringify(source)}`);
    const text = match[0];
    if (/^\s/.test(text)) {
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = start + i + 1;
      }
      continue;
    }
    const shift = line === 0 ? startingColOffset : 0;
    const col = utf8Length(source.slice(lineStart, start)) + shift;
    tokens.push({ text, lineno: startingLineno + line, col, endCol: col + utf8Length(text) });
  }
  return tokens;
}

function position(first: FieldToken, last: FieldToken) {
  return {
    lineno: first.lineno,
    col_offset: first.col,
    end_lineno: last.lineno,
    end_col_offset: last.endCol,
  };
}

function nameNode(token: FieldToken): Expr {
  if (!/^[\p{L}_]/u.test(token.text)) throw new Error(`fake host: not a name: ${token.text}`);
  const node: Node<"Name"> = {
    _type: "Name",
    id: token.text,
    ctx: singleton("Load"),
    ...position(token, token),
  };
  return node;
}

/** `( name )`, `( name OP name )` or `( { name } )`. */
function parseField(tokens: FieldToken[]): Expr {
  const inner = tokens.slice(1, -1);
  if (inner.length === 1) return nameNode(inner[0]);
  if (inner.length === 3 && inner[0].text === "{" && inner[2].text === "}") {
    const node: Node<"Set"> = {
      _type: "Set",
      elts: [nameNode(inner[1])],
      ...position(inner[0], inner[2]),
    };
    return node;
  }
  if (inner.length === 3 && inner[1].text in COMPARISONS) {
    const node: Node<"Compare"> = {
      _type: "Compare",
      left: nameNode(inner[0]),
      ops: [singleton(COMPARISONS[inner[1].text])],
      comparators: [nameNode(inner[2])],
      ...position(inner[0], inner[2]),
    };
    return node;
  }
  throw new Error(`fake host cannot parse field ${tokens.map((t) => t.text).join(" ")}`);
}

export class FakeHost implements StringHost {
  readonly filename = "<test>";
  readonly warnings: Warning[] = [];

  parseFStringExpression(source: string, startingLineno: number, startingColOffset: number): Expr {
    return parseField(fieldTokens(source, startingLineno, startingColOffset));
  }

  raiseSyntaxError(msg: string, first: Token): never {
    throw new FakeSyntaxError(msg, first);
  }

  raiseSyntaxErrorAtCurrentToken(msg: string): never {
    throw new FakeSyntaxError(msg, "current");
  }

  warn(category: "DeprecationWarning" | "SyntaxWarning", message: string, at: Token): void {
    this.warnings.push({ category, message, lineno: at.lineno });
  }
}

/** A STRING token as the fixture gives it: [text, lineno, col, endLineno, endCol]. */
export function makeToken([string, lineno, col, endLineno, endCol]: [
  string,
  number,
  number,
  number,
  number,
]): Token {
  return { type: T.STRING, string, lineno, col, endLineno, endCol, start: 0, end: 0 };
}
