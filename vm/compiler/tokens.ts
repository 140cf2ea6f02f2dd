/**
 * Token kinds, declared once. The order follows CPython's Grammar/Tokens so the
 * numbers match `token.tok_name` (useful when comparing against `tokenize`).
 * Operator kinds carry their exact spelling; `OPERATOR_KINDS` maps spelling to
 * kind for the tokenizer.
 */

export const TOKEN_TABLE = [
  ["ENDMARKER", null],
  ["NAME", null],
  ["NUMBER", null],
  ["STRING", null],
  ["NEWLINE", null],
  ["INDENT", null],
  ["DEDENT", null],
  ["LPAR", "("],
  ["RPAR", ")"],
  ["LSQB", "["],
  ["RSQB", "]"],
  ["COLON", ":"],
  ["COMMA", ","],
  ["SEMI", ";"],
  ["PLUS", "+"],
  ["MINUS", "-"],
  ["STAR", "*"],
  ["SLASH", "/"],
  ["VBAR", "|"],
  ["AMPER", "&"],
  ["LESS", "<"],
  ["GREATER", ">"],
  ["EQUAL", "="],
  ["DOT", "."],
  ["PERCENT", "%"],
  ["LBRACE", "{"],
  ["RBRACE", "}"],
  ["EQEQUAL", "=="],
  ["NOTEQUAL", "!="],
  ["LESSEQUAL", "<="],
  ["GREATEREQUAL", ">="],
  ["TILDE", "~"],
  ["CIRCUMFLEX", "^"],
  ["LEFTSHIFT", "<<"],
  ["RIGHTSHIFT", ">>"],
  ["DOUBLESTAR", "**"],
  ["PLUSEQUAL", "+="],
  ["MINEQUAL", "-="],
  ["STAREQUAL", "*="],
  ["SLASHEQUAL", "/="],
  ["PERCENTEQUAL", "%="],
  ["AMPEREQUAL", "&="],
  ["VBAREQUAL", "|="],
  ["CIRCUMFLEXEQUAL", "^="],
  ["LEFTSHIFTEQUAL", "<<="],
  ["RIGHTSHIFTEQUAL", ">>="],
  ["DOUBLESTAREQUAL", "**="],
  ["DOUBLESLASH", "//"],
  ["DOUBLESLASHEQUAL", "//="],
  ["AT", "@"],
  ["ATEQUAL", "@="],
  ["RARROW", "->"],
  ["ELLIPSIS", "..."],
  ["COLONEQUAL", ":="],
  ["OP", null],
  ["AWAIT", null],
  ["ASYNC", null],
  ["TYPE_IGNORE", null],
  ["TYPE_COMMENT", null],
  ["SOFT_KEYWORD", null],
  ["ERRORTOKEN", null],
  ["COMMENT", null],
  ["NL", null],
  ["ENCODING", null],
] as const;

type TokenName = (typeof TOKEN_TABLE)[number][0];

/** `T.NAME`, `T.LPAR`, ... : token kind numbers derived from the table. */
export const T = Object.fromEntries(TOKEN_TABLE.map(([name], i) => [name, i])) as {
  readonly [N in TokenName]: number;
};

export const TOKEN_NAMES: readonly TokenName[] = TOKEN_TABLE.map(([name]) => name);

/** Operator spelling -> exact token kind. */
export const OPERATOR_KINDS: ReadonlyMap<string, number> = new Map(
  TOKEN_TABLE.flatMap(([, spelling], i) => spelling === null ? [] : [[spelling, i] as const]),
);

/** Python 3.11 hard keywords (`keyword.kwlist`). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]); // deno-fmt-ignore

/** Soft keywords (`keyword.softkwlist`): names except where the grammar says otherwise. */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(["_", "case", "match"]);

/**
 * One token. Lines are 1-based; `col`/`endCol` are 0-based offsets in UTF-8 bytes
 * (what AST positions use); `start`/`end` index the decoded source string.
 */
export interface Token {
  type: number;
  string: string;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
  start: number;
  end: number;
}
