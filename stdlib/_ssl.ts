/**
 * `_ssl` over the system OpenSSL 3, the module CPython's ssl.py is built on:
 * _ssl_native.ts (the libraries' signatures), _ssl_constants.ts,
 * _ssl_errors.ts (SSLError and its subclasses), _ssl_context.ts
 * (_SSLContext), _ssl_object.ts (_SSLSocket over a socket or MemoryBIOs),
 * _ssl_bio.ts (MemoryBIO), _ssl_cert.ts (certificates as dicts). This file
 * holds the module functions: the RAND_* calls, OIDs (txt2obj/nid2obj),
 * the default verify paths, and _test_decode_cert.
 *
 * _ssl_callbacks.ts holds the C callbacks of a server's handshake (ALPN
 * selection, SNI).
 *
 * _ssl_session.ts is SSLSession (client session resumption).
 *
 * _ssl_callbacks.ts also holds the keylog and message (_msg_callback)
 * callbacks.
 *
 * Differences from CPython: _OPENSSL_API_VERSION is the runtime library's
 * version (there are no headers to have been built against), and the
 * lib/reason tables (err_codes_to_names, ...) are not exported; the reason
 * names come from OpenSSL's reason strings.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { fsConverter } from "./posix_path.ts";
import { cbytes, crypto, readCString, ssl } from "./_ssl_native.ts";
import { DEFAULT_CIPHERS, SSL_CONSTANTS } from "./_ssl_constants.ts";
import { plainSslError, queuedSslError, SSL_EXCEPTIONS } from "./_ssl_errors.ts";
import { objectText } from "./_ssl_cert.ts";
import { decodeCertificate } from "./_ssl_cert.ts";
import { contextType } from "./_ssl_context.ts";
import { memoryBioType } from "./_ssl_bio.ts";
import { sslSocketType } from "./_ssl_object.ts";
import { sessionType } from "./_ssl_session.ts";

/** A type whose instances only OpenSSL makes (this module never makes certificate objects). */
function uncreatableType(name: string) {
  const type = makeBuiltinType(name, undefined, { subclassable: false });
  registerConstructor(type, () => {
    throw pyError("TypeError", `cannot create '_ssl.${name}' instances`);
  });
  return type;
}
const certificateType = uncreatableType("Certificate");

/** OpenSSL_version_num as CPython's (major, minor, fix, patch, status) tuple. */
function versionInfo(number: number): PyValue {
  let rest = number;
  const status = rest & 0xf;
  rest = Math.floor(rest / 16);
  const patch = rest & 0xff;
  rest = Math.floor(rest / 256);
  const fix = rest & 0xff;
  rest = Math.floor(rest / 256);
  const minor = rest & 0xff;
  rest = Math.floor(rest / 256);
  return newTuple([rest & 0xff, minor, fix, patch, status]);
}

/** asn1obj2py: (nid, short name, long name, dotted OID). */
function objectTuple(object: Deno.PointerValue): PyValue {
  const nid = crypto.fn("OBJ_obj2nid")(object);
  if (nid === 0) throw pyError("ValueError", `Unknown object`);
  return newTuple([
    nid,
    readCString(crypto.fn("OBJ_nid2sn")(nid)) || null,
    readCString(crypto.fn("OBJ_nid2ln")(nid)) || null,
    objectText(object, 1),
  ]);
}

function randBytes(n: PyValue): PyBytes {
  const count = asCInt(n);
  if (count < 0) throw pyError("ValueError", "num must be positive");
  const out = new Uint8Array(count);
  if (crypto.fn("RAND_bytes")(out, count) !== 1) throw queuedSslError(5242);
  return new PyBytes(out);
}

export function createSslModule(): PyModule {
  requireSystemLibrary("_ssl", "OpenSSL library", crypto);
  requireSystemLibrary("_ssl", "OpenSSL library", ssl);
  const module = newModule(
    "_ssl",
    "Implementation module for SSL socket operations.  See the socket module\nfor documentation.",
  );
  const number = Number(crypto.fn("OpenSSL_version_num")());
  addTypes(module, [contextType, sslSocketType, memoryBioType, sessionType, certificateType]);
  addValues(module, {
    ...SSL_CONSTANTS,
    ...SSL_EXCEPTIONS,
    OPENSSL_VERSION_NUMBER: number,
    OPENSSL_VERSION_INFO: versionInfo(number),
    OPENSSL_VERSION: readCString(crypto.fn("OpenSSL_version")(0)),
    _OPENSSL_API_VERSION: versionInfo(number),
    _DEFAULT_CIPHERS: DEFAULT_CIPHERS,
  });
  for (const type of Object.values(SSL_EXCEPTIONS)) type.dict.set("__module__", "ssl");
  addFunctions(module, {
    RAND_status: ["", () => crypto.fn("RAND_status")() === 1],
    RAND_add: ["string, entropy, /", (data: PyValue, entropy: PyValue) => {
      const bytes = isStr(data) ? new TextEncoder().encode(toJsString(data)) : bufferOf(data);
      if (bytes === undefined) {
        throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(data).name}'`);
      }
      if (
        typeof entropy !== "number" && typeof entropy !== "boolean" &&
        typeof entropy !== "bigint" &&
        !(entropy !== null && typeOf(entropy).lookup("__float__") !== undefined)
      ) {
        throw pyError("TypeError", `must be real number, not ${typeOf(entropy).name}`);
      }
      crypto.fn("RAND_add")(new Uint8Array(bytes), bytes.length, Number(entropy));
      return null;
    }],
    RAND_bytes: ["n, /", randBytes],
    RAND_pseudo_bytes: ["n, /", (n: PyValue) => newTuple([randBytes(n), true])],
    txt2obj: ["txt, name=False", (txt: PyValue, name: PyValue) => {
      if (!isStr(txt)) {
        throw pyError("TypeError", `txt2obj() argument 'txt' must be str, not ${typeOf(txt).name}`);
      }
      const text = toJsString(txt);
      const object = crypto.fn("OBJ_txt2obj")(
        cbytes(new TextEncoder().encode(text)),
        isTrue(name) ? 0 : 1,
      );
      if (object === null) throw pyError("ValueError", `unknown object '${text.slice(0, 100)}'`);
      try {
        return objectTuple(object);
      } finally {
        crypto.fn("ASN1_OBJECT_free")(object);
      }
    }],
    nid2obj: ["nid, /", (nidArgument: PyValue) => {
      const nid = asCInt(nidArgument);
      if (nid < 0) throw pyError("ValueError", "NID must be positive.");
      const object = crypto.fn("OBJ_nid2obj")(nid);
      if (object === null) throw pyError("ValueError", `unknown NID ${nid}`);
      try {
        return objectTuple(object);
      } finally {
        crypto.fn("ASN1_OBJECT_free")(object);
      }
    }],
    get_default_verify_paths: ["", () =>
      newTuple([
        readCString(crypto.fn("X509_get_default_cert_file_env")()),
        readCString(crypto.fn("X509_get_default_cert_file")()),
        readCString(crypto.fn("X509_get_default_cert_dir_env")()),
        readCString(crypto.fn("X509_get_default_cert_dir")()),
      ])],
    _test_decode_cert: ["path, /", (path: PyValue) => {
      const bio = crypto.fn("BIO_new_file")(
        cbytes(fsConverter(path)),
        cbytes(new TextEncoder().encode("r")),
      );
      if (bio === null) {
        crypto.fn("ERR_clear_error")();
        throw plainSslError("Can't open file");
      }
      try {
        const cert = crypto.fn("PEM_read_bio_X509_AUX")(bio, null, null, null);
        if (cert === null) throw queuedSslError(1829, "Error decoding PEM-encoded file");
        try {
          return decodeCertificate(cert);
        } finally {
          crypto.fn("X509_free")(cert);
        }
      } finally {
        crypto.fn("BIO_free")(bio);
      }
    }],
  });
  return module;
}
