/**
 * `_ssl._SSLContext` over an SSL_CTX: the configuration ssl.SSLContext
 * subclasses in Python. Construction follows CPython 3.11's: the method
 * for the protocol (TLS_method, or the client/server one), OP_ALL without
 * DONT_INSERT_EMPTY_FRAGMENTS plus NO_SSLv3, NO_COMPRESSION,
 * CIPHER_SERVER_PREFERENCE and IGNORE_UNEXPECTED_EOF, the partial-write
 * modes, X509_V_FLAG_TRUSTED_FIRST, no partial wildcards in host checks,
 * and for PROTOCOL_TLS_CLIENT check_hostname with CERT_REQUIRED.
 *
 * Loading certificates: load_cert_chain (a file's chain and key, with an
 * optional password: str, bytes or a callable returning one, handed to
 * OpenSSL's passphrase callback), load_verify_locations (a CA file or
 * directory, or `cadata` added certificate by certificate: PEM text or DER
 * bytes), set_default_verify_paths. The store's counts and CA
 * certificates are read back from X509_STORE_get0_objects.
 *
 * Server-side ALPN uses a selection callback (SSL_select_next_proto over
 * the protocols set here); it runs synchronously inside the handshake.
 * The SSL objects (_wrap_socket, _wrap_bio) are in _ssl_object.ts.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { asCInt, asInteger } from "../vm/objects/str_args.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { callObject } from "../vm/runtime/call.ts";
import { signatureConstructor } from "./native_type.ts";
import { fsConverter } from "./posix_path.ts";
import { errno, libc } from "./libc.ts";
import { osErrorFor } from "./posix_errors.ts";
import { clearErrno } from "./posix_errors.ts";
import { warnFromNative } from "./_warnings.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { cbytes, crypto, CTRL, memoryBioOf, readCString, ssl } from "./_ssl_native.ts";
import {
  errorParts,
  plainSslError,
  queuedSslError,
  sslError,
  SSLErrorType,
} from "./_ssl_errors.ts";
import { certificateDer, decodeCertificate } from "./_ssl_cert.ts";
import {
  alpnSelectCallback,
  keylogCallback,
  messageCallback,
  serverNameCallback,
} from "./_ssl_callbacks.ts";
import { SSL_CONSTANTS } from "./_ssl_constants.ts";

export const contextType = makeBuiltinType("_SSLContext");

const C = SSL_CONSTANTS as Record<string, number>;
const PROTOCOL_TLS = 2;
const PROTOCOL_TLS_CLIENT = 16;
const PROTOCOL_TLS_SERVER = 17;
const OP_DONT_INSERT_EMPTY_FRAGMENTS = 0x800;
const SSL_VERIFY_PEER = 1;
const SSL_VERIFY_FAIL_IF_NO_PEER_CERT = 2;
const X509_V_FLAG_TRUSTED_FIRST = 0x8000;
const X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS = 4;
const SSL_FILETYPE_PEM = 1;
const TLS1_3_VERSION = 0x304;
const SSL3_VERSION = 0x300;
const X509_LU_X509 = 1;
const X509_LU_CRL = 2;
const X509_R_CERT_ALREADY_IN_HASH_TABLE = 101;
const ERR_LIB_X509 = 11;
const PEM_R_NO_START_LINE = 108;
const ASN1_R_HEADER_TOO_LONG = 123;
const ASN1_R_NOT_ENOUGH_DATA = 142;
const ERR_LIB_PEM = 9;
const ERR_LIB_ASN1 = 13;

const PASSWORD_CALLBACK = {
  parameters: ["pointer", "i32", "i32", "pointer"],
  result: "i32",
} as const;

export class PySSLContext extends PyObject {
  ctx: Deno.PointerValue = null;
  protocol = PROTOCOL_TLS;
  checkHostname = false;
  hostFlags = X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;
  postHandshakeAuth = false;
  alpnProtocols: Uint8Array<ArrayBuffer> | null = null;
  sniCallback: PyValue = null;
  msgCallback: PyValue = null;
  keylogFilename: PyValue = null;
  /** The open keylog file (appending), or -1. */
  keylogFd = -1;
  constructor(cls: PyType) {
    super(cls);
  }
}

const finalizer = new FinalizationRegistry<Deno.PointerValue>((ctx) => ssl.fn("SSL_CTX_free")(ctx));

function ctxOf(self: PySSLContext): Deno.PointerValue {
  return self.ctx;
}

function newContext(cls: PyType, protocolArgument: PyValue): PySSLContext {
  const protocol = asCInt(protocolArgument);
  const entry = PROTOCOL_METHODS[protocol];
  if (entry === undefined) {
    throw pyError("ValueError", "invalid or unsupported protocol version " + protocol);
  }
  if (protocol !== PROTOCOL_TLS_CLIENT && protocol !== PROTOCOL_TLS_SERVER) {
    warnFromNative(ExceptionType.DeprecationWarning, `ssl.${entry.name} is deprecated`, 2);
  }
  const ctx = ssl.fn("SSL_CTX_new")(entry.method());
  if (ctx === null) throw queuedSslError(3140);
  const self = new PySSLContext(cls);
  self.ctx = ctx;
  self.protocol = protocol;
  finalizer.register(self, ctx);
  ssl.fn("SSL_CTX_set_post_handshake_auth")(ctx, 0);
  if (protocol === PROTOCOL_TLS_CLIENT) {
    self.checkHostname = true;
    setVerifyMode(self, 2);
  } else setVerifyMode(self, 0);
  const options = (BigInt(C.OP_ALL) & ~BigInt(OP_DONT_INSERT_EMPTY_FRAGMENTS)) |
    BigInt(C.OP_NO_SSLv3 | C.OP_NO_COMPRESSION | C.OP_CIPHER_SERVER_PREFERENCE) |
    BigInt(C.OP_IGNORE_UNEXPECTED_EOF);
  ssl.fn("SSL_CTX_set_options")(ctx, options);
  const modeFlags = 0x2 | 0x4; // ACCEPT_MOVING_WRITE_BUFFER | AUTO_RETRY
  ssl.fn("SSL_CTX_ctrl")(ctx, CTRL.MODE, BigInt(modeFlags), null);
  const params = ssl.fn("SSL_CTX_get0_param")(ctx);
  crypto.fn("X509_VERIFY_PARAM_set_flags")(params, BigInt(X509_V_FLAG_TRUSTED_FIRST));
  crypto.fn("X509_VERIFY_PARAM_set_hostflags")(params, self.hostFlags);
  const id = cbytes(new TextEncoder().encode("Python"));
  ssl.fn("SSL_CTX_set_session_id_context")(ctx, id, 6);
  return self;
}

/** The protocols a context can be made for: their SSL_METHOD and name. */
const PROTOCOL_METHODS: Readonly<
  Record<number, { name: string; method: () => Deno.PointerValue }>
> = {
  [PROTOCOL_TLS]: { name: "PROTOCOL_TLS", method: () => ssl.fn("TLS_method")() },
  [PROTOCOL_TLS_CLIENT]: {
    name: "PROTOCOL_TLS_CLIENT",
    method: () => ssl.fn("TLS_client_method")(),
  },
  [PROTOCOL_TLS_SERVER]: {
    name: "PROTOCOL_TLS_SERVER",
    method: () => ssl.fn("TLS_server_method")(),
  },
  3: { name: "PROTOCOL_TLSv1", method: () => ssl.fn("TLSv1_method")() },
  4: { name: "PROTOCOL_TLSv1_1", method: () => ssl.fn("TLSv1_1_method")() },
  5: { name: "PROTOCOL_TLSv1_2", method: () => ssl.fn("TLSv1_2_method")() },
};

const VERIFY_TO_OPENSSL = [0, SSL_VERIFY_PEER, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT];

function setVerifyMode(self: PySSLContext, mode: number): void {
  if (mode < 0 || mode > 2) throw pyError("ValueError", "invalid value for verify_mode");
  ssl.fn("SSL_CTX_set_verify")(ctxOf(self), VERIFY_TO_OPENSSL[mode], null);
}

export function verifyMode(self: PySSLContext): number {
  const mode = ssl.fn("SSL_CTX_get_verify_mode")(ctxOf(self));
  if (mode === 0) return 0;
  return (mode & SSL_VERIFY_FAIL_IF_NO_PEER_CERT) !== 0 ? 2 : 1;
}

function unsigned64(value: PyValue): bigint {
  const number = BigInt(asInteger(value));
  if (number < 0n) throw pyError("OverflowError", "can't convert negative int to unsigned");
  if (number >= 1n << 64n) throw pyError("OverflowError", "int too big to convert");
  return number;
}

function setOptions(self: PySSLContext, value: PyValue): void {
  const wanted = unsigned64(value);
  const current = ssl.fn("SSL_CTX_get_options")(ctxOf(self)) as bigint;
  const clear = current & ~wanted;
  const add = ~current & wanted;
  const noVersions = BigInt(
    C.OP_NO_SSLv2 | C.OP_NO_SSLv3 | C.OP_NO_TLSv1 | C.OP_NO_TLSv1_1 | C.OP_NO_TLSv1_2 |
      C.OP_NO_TLSv1_3,
  );
  if ((add & noVersions) !== 0n) {
    warnFromNative(
      ExceptionType.DeprecationWarning,
      "ssl.OP_NO_SSL*/ssl.OP_NO_TLS* options are deprecated",
      2,
    );
  }
  if (clear !== 0n) ssl.fn("SSL_CTX_clear_options")(ctxOf(self), clear);
  if (add !== 0n) ssl.fn("SSL_CTX_set_options")(ctxOf(self), add);
}

function verifyFlags(self: PySSLContext): number {
  const params = ssl.fn("SSL_CTX_get0_param")(ctxOf(self));
  return Number(crypto.fn("X509_VERIFY_PARAM_get_flags")(params));
}

function setVerifyFlags(self: PySSLContext, value: PyValue): void {
  const params = ssl.fn("SSL_CTX_get0_param")(ctxOf(self));
  const wanted = unsigned64(value);
  const current = BigInt(verifyFlags(self));
  const clear = current & ~wanted;
  const add = ~current & wanted;
  if (clear !== 0n && !crypto.fn("X509_VERIFY_PARAM_clear_flags")(params, clear)) {
    throw queuedSslError(3596);
  }
  if (add !== 0n && !crypto.fn("X509_VERIFY_PARAM_set_flags")(params, add)) {
    throw queuedSslError(3600);
  }
}

/** minimum_version / maximum_version. */
function protoVersion(self: PySSLContext, maximum: boolean): number {
  const version = Number(
    ssl.fn("SSL_CTX_ctrl")(
      ctxOf(self),
      maximum ? CTRL.GET_MAX_PROTO_VERSION : CTRL.GET_MIN_PROTO_VERSION,
      0n,
      null,
    ),
  );
  if (version !== 0) return version;
  return maximum ? C.PROTO_MAXIMUM_SUPPORTED : C.PROTO_MINIMUM_SUPPORTED;
}

function setProtoVersion(self: PySSLContext, value: PyValue, maximum: boolean): void {
  let version = asCInt(value);
  if (
    self.protocol !== PROTOCOL_TLS && self.protocol !== PROTOCOL_TLS_CLIENT &&
    self.protocol !== PROTOCOL_TLS_SERVER
  ) {
    throw pyError(
      "ValueError",
      "The context's protocol doesn't support modification of highest and lowest version.",
    );
  }
  const known = [C.PROTO_SSLv3, C.PROTO_TLSv1, C.PROTO_TLSv1_1, C.PROTO_TLSv1_2, C.PROTO_TLSv1_3];
  const special = [C.PROTO_MINIMUM_SUPPORTED, C.PROTO_MAXIMUM_SUPPORTED];
  if (!known.includes(version) && !special.includes(version)) {
    throw pyError("ValueError", `Unsupported TLS/SSL version 0x${(version >>> 0).toString(16)}`);
  }
  if (!maximum) {
    if (version === C.PROTO_MINIMUM_SUPPORTED) version = 0;
    else if (version === C.PROTO_MAXIMUM_SUPPORTED) version = TLS1_3_VERSION;
  } else {
    if (version === C.PROTO_MAXIMUM_SUPPORTED) version = 0;
    else if (version === C.PROTO_MINIMUM_SUPPORTED) version = SSL3_VERSION;
  }
  const command = maximum ? CTRL.SET_MAX_PROTO_VERSION : CTRL.SET_MIN_PROTO_VERSION;
  if (Number(ssl.fn("SSL_CTX_ctrl")(ctxOf(self), command, BigInt(version), null)) === 0) {
    throw pyError("ValueError", `Unsupported protocol version 0x${version.toString(16)}`);
  }
}

function setCheckHostname(self: PySSLContext, value: PyValue): void {
  const enabled = isTrue(value);
  if (enabled && verifyMode(self) === 0) setVerifyMode(self, 2);
  self.checkHostname = enabled;
}

function setVerifyModeAttribute(self: PySSLContext, value: PyValue): void {
  const mode = asCInt(value);
  if (mode === 0 && self.checkHostname) {
    throw pyError(
      "ValueError",
      "Cannot set verify_mode to CERT_NONE when check_hostname is enabled.",
    );
  }
  setVerifyMode(self, mode);
}

function setHostFlags(self: PySSLContext, value: PyValue): void {
  const flags = Number(unsigned64(value)) >>> 0;
  crypto.fn("X509_VERIFY_PARAM_set_hostflags")(ssl.fn("SSL_CTX_get0_param")(ctxOf(self)), flags);
  self.hostFlags = flags;
}

function setNumTickets(self: PySSLContext, value: PyValue): void {
  const count = BigInt(asInteger(value));
  if (count < 0n) throw pyError("ValueError", "value must be non-negative");
  if (self.protocol !== PROTOCOL_TLS_SERVER) {
    throw pyError("ValueError", "SSLContext is not a server context.");
  }
  if (ssl.fn("SSL_CTX_set_num_tickets")(ctxOf(self), count) !== 1) {
    throw pyError("ValueError", "failed to set num tickets.");
  }
}

function setSniCallback(self: PySSLContext, value: PyValue): void {
  if (self.protocol === PROTOCOL_TLS_CLIENT) {
    throw pyError("ValueError", "sni_callback cannot be set on TLS_CLIENT context");
  }
  if (value !== null && typeOf(value).lookup("__call__") === undefined) {
    throw pyError("TypeError", "not a callable object");
  }
  self.sniCallback = value;
  const callback = value === null ? null : serverNameCallback();
  ssl.fn("SSL_CTX_callback_ctrl")(ctxOf(self), CTRL.SET_TLSEXT_SERVERNAME_CB, callback);
}

const O_WRONLY = 0o1;
const O_CREAT = 0o100;
const O_APPEND = 0o2000;
const O_CLOEXEC = 0o2000000;
const KEYLOG_HEADER = "# TLS secrets log file, generated by OpenSSL / Python\n";

function setMsgCallback(self: PySSLContext, value: PyValue): void {
  if (value !== null && typeOf(value).lookup("__call__") === undefined) {
    throw pyError("TypeError", "not a callable object");
  }
  self.msgCallback = value;
  ssl.fn("SSL_CTX_set_msg_callback")(ctxOf(self), value === null ? null : messageCallback());
}

/** keylog_filename: append the TLS secrets to a file (a header first when it is empty), or stop (None). */
function setKeylogFilename(self: PySSLContext, value: PyValue): void {
  if (self.keylogFd >= 0) libc("close")(self.keylogFd);
  self.keylogFd = -1;
  self.keylogFilename = null;
  if (value === null) {
    ssl.fn("SSL_CTX_set_keylog_callback")(ctxOf(self), null);
    return;
  }
  const path = cbytes(fsConverter(value));
  const fd = libc("open")(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o666);
  if (fd < 0) throw osErrorFor(errno(), value);
  const header = new TextEncoder().encode(KEYLOG_HEADER);
  if (libc("lseek")(fd, 0n, 2) === 0n) libc("write")(fd, header, BigInt(header.length));
  self.keylogFd = fd;
  self.keylogFilename = value;
  ssl.fn("SSL_CTX_set_keylog_callback")(ctxOf(self), keylogCallback());
}

/** A setter that refuses deletion, as the context's attributes do. */
function settable<T>(set: (self: T, value: PyValue) => void) {
  return (self: T, value: PyValue | undefined) => {
    if (value === undefined) throw pyError("AttributeError", "cannot delete attribute");
    set(self, value);
  };
}

defineGetSets(contextType, {
  options: [
    (self: PySSLContext) => Number(ssl.fn("SSL_CTX_get_options")(ctxOf(self))),
    settable(setOptions),
  ],
  verify_mode: [verifyMode, settable(setVerifyModeAttribute)],
  verify_flags: [verifyFlags, settable(setVerifyFlags)],
  check_hostname: [(self: PySSLContext) => self.checkHostname, settable(setCheckHostname)],
  minimum_version: [
    (self: PySSLContext) => protoVersion(self, false),
    settable((self: PySSLContext, v: PyValue) => setProtoVersion(self, v, false)),
  ],
  maximum_version: [
    (self: PySSLContext) => protoVersion(self, true),
    settable((self: PySSLContext, v: PyValue) => setProtoVersion(self, v, true)),
  ],
  protocol: [(self: PySSLContext) => self.protocol],
  _host_flags: [(self: PySSLContext) => self.hostFlags, settable(setHostFlags)],
  post_handshake_auth: [
    (self: PySSLContext) => self.postHandshakeAuth,
    settable((self: PySSLContext, v: PyValue) => {
      const enabled = isTrue(v);
      ssl.fn("SSL_CTX_set_post_handshake_auth")(ctxOf(self), enabled ? 1 : 0);
      self.postHandshakeAuth = enabled;
    }),
  ],
  security_level: [(self: PySSLContext) => ssl.fn("SSL_CTX_get_security_level")(ctxOf(self))],
  num_tickets: [
    (self: PySSLContext) => Number(ssl.fn("SSL_CTX_get_num_tickets")(ctxOf(self))),
    settable(setNumTickets),
  ],
  sni_callback: [(self: PySSLContext) => self.sniCallback, settable(setSniCallback)],
  keylog_filename: [(self: PySSLContext) => self.keylogFilename, settable(setKeylogFilename)],
  _msg_callback: [(self: PySSLContext) => self.msgCallback, settable(setMsgCallback)],
});

function setCiphers(self: PySSLContext, cipherlist: PyValue): null {
  if (!isStr(cipherlist)) throw pyError("TypeError", "set_ciphers() argument must be str");
  const text = toJsString(cipherlist);
  if (text.includes("\0")) throw pyError("ValueError", "embedded null character");
  if (
    ssl.fn("SSL_CTX_set_cipher_list")(ctxOf(self), cbytes(new TextEncoder().encode(text))) === 0
  ) {
    crypto.fn("ERR_clear_error")();
    throw plainSslError("No cipher can be selected.");
  }
  return null;
}

const NID_NAMES = (nid: number): string | null =>
  nid === 0 ? null : readCString(crypto.fn("OBJ_nid2ln")(nid));

/** cipher_to_dict. */
export function cipherDict(cipher: Deno.PointerValue): PyDict {
  const dict = new PyDict();
  const description = new Uint8Array(256);
  ssl.fn("SSL_CIPHER_description")(cipher, description, description.length);
  const text = new TextDecoder().decode(description.subarray(0, description.indexOf(0)));
  const algBits = new Uint8Array(4);
  const strength = ssl.fn("SSL_CIPHER_get_bits")(cipher, Deno.UnsafePointer.of(algBits));
  dict.set("id", ssl.fn("SSL_CIPHER_get_id")(cipher));
  dict.set("name", readCString(ssl.fn("SSL_CIPHER_get_name")(cipher)));
  dict.set("protocol", readCString(ssl.fn("SSL_CIPHER_get_version")(cipher)));
  dict.set("description", text.replace(/\n$/, ""));
  dict.set("strength_bits", strength);
  dict.set("alg_bits", new DataView(algBits.buffer).getInt32(0, true));
  dict.set("aead", ssl.fn("SSL_CIPHER_is_aead")(cipher) !== 0);
  dict.set("symmetric", NID_NAMES(ssl.fn("SSL_CIPHER_get_cipher_nid")(cipher)));
  dict.set("digest", NID_NAMES(ssl.fn("SSL_CIPHER_get_digest_nid")(cipher)));
  dict.set("kea", NID_NAMES(ssl.fn("SSL_CIPHER_get_kx_nid")(cipher)));
  dict.set("auth", NID_NAMES(ssl.fn("SSL_CIPHER_get_auth_nid")(cipher)));
  return dict;
}

function getCiphers(self: PySSLContext): PyList {
  const stack = ssl.fn("SSL_CTX_get_ciphers")(ctxOf(self));
  const items: PyValue[] = [];
  const count = stack === null ? 0 : crypto.fn("OPENSSL_sk_num")(stack);
  for (let i = 0; i < count; i++) items.push(cipherDict(crypto.fn("OPENSSL_sk_value")(stack, i)));
  return new PyList(items);
}

function setAlpnProtocols(self: PySSLContext, protos: PyValue): null {
  const data = bufferOf(protos);
  if (data === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeof protos}'`);
  }
  self.alpnProtocols = new Uint8Array(data);
  if (ssl.fn("SSL_CTX_set_alpn_protos")(ctxOf(self), self.alpnProtocols, data.length) !== 0) {
    throw pyError("MemoryError");
  }
  ssl.fn("SSL_CTX_set_alpn_select_cb")(ctxOf(self), alpnSelectCallback(), null);
  return null;
}

/** A filesystem path argument as a C string (PyUnicode_FSConverter), or a TypeError with `message`. */
function pathBytes(value: PyValue, message: string): Uint8Array<ArrayBuffer> {
  try {
    return cbytes(fsConverter(value));
  } catch (error) {
    if (error instanceof Object && (error as { cls?: PyType }).cls === ExceptionType.TypeError) {
      throw pyError("TypeError", message);
    }
    throw error;
  }
}

/** The password callback's text: str (UTF-8) or a bytes-like object. */
function passwordBytes(value: PyValue, fromCallable: boolean): Uint8Array {
  if (isStr(value)) return new TextEncoder().encode(toJsString(value));
  const data = bufferOf(value);
  if (data !== undefined) return data;
  throw pyError(
    "TypeError",
    fromCallable
      ? "password callback must return a string"
      : "password should be a string or callable",
  );
}

/** A failed load from a file: the OSError of errno when set (a missing file), else OpenSSL's error. */
function fileLoadError(line: number): PyBaseException {
  const code = errno();
  if (code === 0) return queuedSslError(line);
  crypto.fn("ERR_clear_error")();
  return osErrorFor(code);
}

function loadCertChain(
  self: PySSLContext,
  certfile: PyValue,
  keyfile: PyValue,
  password: PyValue,
): null {
  const ctx = ctxOf(self);
  const cert = pathBytes(certfile, "certfile should be a valid filesystem path");
  const key = keyfile === null
    ? cert
    : pathBytes(keyfile, "keyfile should be a valid filesystem path");
  let callback: Deno.UnsafeCallback<typeof PASSWORD_CALLBACK> | null = null;
  let pending: unknown = null;
  if (password !== null) {
    const callable = !isStr(password) && bufferOf(password) === undefined;
    if (callable && typeOf(password).lookup("__call__") === undefined) {
      throw pyError("TypeError", "password should be a string or callable");
    }
    const made = new Deno.UnsafeCallback(
      PASSWORD_CALLBACK,
      (buffer, size) => {
        try {
          const bytes = passwordBytes(
            callable ? callObject(password, [], null) : password,
            callable,
          );
          if (bytes.length > size) {
            throw pyError("ValueError", `password cannot be longer than ${size} bytes`);
          }
          new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(buffer!, size)).set(bytes);
          return bytes.length;
        } catch (error) {
          pending = error;
          return -1;
        }
      },
    );
    callback = made;
    ssl.fn("SSL_CTX_set_default_passwd_cb")(ctx, made.pointer);
  }
  try {
    clearErrno();
    if (ssl.fn("SSL_CTX_use_certificate_chain_file")(ctx, cert) !== 1) {
      if (pending !== null) throw pending;
      throw fileLoadError(3874);
    }
    clearErrno();
    if (ssl.fn("SSL_CTX_use_PrivateKey_file")(ctx, key, SSL_FILETYPE_PEM) !== 1) {
      if (pending !== null) throw pending;
      throw fileLoadError(3895);
    }
    if (ssl.fn("SSL_CTX_check_private_key")(ctx) !== 1) throw queuedSslError(3906);
  } finally {
    if (callback !== null) {
      ssl.fn("SSL_CTX_set_default_passwd_cb")(ctx, null);
      callback.close();
    }
  }
  return null;
}

/** _add_ca_certs: every certificate of `data` (PEM text or DER) into the context's store. */
function addCaCerts(self: PySSLContext, data: Uint8Array, pem: boolean): void {
  const bio = memoryBioOf(data);
  const store = ssl.fn("SSL_CTX_get_cert_store")(ctxOf(self));
  let loaded = 0;
  try {
    for (;;) {
      const cert = pem
        ? crypto.fn("PEM_read_bio_X509")(bio, null, null, null)
        : crypto.fn("d2i_X509_bio")(bio, null);
      if (cert === null) break;
      const added = crypto.fn("X509_STORE_add_cert")(store, cert);
      crypto.fn("X509_free")(cert);
      if (added === 0) {
        const parts = errorParts(crypto.fn("ERR_peek_last_error")());
        if (parts.lib !== ERR_LIB_X509 || parts.reason !== X509_R_CERT_ALREADY_IN_HASH_TABLE) {
          throw queuedSslError(3975);
        }
        crypto.fn("ERR_clear_error")();
      }
      loaded++;
    }
  } finally {
    crypto.fn("BIO_free")(bio);
  }
  const last = errorParts(crypto.fn("ERR_peek_last_error")());
  const expectedEnd = pem
    ? last.lib === ERR_LIB_PEM && last.reason === PEM_R_NO_START_LINE
    : last.lib === ERR_LIB_ASN1 &&
      (last.reason === ASN1_R_HEADER_TOO_LONG || last.reason === ASN1_R_NOT_ENOUGH_DATA);
  if (loaded === 0) {
    crypto.fn("ERR_clear_error")();
    const text = pem ? "no start line" : "not enough data";
    throw sslError(SSLErrorType, 0, `${text}: cadata does not contain a certificate`, 3989, 0n);
  }
  if (expectedEnd) crypto.fn("ERR_clear_error")();
  else if (crypto.fn("ERR_peek_last_error")() !== 0n) throw queuedSslError(3999);
}

function loadVerifyLocations(
  self: PySSLContext,
  cafile: PyValue,
  capath: PyValue,
  cadata: PyValue,
): null {
  if (cafile === null && capath === null && cadata === null) {
    throw pyError("TypeError", "cafile, capath and cadata cannot be all omitted");
  }
  const file = cafile === null
    ? null
    : pathBytes(cafile, "cafile should be a valid filesystem path");
  const path = capath === null
    ? null
    : pathBytes(capath, "capath should be a valid filesystem path");
  if (cadata !== null) {
    if (isStr(cadata)) {
      const text = toJsString(cadata);
      const wide = text.search(/[\u0080-\uffff]/);
      if (wide >= 0) {
        throw pyError(
          "UnicodeEncodeError",
          "ascii",
          text,
          wide,
          wide + 1,
          "ordinal not in range(128)",
        );
      }
      addCaCerts(self, new TextEncoder().encode(text), true);
    } else {
      const data = bufferOf(cadata);
      if (data === undefined) {
        throw pyError("TypeError", "cadata should be an ASCII string or a bytes-like object");
      }
      addCaCerts(self, data, false);
    }
  }
  if (file !== null || path !== null) {
    clearErrno();
    if (ssl.fn("SSL_CTX_load_verify_locations")(ctxOf(self), file, path) !== 1) {
      throw fileLoadError(4123);
    }
  }
  return null;
}

function storeCertificates(self: PySSLContext): { certs: Deno.PointerValue[]; crl: number } {
  const store = ssl.fn("SSL_CTX_get_cert_store")(ctxOf(self));
  const objects = crypto.fn("X509_STORE_get0_objects")(store);
  const certs: Deno.PointerValue[] = [];
  let crl = 0;
  const count = objects === null ? 0 : crypto.fn("OPENSSL_sk_num")(objects);
  for (let i = 0; i < count; i++) {
    const object = crypto.fn("OPENSSL_sk_value")(objects, i);
    const type = crypto.fn("X509_OBJECT_get_type")(object);
    if (type === X509_LU_X509) certs.push(crypto.fn("X509_OBJECT_get0_X509")(object));
    else if (type === X509_LU_CRL) crl++;
  }
  return { certs, crl };
}

function certStoreStats(self: PySSLContext): PyDict {
  const { certs, crl } = storeCertificates(self);
  const dict = new PyDict();
  dict.set("x509", certs.length);
  dict.set("crl", crl);
  dict.set("x509_ca", certs.filter((cert) => crypto.fn("X509_check_ca")(cert) !== 0).length);
  return dict;
}

function getCaCerts(self: PySSLContext, binaryForm: PyValue): PyList {
  const binary = isTrue(binaryForm);
  const cas = storeCertificates(self).certs.filter((cert) =>
    crypto.fn("X509_check_ca")(cert) !== 0
  );
  return new PyList(cas.map((cert) => binary ? certificateDer(cert) : decodeCertificate(cert)));
}

function loadDhParams(self: PySSLContext, path: PyValue): null {
  const file = cbytes(fsConverter(path));
  clearErrno();
  const bio = crypto.fn("BIO_new_file")(file, cbytes(new TextEncoder().encode("r")));
  if (bio === null) {
    crypto.fn("ERR_clear_error")();
    throw osErrorFor(errno(), path);
  }
  const dh = crypto.fn("PEM_read_bio_DHparams")(bio, null, null, null);
  crypto.fn("BIO_free")(bio);
  if (dh === null) throw queuedSslError(4171);
  try {
    if (ssl.fn("SSL_CTX_ctrl")(ctxOf(self), CTRL.SET_TMP_DH, 0n, dh) === 0n) {
      throw queuedSslError(4176);
    }
  } finally {
    crypto.fn("DH_free")(dh);
  }
  return null;
}

function setEcdhCurve(self: PySSLContext, name: PyValue): null {
  const nid = crypto.fn("OBJ_sn2nid")(cbytes(fsConverter(name)));
  if (nid === 0) {
    throw pyError("ValueError", `unknown elliptic curve name ${toJsString(reprOf(name))}`);
  }
  const groups = new Int32Array([nid]);
  if (
    ssl.fn("SSL_CTX_ctrl")(ctxOf(self), CTRL.SET_GROUPS, 1n, Deno.UnsafePointer.of(groups)) === 0n
  ) {
    throw queuedSslError(4303);
  }
  return null;
}

/** session_stats: the session cache counters (SSL_CTRL_SESS_NUMBER onwards; cb_hits is not reported). */
const SESSION_STATS = [
  "number",
  "connect",
  "connect_good",
  "connect_renegotiate",
  "accept",
  "accept_good",
  "accept_renegotiate",
  "hits",
  "cb_hits",
  "misses",
  "timeouts",
  "cache_full",
];

function sessionStats(self: PySSLContext): PyDict {
  const dict = new PyDict();
  SESSION_STATS.forEach((key, offset) => {
    if (key === "cb_hits") return;
    dict.set(key, Number(ssl.fn("SSL_CTX_ctrl")(ctxOf(self), CTRL.SESS_NUMBER + offset, 0n, null)));
  });
  return dict;
}

defineNativeMethods(contextType, {
  set_ciphers: ["cipherlist, /", setCiphers],
  get_ciphers: ["", getCiphers],
  _set_alpn_protocols: ["protos, /", setAlpnProtocols],
  load_cert_chain: ["certfile, keyfile=None, password=None", loadCertChain],
  load_verify_locations: ["cafile=None, capath=None, cadata=None", loadVerifyLocations],
  set_default_verify_paths: ["", (self: PySSLContext) => {
    if (ssl.fn("SSL_CTX_set_default_verify_paths")(ctxOf(self)) !== 1) throw queuedSslError(4280);
    return null;
  }],
  cert_store_stats: ["", certStoreStats],
  get_ca_certs: ["binary_form=False", getCaCerts],
  load_dh_params: ["path, /", loadDhParams],
  set_ecdh_curve: ["name, /", setEcdhCurve],
  session_stats: ["", sessionStats],
});

signatureConstructor(contextType, "_SSLContext", "protocol, /", newContext);
