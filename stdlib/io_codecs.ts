/**
 * The encoders and decoders TextIOWrapper uses. UTF-8, Latin-1 and ASCII
 * are native (the runtime's own str.encode/bytes.decode, plus a UTF-8
 * decoder that holds back an incomplete trailing sequence between chunks);
 * any other encoding comes from the codec registry (`_codecs.lookup`), whose
 * incremental encoder/decoder objects are called through their Python
 * methods. Both kinds answer the same interface, including the decoder
 * state (pending bytes, flags) that tell()/seek() cookies are built from.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { findCodec, strEncode } from "../vm/objects/str_encode.ts";
import { decodeBytes } from "../vm/objects/str_decode.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { lookup as codecLookup } from "./_codecs.ts";
import { callMethod, joinBytes } from "./io_common.ts";

export type DecoderFlags = number | bigint;

export interface TextDecoderLike {
  decode(input: Uint8Array, final: boolean): PyStr;
  getState(): [Uint8Array, DecoderFlags];
  setState(buffer: Uint8Array, flags: DecoderFlags): void;
  reset(): void;
}

export interface TextEncoderLike {
  encode(text: PyStr): Uint8Array;
  reset(): void;
  /** setstate(0): the encoder continues a stream (no BOM). */
  setStateZero(): void;
}

export interface TextCodec {
  /** The name TextIOWrapper.encoding reports. */
  name: string;
  decoder(errors: string): TextDecoderLike;
  encoder(errors: string): TextEncoderLike;
}

const EMPTY = new Uint8Array(0);

/** Length of an incomplete UTF-8 sequence at the end of `data` (0 when none). */
function incompleteUtf8Tail(data: Uint8Array): number {
  const length = data.length;
  for (let i = length - 1; i >= 0 && i >= length - 3; i--) {
    const byte = data[i];
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 && byte <= 0xf4
      ? 4
      : byte >= 0xe0 && byte <= 0xef
      ? 3
      : byte >= 0xc2 && byte <= 0xdf
      ? 2
      : 1;
    if (need <= length - i) return 0;
    if (i + 1 < length) {
      const second = data[i + 1];
      const [low, high] = byte === 0xe0
        ? [0xa0, 0xbf]
        : byte === 0xed
        ? [0x80, 0x9f]
        : byte === 0xf0
        ? [0x90, 0xbf]
        : byte === 0xf4
        ? [0x80, 0x8f]
        : [0x80, 0xbf];
      if (second < low || second > high) return 0;
    }
    return length - i;
  }
  return 0;
}

class Utf8Decoder implements TextDecoderLike {
  pending = EMPTY;
  constructor(readonly errors: string) {}

  decode(input: Uint8Array, final: boolean): PyStr {
    let data = this.pending.length === 0 ? input : joinBytes([this.pending, input]);
    let pending = EMPTY;
    if (!final) {
      const tail = incompleteUtf8Tail(data);
      if (tail > 0) {
        pending = data.slice(data.length - tail);
        data = data.subarray(0, data.length - tail);
      }
    }
    // As codecs' buffered decoders: a decoding error leaves the held bytes as they were.
    const text = data.length === 0 ? "" : decodeBytes(new PyBytes(data), "utf-8", this.errors);
    this.pending = pending;
    return text;
  }
  getState(): [Uint8Array, DecoderFlags] {
    return [this.pending, 0];
  }
  setState(buffer: Uint8Array): void {
    this.pending = buffer.slice();
  }
  reset(): void {
    this.pending = EMPTY;
  }
}

class SingleByteDecoder implements TextDecoderLike {
  constructor(readonly encoding: string, readonly errors: string) {}
  decode(input: Uint8Array): PyStr {
    if (input.length === 0) return "";
    return decodeBytes(new PyBytes(input), this.encoding, this.errors);
  }
  getState(): [Uint8Array, DecoderFlags] {
    return [EMPTY, 0];
  }
  setState(): void {}
  reset(): void {}
}

class NativeEncoder implements TextEncoderLike {
  constructor(readonly encoding: string, readonly errors: string) {}
  encode(text: PyStr): Uint8Array {
    return strEncode(text, this.encoding, this.errors).bytes;
  }
  reset(): void {}
  setStateZero(): void {}
}

/** A registry codec's incremental decoder object, used through its methods. */
class PythonDecoder implements TextDecoderLike {
  constructor(readonly decoder: PyValue) {}
  decode(input: Uint8Array, final: boolean): PyStr {
    const result = callMethod(this.decoder, "decode", new PyBytes(input), final);
    if (!isStr(result)) {
      throw pyError(
        "TypeError",
        `decoder should return a string result, not '${typeOf(result).tpName}'`,
      );
    }
    return result;
  }
  getState(): [Uint8Array, DecoderFlags] {
    const state = callMethod(this.decoder, "getstate");
    if (!(state instanceof PyTuple) || state.items.length !== 2) {
      throw pyError("TypeError", "illegal decoder state");
    }
    const [buffer, flags] = state.items;
    if (!(buffer instanceof PyBytes) || (typeof flags !== "number" && typeof flags !== "bigint")) {
      throw pyError("TypeError", "illegal decoder state");
    }
    return [buffer.bytes, flags];
  }
  setState(buffer: Uint8Array, flags: DecoderFlags): void {
    callMethod(this.decoder, "setstate", newTuple([new PyBytes(buffer), flags]));
  }
  reset(): void {
    callMethod(this.decoder, "reset");
  }
}

class PythonEncoder implements TextEncoderLike {
  constructor(readonly encoder: PyValue) {}
  encode(text: PyStr): Uint8Array {
    const result = callMethod(this.encoder, "encode", text);
    if (!(result instanceof PyBytes)) {
      throw pyError(
        "TypeError",
        `encoder should return a bytes object, not '${typeOf(result).tpName}'`,
      );
    }
    return result.bytes;
  }
  reset(): void {
    callMethod(this.encoder, "reset");
  }
  setStateZero(): void {
    callMethod(this.encoder, "setstate", 0);
  }
}

const NATIVE_CODECS = new Map<string, string>([
  ["utf-8", "utf-8"],
  ["latin-1", "iso8859-1"],
  ["ascii", "ascii"],
]);

/**
 * The codec for `encoding` as TextIOWrapper needs it; `shownName` is what
 * `.encoding` reports (the name as given, like CPython).
 */
export function textCodec(encoding: PyStr): TextCodec {
  const name = toJsString(encoding);
  let native: string | undefined;
  try {
    native = findCodec(name).name;
  } catch {
    native = undefined;
  }
  if (native !== undefined && NATIVE_CODECS.has(native)) {
    return {
      name,
      decoder: (errors) =>
        native === "utf-8" ? new Utf8Decoder(errors) : new SingleByteDecoder(native!, errors),
      encoder: (errors) => new NativeEncoder(native!, errors),
    };
  }
  const info = codecLookup(encoding);
  const isText = getAttributeOrNull(info, "_is_text_encoding");
  if (isText !== null && !isTrue(isText)) {
    throw pyError(
      "LookupError",
      `'${name}' is not a text encoding; use codecs.open() to handle arbitrary codecs`,
    );
  }
  return {
    name,
    decoder: (errors) =>
      new PythonDecoder(callObject(getAttribute(info, "incrementaldecoder"), [errors], null)),
    encoder: (errors) =>
      new PythonEncoder(callObject(getAttribute(info, "incrementalencoder"), [errors], null)),
  };
}

function getAttributeOrNull(obj: PyValue, name: string): PyValue {
  try {
    return getAttribute(obj, name);
  } catch {
    return null;
  }
}

/** The codec's canonical name (CodecInfo.name), for the BOM rules of utf-16/utf-32. */
export function codecInfoName(encoding: PyStr): string {
  try {
    return findCodec(toJsString(encoding)).name;
  } catch {
    const name = getAttribute(codecLookup(encoding), "name");
    return isStr(name) ? toJsString(name) : "";
  }
}
