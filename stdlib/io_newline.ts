/**
 * Universal newlines: `IncrementalNewlineDecoder` and the line-ending search
 * shared by StringIO and TextIOWrapper.
 *
 * The translator holds back a trailing '\r' (it may be the first half of a
 * "\r\n" split across two chunks) until more text or the end arrives,
 * records which kinds of newline it has seen (`newlines`), and, when
 * translating, turns "\r\n" and "\r" into "\n". Its state is one bit
 * (pending '\r'), which getstate() appends below the wrapped decoder's flags
 * so TextIOWrapper's tell()/seek() cookies can restore it.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { isStr, type PyStr, strFromJs, strLength, toJsString } from "../vm/objects/str_wide.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { callMethod, plainConstructor, PyIOObject, signatureInitializer } from "./io_common.ts";

const SEEN_LF = 1;
const SEEN_CR = 2;
const SEEN_CRLF = 4;

const NEWLINES_BY_SEEN: readonly PyValue[] = [
  null,
  "\n",
  "\r",
  newTuple(["\r", "\n"]),
  "\r\n",
  newTuple(["\n", "\r\n"]),
  newTuple(["\r", "\r\n"]),
  newTuple(["\r", "\n", "\r\n"]),
];

function count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The newline state machine of IncrementalNewlineDecoder, over decoded text. */
export class NewlineTranslator {
  pendingCR = false;
  seen = 0;

  constructor(readonly translate: boolean) {}

  process(output: PyStr, final: boolean): PyStr {
    let text = toJsString(output);
    let changed = false;
    if (this.pendingCR && (text.length > 0 || final)) {
      text = "\r" + text;
      this.pendingCR = false;
      changed = true;
    }
    if (!final && text.endsWith("\r")) {
      text = text.slice(0, -1);
      this.pendingCR = true;
      changed = true;
    }
    const hasCR = text.includes("\r");
    if (!hasCR) {
      if (text.includes("\n")) this.seen |= SEEN_LF;
      return changed ? strFromJs(text) : output;
    }
    const crlf = count(text, "\r\n");
    const cr = count(text, "\r") - crlf;
    const lf = count(text, "\n") - crlf;
    if (lf > 0) this.seen |= SEEN_LF;
    if (cr > 0) this.seen |= SEEN_CR;
    if (crlf > 0) this.seen |= SEEN_CRLF;
    if (!this.translate) return changed ? strFromJs(text) : output;
    if (crlf > 0) text = text.replaceAll("\r\n", "\n");
    if (cr > 0) text = text.replaceAll("\r", "\n");
    return strFromJs(text);
  }

  reset(): void {
    this.pendingCR = false;
    this.seen = 0;
  }

  get newlines(): PyValue {
    return NEWLINES_BY_SEEN[this.seen];
  }
}

/**
 * CPython's _PyIO_find_line_ending over text[start, length): the index after
 * the first line ending, or, when there is none, `-1 - consumed` where
 * `consumed` is how far the text can be set aside without cutting a
 * possible ending in two (the last '\r' when `readnl` is "\r\n").
 * `translated`: only "\n" ends lines; `universal`: "\r", "\r\n" and "\n"
 * do (a '\r' ends a line even at the end of the text: the newline decoder
 * never splits "\r\n"); otherwise `readnl` does.
 */
export function findLineEnding(
  text: PyStr,
  start: number,
  translated: boolean,
  universal: boolean,
  readnl: string,
): number {
  const length = strLength(text);
  if (typeof text === "string" && (translated || (!universal && readnl.length === 1))) {
    const at = text.indexOf(translated ? "\n" : readnl, start);
    return at < 0 ? -1 - length : at + 1;
  }
  const points = typeof text === "string" ? null : text.codePoints;
  const at = points === null
    ? (i: number) => (text as string).charCodeAt(i)
    : (i: number) => points[i];
  if (translated || universal) {
    for (let i = start; i < length; i++) {
      const c = at(i);
      if (c === 0x0a) return i + 1;
      if (c === 0x0d && !translated) return i + 1 < length && at(i + 1) === 0x0a ? i + 2 : i + 1;
    }
    return -1 - length;
  }
  const first = readnl.charCodeAt(0);
  if (readnl.length === 1) {
    for (let i = start; i < length; i++) if (at(i) === first) return i + 1;
    return -1 - length;
  }
  const second = readnl.charCodeAt(1);
  for (let i = start; i < length - 1; i++) {
    if (at(i) === first && at(i + 1) === second) return i + 2;
  }
  return length > start && at(length - 1) === first ? -1 - (length - 1) : -1 - length;
}

export const newlineDecoderType = makeBuiltinType("IncrementalNewlineDecoder");

export class PyNewlineDecoder extends PyIOObject {
  decoder: PyValue = null;
  translator = new NewlineTranslator(false);
  errors: PyValue = "strict";
  initialised = false;
}

function ready(self: PyNewlineDecoder): PyNewlineDecoder {
  if (!self.initialised) {
    throw pyError("ValueError", "IncrementalNewlineDecoder.__init__() not called");
  }
  return self;
}

/** decode() of the Python-visible decoder: the wrapped decoder, then the translator. */
export function newlineDecode(self: PyNewlineDecoder, input: PyValue, final: boolean): PyStr {
  ready(self);
  const output = self.decoder === null ? input : callMethod(self.decoder, "decode", input, final);
  if (!isStr(output)) {
    throw pyError(
      "TypeError",
      `decoder should return a string result, not '${typeOf(output).tpName}'`,
    );
  }
  return self.translator.process(output, final);
}

plainConstructor(newlineDecoderType, (cls: PyType) => new PyNewlineDecoder(cls));
signatureInitializer(
  newlineDecoderType,
  "IncrementalNewlineDecoder",
  "decoder, translate, errors='strict'",
  (self: PyNewlineDecoder, decoder: PyValue, translate: PyValue, errors: PyValue) => {
    self.decoder = decoder;
    self.translator = new NewlineTranslator(isTrue(translate));
    self.errors = errors;
    self.initialised = true;
  },
);

defineNativeMethods(newlineDecoderType, {
  decode: [
    "input, final=False",
    (self: PyNewlineDecoder, input: PyValue, final: PyValue) =>
      newlineDecode(self, input, isTrue(final)),
  ],
  getstate: ["", (self: PyNewlineDecoder) => {
    ready(self);
    let buffer: PyValue = new PyBytes(new Uint8Array(0));
    let flags: number | bigint = 0;
    if (self.decoder !== null) {
      const state = callMethod(self.decoder, "getstate");
      if (!(state instanceof PyTuple) || state.items.length !== 2) {
        throw pyError("TypeError", "illegal decoder state");
      }
      buffer = state.items[0];
      const inner = state.items[1];
      if (typeof inner !== "number" && typeof inner !== "bigint") {
        throw pyError("TypeError", "illegal decoder state");
      }
      flags = inner;
    }
    const pending = self.translator.pendingCR ? 1 : 0;
    const combined = typeof flags === "bigint" || flags > 2 ** 51
      ? (BigInt(flags) << 1n) | BigInt(pending)
      : flags * 2 + pending;
    return newTuple([buffer, combined]);
  }],
  setstate: ["state, /", (self: PyNewlineDecoder, state: PyValue) => {
    ready(self);
    if (!(state instanceof PyTuple) || state.items.length !== 2) {
      throw pyError("TypeError", "state argument must be a tuple");
    }
    const [buffer, flags] = state.items;
    const value = typeof flags === "bigint" ? flags : BigInt(Number(flags));
    self.translator.pendingCR = (value & 1n) === 1n;
    if (self.decoder !== null) {
      const inner = value >> 1n;
      const innerValue = inner <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(inner) : inner;
      callMethod(self.decoder, "setstate", newTuple([buffer, innerValue]));
    }
    return null;
  }],
  reset: ["", (self: PyNewlineDecoder) => {
    ready(self);
    self.translator.reset();
    if (self.decoder !== null) callMethod(self.decoder, "reset");
    return null;
  }],
});
defineGetSets(newlineDecoderType, {
  newlines: [(self: PyNewlineDecoder) => ready(self).translator.newlines],
});

/** Validate a `newline` argument: None or one of "", "\n", "\r", "\r\n". */
export function checkNewlineArgument(newline: PyValue, owner: string, reprMessage: boolean): void {
  if (newline === null) return;
  if (!isStr(newline)) {
    throw pyError(
      "TypeError",
      owner === "StringIO"
        ? `newline must be str or None, not ${typeOf(newline).tpName}`
        : `${owner}() argument 'newline' must be str or None, not ${typeOf(newline).tpName}`,
    );
  }
  const text = toJsString(newline);
  if (text === "" || text === "\n" || text === "\r" || text === "\r\n") return;
  const shown = reprMessage ? `'${text}'` : text;
  throw pyError("ValueError", `illegal newline value: ${shown}`);
}
