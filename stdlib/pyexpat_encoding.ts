/**
 * Expat decodes UTF-8, UTF-16, ISO-8859-1 and US-ASCII itself; for any other
 * encoding (named by the XML declaration or ParserCreate) it asks an
 * unknown-encoding handler for a 256-entry byte map. pyexpat's handler
 * decodes the bytes 0-255 with the Python codec of that name (errors
 * "replace"): a single-byte codec gives the map (U+FFFD marks invalid
 * bytes), a multi-byte one is refused with ValueError.
 *
 * XML_Encoding (LP64): int map[256] at 0, data 1024, convert 1032,
 * release 1040; a codec failure is kept as the parser's pending error.
 */
import { PyBytes } from "../vm/objects/bytes.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { decodeBytes } from "../vm/objects/str_decode.ts";
import { codePointsOf, strFromJs } from "../vm/objects/str_wide.ts";
import { readCString } from "./pyexpat_native.ts";

const ALL_BYTES = new PyBytes(Uint8Array.from({ length: 256 }, (_, i) => i));
const REPLACEMENT = 0xfffd;

/**
 * Fill `info` for the encoding `namePointer`; false (XML_STATUS_ERROR) with
 * `fail` given the exception when Python cannot provide a byte map.
 */
export function fillEncodingMap(
  namePointer: Deno.PointerValue,
  info: Deno.PointerValue,
  fail: (error: unknown) => void,
): boolean {
  try {
    const decoded = decodeBytes(ALL_BYTES, strFromJs(readCString(namePointer)!), "replace");
    const codePoints = codePointsOf(decoded);
    if (codePoints.length !== 256) {
      throw pyError("ValueError", "multi-byte encodings are not supported");
    }
    const map = new Int32Array(256);
    codePoints.forEach((codePoint, i) => map[i] = codePoint === REPLACEMENT ? -1 : codePoint);
    const bytes = new Uint8Array(1048);
    bytes.set(new Uint8Array(map.buffer));
    new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(info!, 1048)).set(bytes);
    return true;
  } catch (error) {
    fail(error);
    return false;
  }
}
