/**
 * The exceptions of `_ssl` and how an OpenSSL failure becomes one.
 *
 * SSLError is an OSError whose str() is its message (strerror) rather than
 * "[Errno n] ..."; its subclasses name the SSL_get_error outcome
 * (SSLZeroReturnError, SSLWantReadError, SSLWantWriteError,
 * SSLSyscallError, SSLEOFError) or a failed verification
 * (SSLCertVerificationError, also a ValueError). As CPython's
 * fill_and_set_sslerror, an error built from OpenSSL's error queue carries
 * `library` (the short name of ERR_GET_LIB's library, "SSL", "X509", ...)
 * and `reason` (the reason's name: OpenSSL's reason text upper-cased with
 * underscores, e.g. CERTIFICATE_VERIFY_FAILED; None for the reasons common
 * to all libraries such as "PEM lib", which CPython's table lacks), and a
 * message "[LIB: REASON] text (_ssl.c:LINE)". LINE is the line of CPython
 * 3.11's _ssl.c that raised it, so messages equal CPython's; each call
 * site passes its number.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType, TypeFlag } from "../vm/objects/type.ts";
import { typeType } from "../vm/objects/core_types.ts";
import { ExceptionType, type PyBaseException } from "../vm/objects/exceptions.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute, setAttribute } from "../vm/runtime/attributes.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { isStr } from "../vm/objects/str_wide.ts";
import { crypto, readCString } from "./_ssl_native.ts";
import { errno } from "./libc.ts";
import { osErrorFor } from "./posix_errors.ts";

function exceptionType(name: string, bases: PyType[], doc: string): PyType {
  return new PyType(
    typeType,
    name,
    bases,
    new Map<string, PyValue>([["__module__", "ssl"], ["__doc__", doc]]),
    TypeFlag.BASETYPE | TypeFlag.IMMUTABLETYPE,
  );
}

export const SSLErrorType = exceptionType(
  "SSLError",
  [ExceptionType.OSError],
  "An error occurred in the SSL implementation.",
);
defineNativeMethods(SSLErrorType, {
  __str__: ["", (self: PyBaseException) => {
    const message = getAttribute(self, "strerror");
    return isStr(message) ? message : strOf(self.args);
  }],
});

const sub = (name: string, doc: string, extra: PyType[] = []) =>
  exceptionType(name, [SSLErrorType, ...extra], doc);
export const SSLCertVerificationErrorType = sub(
  "SSLCertVerificationError",
  "A certificate could not be verified.",
  [ExceptionType.ValueError],
);
export const SSLZeroReturnErrorType = sub("SSLZeroReturnError", "SSL/TLS session closed cleanly.");
export const SSLWantReadErrorType = sub(
  "SSLWantReadError",
  "Non-blocking SSL socket needs to read more data\nbefore the requested operation can be completed.",
);
export const SSLWantWriteErrorType = sub(
  "SSLWantWriteError",
  "Non-blocking SSL socket needs to write more data\nbefore the requested operation can be completed.",
);
export const SSLSyscallErrorType = sub(
  "SSLSyscallError",
  "System error when attempting SSL operation.",
);
export const SSLEOFErrorType = sub("SSLEOFError", "SSL/TLS connection terminated abruptly.");

export const SSL_EXCEPTIONS: Readonly<Record<string, PyType>> = {
  SSLError: SSLErrorType,
  SSLCertVerificationError: SSLCertVerificationErrorType,
  SSLZeroReturnError: SSLZeroReturnErrorType,
  SSLWantReadError: SSLWantReadErrorType,
  SSLWantWriteError: SSLWantWriteErrorType,
  SSLSyscallError: SSLSyscallErrorType,
  SSLEOFError: SSLEOFErrorType,
};

/** ERR_LIB_* codes to the names CPython reports as `library`. */
const LIBRARY_NAMES: Readonly<Record<number, string>> = {
  1: "NONE",
  2: "SYS",
  3: "BN",
  4: "RSA",
  5: "DH",
  6: "EVP",
  7: "BUF",
  8: "OBJ",
  9: "PEM",
  10: "DSA",
  11: "X509",
  13: "ASN1",
  14: "CONF",
  15: "CRYPTO",
  16: "EC",
  20: "SSL",
  32: "BIO",
  33: "PKCS7",
  34: "X509V3",
  35: "PKCS12",
  36: "RAND",
  37: "DSO",
  38: "ENGINE",
  39: "OCSP",
  40: "UI",
  41: "COMP",
  42: "ECDSA",
  43: "ECDH",
  44: "OSSL_STORE",
  45: "FIPS",
  46: "CMS",
  47: "TS",
  48: "HMAC",
  50: "CT",
  51: "ASYNC",
  52: "KDF",
  53: "SM2",
  54: "ESS",
  55: "PROP",
  56: "CRMF",
  57: "PROV",
  58: "CMP",
  59: "OSSL_ENCODER",
  60: "OSSL_DECODER",
  61: "HTTP",
};

const ERR_SYSTEM_FLAG = 0x80000000n;
const ERR_RFLAG_COMMON = 0x80000;

/** ERR_GET_LIB / ERR_GET_REASON of a packed OpenSSL 3 error code. */
export function errorParts(code: bigint): { lib: number; reason: number } {
  if ((code & ERR_SYSTEM_FLAG) !== 0n) return { lib: 2, reason: Number(code & 0x7fffffffn) };
  return { lib: Number((code >> 23n) & 0xffn), reason: Number(code & 0x7fffffn) };
}

/** X509_V_ERR_HOSTNAME_MISMATCH and X509_V_ERR_IP_ADDRESS_MISMATCH. */
const HOSTNAME_MISMATCH = 62;
const IP_ADDRESS_MISMATCH = 64;

/** What a certificate verification failure reports (from the SSL object that failed). */
export interface VerifyFailure {
  code: number;
  hostname: string | null;
}

/**
 * fill_and_set_sslerror: an exception of `type` with `sslErrno` as errno,
 * for OpenSSL error `code` (0n: none), with `text` (null: the reason's text).
 */
export function sslError(
  type: PyType,
  sslErrno: number,
  text: string | null,
  line: number,
  code: bigint,
  verify: VerifyFailure | null = null,
): PyBaseException {
  let library: string | null = null;
  let reason: string | null = null;
  if (code !== 0n) {
    const parts = errorParts(code);
    library = LIBRARY_NAMES[parts.lib] ?? null;
    const reasonText = readCString(crypto.fn("ERR_reason_error_string")(code));
    if (reasonText !== "" && (parts.reason & ERR_RFLAG_COMMON) === 0 && parts.lib !== 2) {
      reason = reasonText.toUpperCase().replace(/[ -]/g, "_");
    }
    if (text === null && reasonText !== "") text = reasonText;
  }
  text ??= "unknown error";
  let verifyMessage: string | null = null;
  if (verify !== null) {
    if (verify.code === HOSTNAME_MISMATCH) {
      verifyMessage = `Hostname mismatch, certificate is not valid for '${verify.hostname}'.`;
    } else if (verify.code === IP_ADDRESS_MISMATCH) {
      verifyMessage = `IP address mismatch, certificate is not valid for '${verify.hostname}'.`;
    } else {
      verifyMessage = readCString(crypto.fn("X509_verify_cert_error_string")(BigInt(verify.code)));
    }
  }
  const where = `(_ssl.c:${line})`;
  let message: string;
  if (verifyMessage !== null && library !== null && reason !== null) {
    message = `[${library}: ${reason}] ${text}: ${verifyMessage} ${where}`;
  } else if (library !== null && reason !== null) {
    message = `[${library}: ${reason}] ${text} ${where}`;
  } else if (library !== null) message = `[${library}] ${text} ${where}`;
  else message = `${text} ${where}`;
  const error = callObject(type, [sslErrno, message], null) as PyBaseException;
  setAttribute(error, "reason", reason);
  setAttribute(error, "library", library);
  if (verify !== null) {
    setAttribute(error, "verify_message", verifyMessage);
    setAttribute(error, "verify_code", verify.code);
  }
  return error;
}

/** _setSSLError: SSLError for the last error in OpenSSL's queue (which is cleared). */
export function queuedSslError(line: number, text: string | null = null): PyBaseException {
  const code = crypto.fn("ERR_peek_last_error")();
  crypto.fn("ERR_clear_error")();
  return sslError(SSLErrorType, errorParts(code).reason, text, line, code);
}

/** An SSLError with only a message, as CPython raises for its own argument checks. */
export function plainSslError(message: string): PyBaseException {
  return callObject(SSLErrorType, [message], null) as PyBaseException;
}

/** The OSError for errno, or null when errno is 0. */
export function errnoError(): PyBaseException | null {
  const code = errno();
  return code === 0 ? null : osErrorFor(code);
}
