/**
 * `binascii`: conversions between binary data and ASCII encodings (base64,
 * uu, quoted-printable, hex) and the CRC-32/CRC-HQX checksums. The codecs are
 * binascii_codecs.ts; this file binds the arguments as CPython's clinic does:
 * decoders take "ASCII data" (a bytes-like object or an ASCII-only str),
 * encoders a contiguous bytes-like object, and the flag arguments are C ints.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { PyMemoryView } from "../vm/objects/memoryview.ts";
import { isStr, strLength, toJsString } from "../vm/objects/str_wide.ts";
import { asCInt, asInteger } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { lengthOf } from "../vm/runtime/builtin_functions.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, newModule } from "./module_helpers.ts";
import { crc32, crcHqx } from "./zlib_checksum.ts";
import {
  base64Decode,
  base64Encode,
  binasciiErrorType,
  hexDecode,
  hexEncode,
  incompleteType,
  qpDecode,
  qpEncode,
  uuDecode,
  uuEncode,
} from "./binascii_codecs.ts";

const notContiguous = () =>
  pyError("BufferError", "memoryview: underlying buffer is not C-contiguous");

/** ascii_buffer_converter: bytes-like, or a str holding only ASCII. */
function asciiData(value: PyValue): Uint8Array {
  if (isStr(value)) {
    const text = toJsString(value);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) {
        throw pyError("ValueError", "string argument should contain only ASCII characters");
      }
      bytes[i] = code;
    }
    return bytes;
  }
  const bytes = value instanceof PyMemoryView && value.step !== 1 ? undefined : bufferOf(value);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `argument should be bytes, buffer or ASCII string, not '${typeOf(value).tpName}'`,
    );
  }
  return bytes;
}

/** A Py_buffer argument (PyBUF_SIMPLE). */
export function binaryData(value: PyValue): Uint8Array {
  if (value instanceof PyMemoryView && value.step !== 1) throw notContiguous();
  const bytes = bufferOf(value);
  if (bytes === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
  }
  return bytes;
}

/** The `unsigned int(bitwise=True)` converter: any int, reduced modulo 2**32. */
export function bitwiseUnsigned(value: PyValue): number {
  const integer = asInteger(value);
  return typeof integer === "number" ? integer >>> 0 : Number(BigInt.asUintN(32, integer));
}

/** The separator of hexlify: one character (code point below 256) or one byte. */
function separatorByte(sep: PyValue): number {
  const length = isStr(sep) ? strLength(sep) : lengthOf(sep);
  if (length !== 1) throw pyError("ValueError", "sep must be length 1.");
  if (isStr(sep)) {
    const code = toJsString(sep).codePointAt(0)!;
    if (code > 0xff) throw pyError("ValueError", "sep must be ASCII.");
    return code;
  }
  if (sep instanceof PyBytes) return sep.bytes[0];
  throw pyError("TypeError", "sep must be str or bytes.");
}

function hexlify(data: PyValue, sep: PyValue | undefined, bytesPerSep: PyValue): PyBytes {
  const bytes = binaryData(data);
  const separator = sep === undefined ? null : separatorByte(sep);
  return new PyBytes(hexEncode(bytes, separator, asCInt(bytesPerSep)));
}

const flag = (value: PyValue) => asCInt(value) !== 0;
const bytesOf = (bytes: Uint8Array) => new PyBytes(bytes);

/** Clinic's wording for a positional-only parameter followed by keyword-only ones. */
const KEYWORDS = { style: "keywords" } as const;

const MODULE_DOC = "Conversion between binary data and ASCII";

export function createBinasciiModule(): PyModule {
  const module = newModule("binascii", MODULE_DOC);
  addTypes(module, [binasciiErrorType, incompleteType]);
  const unhexlify = (hexstr: PyValue) => bytesOf(hexDecode(asciiData(hexstr)));
  addFunctions(module, {
    a2b_uu: ["data, /", (data) => bytesOf(uuDecode(asciiData(data)))],
    b2a_uu: [
      "data, /, *, backtick=False",
      (data, backtick) => bytesOf(uuEncode(binaryData(data), flag(backtick))),
      KEYWORDS,
    ],
    a2b_base64: [
      "data, /, *, strict_mode=False",
      (data, strict) => bytesOf(base64Decode(asciiData(data), flag(strict))),
      KEYWORDS,
    ],
    b2a_base64: [
      "data, /, *, newline=True",
      (data, newline) => bytesOf(base64Encode(binaryData(data), flag(newline))),
      KEYWORDS,
    ],
    crc_hqx: [
      "data, crc, /",
      (data, crc) => crcHqx(binaryData(data), bitwiseUnsigned(crc)),
    ],
    crc32: ["data, crc=0, /", (data, crc) => crc32(binaryData(data), bitwiseUnsigned(crc))],
    b2a_hex: ["data, sep=?, bytes_per_sep=1", hexlify],
    hexlify: ["data, sep=?, bytes_per_sep=1", hexlify],
    a2b_hex: ["hexstr, /", unhexlify],
    unhexlify: ["hexstr, /", unhexlify],
    a2b_qp: [
      "data, header=False",
      (data, header) => bytesOf(qpDecode(asciiData(data), flag(header))),
    ],
    b2a_qp: [
      "data, quotetabs=False, istext=True, header=False",
      (data, quotetabs, istext, header) =>
        bytesOf(qpEncode(binaryData(data), {
          quotetabs: flag(quotetabs),
          istext: flag(istext),
          header: flag(header),
        })),
    ],
  });
  return module;
}
