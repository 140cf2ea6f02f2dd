/**
 * String atoms: a run of adjacent STRING tokens becomes one Constant (str or
 * bytes) or one JoinedStr, as CPython 3.11's `_PyPegen_concatenate_strings` and
 * `_PyPegen_parsestr` build it.
 *
 * Tokens are processed left to right, and each one completely before the next:
 * a token's own errors (bad escapes, non-ASCII bytes, f-string errors) come
 * before the "cannot mix bytes and nonbytes literals" check against the tokens
 * before it. str pieces and f-strings share one accumulator (`StrParts`), so
 * `"a" f"{x}" "b"` is a JoinedStr whose adjacent literal pieces are merged;
 * bytes pieces are simply concatenated.
 *
 * The common case, a single plain literal without a backslash, is one slice.
 */
import type { Expr, Node } from "../ast.ts";
import { PyBytes } from "../ast.ts";
import type { Token } from "../tokens.ts";
import type { StringHost } from "./string_host.ts";
import { decodeBytesEscapes, decodeStrEscapes, type EscapeReporter } from "./string_escapes.ts";
import { findInvalidUtf8, utf8ErrorMessage } from "../source_utf8.ts";
import type { PyStr } from "../../objects/str_wide.ts";
import { FStringScanner } from "./fstring.ts";
import { makeStrConstant, StrParts } from "./string_parts.ts";

/** A STRING token split into its prefix flags and the bounds of its body. */
interface Literal {
  isBytes: boolean;
  isRaw: boolean;
  isFString: boolean;
  /** Body (between the quotes) as indices into the token text. */
  start: number;
  end: number;
}

function splitLiteral(text: string): Literal {
  let isBytes = false;
  let isRaw = false;
  let isFString = false;
  let at = 0;
  for (;; at++) {
    const code = text.charCodeAt(at) | 0x20; // ASCII lower case
    if (code === 0x62) isBytes = true; // b
    else if (code === 0x72) isRaw = true; // r
    else if (code === 0x66) isFString = true; // f
    else if (code !== 0x75) break; // u
  }
  const quote = text.charCodeAt(at);
  let start = at + 1;
  let end = text.length - 1;
  if (
    end - start >= 4 && text.charCodeAt(start) === quote && text.charCodeAt(start + 1) === quote
  ) {
    start += 2;
    end -= 2;
  }
  return { isBytes, isRaw, isFString, start, end };
}

/** Warnings and errors of one token's escapes, reported through the host. */
class TokenReporter implements EscapeReporter {
  constructor(private readonly host: StringHost, private readonly token: Token) {}

  invalidEscape(message: string): void {
    this.host.warn("DeprecationWarning", message, this.token);
  }

  fail(message: string): never {
    return this.host.raiseSyntaxErrorAtCurrentToken(message);
  }
}

function decodeBytes(host: StringHost, token: Token, literal: Literal): Uint8Array {
  const text = token.string;
  const { start, end } = literal;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      host.raiseSyntaxErrorAtCurrentToken("bytes can only contain ASCII literal characters");
    }
  }
  const backslash = literal.isRaw ? -1 : text.indexOf("\\", start);
  if (backslash !== -1 && backslash < end) {
    return decodeBytesEscapes(text, start, end, new TokenReporter(host, token));
  }
  const bytes = new Uint8Array(end - start);
  for (let i = start; i < end; i++) bytes[i - start] = text.charCodeAt(i);
  return bytes;
}

/**
 * Source bytes that were not UTF-8 reach us as lone U+DC80..U+DCFF units (see
 * source_utf8.ts); a literal holding one fails as CPython's codec does. A low
 * surrogate right after a high one is half of an ordinary astral character.
 */
const ESCAPED_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
const utf8 = new TextEncoder();

function checkDecodable(host: StringHost, text: string, start: number, end: number): void {
  const body = text.slice(start, end);
  if (!ESCAPED_BYTE.test(body)) return;
  const bytes: number[] = [];
  for (const char of body) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xdc80 && unit <= 0xdcff) bytes.push(unit - 0xdc00);
    else bytes.push(...utf8.encode(char));
  }
  const raw = Uint8Array.from(bytes);
  const error = findInvalidUtf8(raw);
  if (error !== null) {
    host.raiseSyntaxErrorAtCurrentToken(`(unicode error) ${utf8ErrorMessage(raw, error)}`);
  }
}

function decodeStr(host: StringHost, token: Token, literal: Literal): PyStr {
  const text = token.string;
  const { start, end } = literal;
  checkDecodable(host, text, start, end);
  const backslash = literal.isRaw ? -1 : text.indexOf("\\", start);
  if (backslash === -1 || backslash >= end) return text.slice(start, end);
  return decodeStrEscapes(text, start, end, new TokenReporter(host, token));
}

function concatBytes(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}

/**
 * The Constant or JoinedStr for the adjacent STRING tokens of one atom, with
 * CPython 3.11's values, positions, warnings and errors.
 */
export function parseStringTokens(host: StringHost, tokens: Token[]): Expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const firstLiteral = splitLiteral(first.string);
  if (tokens.length === 1 && !firstLiteral.isFString && !firstLiteral.isBytes) {
    return makeStrConstant(decodeStr(host, first, firstLiteral), first, first);
  }

  const parts = new StrParts();
  const bytePieces: Uint8Array[] = [];
  let isBytes = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const literal = i === 0 ? firstLiteral : splitLiteral(token.string);
    let text: PyStr | undefined;
    if (literal.isBytes) bytePieces.push(decodeBytes(host, token, literal));
    else if (!literal.isFString) text = decodeStr(host, token, literal);
    if (i !== 0 && isBytes !== literal.isBytes) {
      host.raiseSyntaxErrorAtCurrentToken("cannot mix bytes and nonbytes literals");
    }
    isBytes = literal.isBytes;
    if (literal.isFString) {
      new FStringScanner(host, token, first, last, literal.isRaw, literal.start, literal.end)
        .scanInto(parts);
    } else if (text !== undefined) {
      parts.appendLiteral(text);
    }
  }
  if (!isBytes) return parts.finish(first, last);
  const node: Node<"Constant"> = {
    _type: "Constant",
    value: new PyBytes(concatBytes(bytePieces)),
    kind: null,
    lineno: first.lineno,
    col_offset: first.col,
    end_lineno: last.endLineno,
    end_col_offset: last.endCol,
  };
  return node;
}
