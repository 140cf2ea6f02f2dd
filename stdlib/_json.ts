/**
 * `_json`, the accelerator json.py uses when it exists: scanstring and
 * make_scanner (decoding, _json_scanner.ts), encode_basestring(_ascii) and
 * make_encoder (encoding, _json_encoder.ts). Each must behave exactly as
 * CPython's C versions, whose messages differ in places from the
 * pure-Python fallbacks (e.g. "Invalid \\escape" without the character).
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { scannerType, scanstring } from "./_json_scanner.ts";
import { encoderType, fastEncoders } from "./_json_encoder.ts";
import {
  ASCII_SAFE,
  encodeBasestring,
  encodeBasestringAscii,
  UNICODE_SAFE,
  writeQuotedAscii,
  writeQuotedUnicode,
} from "./_json_escape.ts";

export function createJsonModule(): PyModule {
  const module = newModule("_json", "json speedups\n");
  addFunctions(module, {
    scanstring: ["string, end, strict=True, /", scanstring, {
      style: "parsetuple",
      doc: "scanstring(string, end, strict=True) -> (string, end)\n\n" +
        "Scan the string s for a JSON string. End is the index of the\n" +
        "character in s after the quote that started the JSON string.\n" +
        "Unescapes all valid JSON string escape sequences and raises ValueError\n" +
        "on attempt to decode an invalid string. If strict is False then literal\n" +
        "control characters are allowed in the string.\n\n" +
        "Returns a tuple of the decoded string and the index of the character in s\n" +
        "after the end quote.",
    }],
    encode_basestring_ascii: ["string, /", (s: PyValue) => encodeBasestringAscii(s), {
      doc: "encode_basestring_ascii(string) -> string\n\n" +
        "Return an ASCII-only JSON representation of a Python string",
    }],
    encode_basestring: ["string, /", (s: PyValue) => encodeBasestring(s), {
      doc: "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string",
    }],
  });
  fastEncoders.set(module.dict.get("encode_basestring_ascii")!, [
    encodeBasestringAscii,
    ASCII_SAFE,
    writeQuotedAscii,
  ]);
  fastEncoders.set(module.dict.get("encode_basestring")!, [
    encodeBasestring,
    UNICODE_SAFE,
    writeQuotedUnicode,
  ]);
  for (const type of [scannerType, encoderType]) {
    type.dict.set("__module__", "_json");
    type.invalidate();
  }
  addValues(module, { make_scanner: scannerType, make_encoder: encoderType });
  return module;
}
