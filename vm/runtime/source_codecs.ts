/**
 * Source files declaring an encoding the compiler cannot decode itself
 * (`# -*- coding: cp437 -*-`) are decoded by the codec registry, as
 * CPython's tokenizer does: `codecs.lookup(name).decode(bytes)`, strict.
 */
import type { PyValue } from "../objects/object.ts";
import { PyBytes } from "../objects/bytes.ts";
import { ExceptionType, PyBaseException } from "../objects/exceptions.ts";
import { strOf } from "../objects/str_convert.ts";
import { isStr, type PyStr, toJsString } from "../objects/str_wide.ts";
import { PyTuple } from "../objects/tuple.ts";
import { type CodecDecoding, installSourceCodecDecoder } from "../compiler/source_encoding.ts";
import { callObject } from "./call.ts";
import { getAttribute } from "./attributes.ts";
import { importAbsolute } from "./import/import_module.ts";

function decodeWithCodec(name: string, body: Uint8Array): CodecDecoding {
  let info: PyValue;
  try {
    info = callObject(getAttribute(importAbsolute("codecs"), "lookup"), [name], null);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.LookupError)) {
      return { unknown: true };
    }
    throw error;
  }
  try {
    const result = callObject(getAttribute(info, "decode"), [new PyBytes(body)], null);
    const text = result instanceof PyTuple ? result.items[0] : undefined;
    if (text === undefined || !isStr(text)) return { unknown: true };
    return { text: toJsString(text as PyStr) };
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.ValueError)) {
      return { error: toJsString(strOf(error)) };
    }
    throw error;
  }
}

export function installSourceCodecs(): void {
  installSourceCodecDecoder(decodeWithCodec);
}
