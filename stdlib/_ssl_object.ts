/**
 * `_ssl._SSLSocket`: one TLS connection (an SSL*), over a socket's
 * descriptor (`_wrap_socket`, SSL_set_fd) or over two MemoryBIOs
 * (`_wrap_bio`, SSL_set_bio); ssl.SSLSocket and ssl.SSLObject drive it.
 *
 * Every operation (do_handshake, read, write, shutdown) loops as CPython's
 * does: on a socket with a timeout (whose descriptor is non-blocking) an
 * SSL_ERROR_WANT_READ/WRITE waits in poll(2) for the rest of the timeout
 * and retries, raising TimeoutError when it expires; a blocking socket
 * blocks inside OpenSSL; a non-blocking socket and a BIO pair raise
 * SSLWantReadError/SSLWantWriteError for the caller to retry. Failures go
 * through `raiseFor` (CPython's PySSL_SetError): SSL_get_error's outcome
 * picks the class, OpenSSL's error queue the library/reason, and a failed
 * verification adds verify_code/verify_message (a hostname mismatch names
 * the host). The "(_ssl.c:N)" of each message is CPython 3.11's line.
 *
 * Hostnames: a client's server_hostname is sent as SNI unless it is an IP
 * address, and with check_hostname it becomes the verification's expected
 * host (X509_VERIFY_PARAM_set1_host) or IP (set1_ip).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { bufferOf, writableBufferOf } from "../vm/objects/buffer.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { asSize } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { callObject } from "../vm/runtime/call.ts";
import { PySocket } from "./socket_object.ts";
import { pollWaiting } from "./poll_wait.ts";
import { errno, libc } from "./libc.ts";
import { clearErrno, osErrorFor } from "./posix_errors.ts";
import { cbytes, crypto, CTRL, readBytes, readCString, ssl } from "./_ssl_native.ts";
import {
  errorParts,
  queuedSslError,
  SSLCertVerificationErrorType,
  SSLEOFErrorType,
  sslError,
  SSLErrorType,
  SSLSyscallErrorType,
  SSLWantReadErrorType,
  SSLWantWriteErrorType,
  SSLZeroReturnErrorType,
} from "./_ssl_errors.ts";
import { contextType, PySSLContext } from "./_ssl_context.ts";
import { PyMemoryBIO } from "./_ssl_bio.ts";
import { certificateDer, decodeCertificate } from "./_ssl_cert.ts";
import { forgetConnection, registerConnection } from "./_ssl_callbacks.ts";
import { PySSLSession, sessionOf } from "./_ssl_session.ts";

export const sslSocketType = makeBuiltinType("_SSLSocket", undefined, { subclassable: false });

const SSL_ERROR = {
  SSL: 1,
  WANT_READ: 2,
  WANT_WRITE: 3,
  X509_LOOKUP: 4,
  SYSCALL: 5,
  ZERO_RETURN: 6,
  CONNECT: 7,
};
const PY_SSL_ERROR_EOF = 8;
const PY_SSL_ERROR_INVALID = 10;
const ERR_LIB_SSL = 20;
const SSL_R_CERTIFICATE_VERIFY_FAILED = 134;
const SSL_R_UNEXPECTED_EOF_WHILE_READING = 294;
const SSL_RECEIVED_SHUTDOWN = 2;
const SSL_VERIFY_PEER = 1;
const POLLIN = 0x001;
const POLLOUT = 0x004;
const LINE = { handshake: 992, write: 2393, read: 2546, shutdown: 2672 } as const;

export class PySSLObject extends PyObject {
  ssl: Deno.PointerValue = null;
  context!: PySSLContext;
  socket: PySocket | null = null;
  owner: PyValue = null;
  serverSide = false;
  serverHostname: PyValue = null;
  /** What the message callback raised during the SSL call in progress. */
  pendingError: unknown = null;
  constructor(cls: PyType) {
    super(cls);
  }
}

const finalizer = new FinalizationRegistry<Deno.PointerValue>((handle) => {
  forgetConnection(handle);
  ssl.fn("SSL_free")(handle);
});

/** The octets of an IPv4 or IPv6 literal, else null (a2i_IPADDRESS). */
function ipOctets(host: string): Uint8Array<ArrayBuffer> | null {
  const family = host.includes(":") ? 10 : 2;
  const out = new Uint8Array(16);
  if (libc("inet_pton")(family, cbytes(new TextEncoder().encode(host)), out) !== 1) return null;
  return out.subarray(0, family === 2 ? 4 : 16) as Uint8Array<ArrayBuffer>;
}

function configureHostname(self: PySSLObject, hostname: string): void {
  if (hostname === "" || hostname.startsWith(".")) {
    throw pyError(
      "ValueError",
      "server_hostname cannot be an empty string or start with a leading dot.",
    );
  }
  if (hostname.includes("\0")) {
    throw pyError("TypeError", "argument must be encoded string without null bytes, not str");
  }
  const ip = ipOctets(hostname);
  const name = cbytes(new TextEncoder().encode(hostname));
  if (
    ip === null &&
    ssl.fn("SSL_ctrl")(self.ssl, CTRL.SET_TLSEXT_HOSTNAME, 0n, Deno.UnsafePointer.of(name)) === 0n
  ) {
    throw sslError(SSLErrorType, 0, null, 850, crypto.fn("ERR_peek_last_error")());
  }
  if (self.context.checkHostname) {
    const params = ssl.fn("SSL_get0_param")(self.ssl);
    const ok = ip === null
      ? crypto.fn("X509_VERIFY_PARAM_set1_host")(params, name, BigInt(name.length - 1))
      : crypto.fn("X509_VERIFY_PARAM_set1_ip")(params, ip, BigInt(ip.length));
    if (ok !== 1) throw sslError(SSLErrorType, 0, null, 862, crypto.fn("ERR_peek_last_error")());
  }
}

function newSslObject(
  context: PySSLContext,
  sock: PySocket | null,
  bios: [PyMemoryBIO, PyMemoryBIO] | null,
  serverSide: boolean,
  hostname: PyValue,
  owner: PyValue,
  session: PyValue,
): PySSLObject {
  const self = new PySSLObject(sslSocketType);
  self.context = context;
  self.serverSide = serverSide;
  self.socket = sock;
  self.owner = owner;
  const handle = ssl.fn("SSL_new")(context.ctx);
  if (handle === null) {
    throw sslError(SSLErrorType, 0, null, 830, crypto.fn("ERR_peek_last_error")());
  }
  self.ssl = handle;
  finalizer.register(self, handle);
  registerConnection(handle, self);
  if (bios !== null) {
    crypto.fn("BIO_up_ref")(bios[0].bio);
    crypto.fn("BIO_up_ref")(bios[1].bio);
    ssl.fn("SSL_set_bio")(handle, bios[0].bio, bios[1].bio);
  } else ssl.fn("SSL_set_fd")(handle, sock!.fd);
  if (hostname !== null) {
    const text = toJsString(hostname as string);
    configureHostname(self, text);
    self.serverHostname = hostname;
  }
  if (session !== null) setSession(self, session);
  if (serverSide) ssl.fn("SSL_set_accept_state")(handle);
  else ssl.fn("SSL_set_connect_state")(handle);
  return self;
}

function hostnameArgument(value: PyValue): PyValue {
  if (value === null) return null;
  if (!isStr(value)) {
    throw pyError(
      "TypeError",
      `argument 'server_hostname' must be str or None, not ${typeOf(value).name}`,
    );
  }
  return value;
}

defineNativeMethods(contextType, {
  _wrap_socket: [
    "sock, server_side, server_hostname=None, *, owner=None, session=None",
    (
      self: PySSLContext,
      sock: PyValue,
      side: PyValue,
      host: PyValue,
      owner: PyValue,
      session: PyValue,
    ) => {
      if (!(sock instanceof PySocket)) {
        throw pyError(
          "TypeError",
          `argument 'sock' must be _socket.socket, not ${typeOf(sock).name}`,
        );
      }
      const serverSide = isTrue(side);
      return newSslObject(
        self,
        sock,
        null,
        serverSide,
        hostnameArgument(host),
        owner,
        session,
      );
    },
  ],
  _wrap_bio: [
    "incoming, outgoing, server_side, server_hostname=None, *, owner=None, session=None",
    (
      self: PySSLContext,
      incoming: PyValue,
      outgoing: PyValue,
      side: PyValue,
      host: PyValue,
      owner: PyValue,
      session: PyValue,
    ) => {
      for (const [name, bio] of [["incoming", incoming], ["outgoing", outgoing]] as const) {
        if (!(bio instanceof PyMemoryBIO)) {
          throw pyError(
            "TypeError",
            `argument '${name}' must be _ssl.MemoryBIO, not ${typeOf(bio).name}`,
          );
        }
      }
      const serverSide = isTrue(side);
      return newSslObject(
        self,
        null,
        [incoming as PyMemoryBIO, outgoing as PyMemoryBIO],
        serverSide,
        hostnameArgument(host),
        owner,
        session,
      );
    },
  ],
});

/** PySSL_SetError: the exception for a failed call that returned `ret` with SSL_get_error `err`. */
function raiseFor(
  self: PySSLObject,
  ret: number,
  err: number,
  savedErrno: number,
  line: number,
): PyBaseException {
  const code = crypto.fn("ERR_peek_last_error")();
  let type = SSLErrorType;
  let pyErrno: number = err;
  let text: string | null = null;
  switch (err) {
    case SSL_ERROR.ZERO_RETURN:
      type = SSLZeroReturnErrorType;
      text = "TLS/SSL connection has been closed (EOF)";
      break;
    case SSL_ERROR.WANT_READ:
      type = SSLWantReadErrorType;
      text = "The operation did not complete (read)";
      break;
    case SSL_ERROR.WANT_WRITE:
      type = SSLWantWriteErrorType;
      text = "The operation did not complete (write)";
      break;
    case SSL_ERROR.X509_LOOKUP:
      text = "The operation did not complete (X509 lookup)";
      break;
    case SSL_ERROR.CONNECT:
      text = "The operation did not complete (connect)";
      break;
    case SSL_ERROR.SYSCALL:
      if (code === 0n) {
        if (ret === 0 || self.socket === null) {
          type = SSLEOFErrorType;
          pyErrno = PY_SSL_ERROR_EOF;
          text = "EOF occurred in violation of protocol";
        } else if (ret === -1 && savedErrno !== 0) {
          crypto.fn("ERR_clear_error")();
          return osErrorFor(savedErrno);
        } else {
          type = SSLSyscallErrorType;
          text = "Some I/O error occurred";
        }
      }
      break;
    case SSL_ERROR.SSL: {
      if (code === 0n) text = "A failure in the SSL library occurred";
      const parts = errorParts(code);
      if (parts.lib === ERR_LIB_SSL && parts.reason === SSL_R_CERTIFICATE_VERIFY_FAILED) {
        type = SSLCertVerificationErrorType;
      } else if (parts.lib === ERR_LIB_SSL && parts.reason === SSL_R_UNEXPECTED_EOF_WHILE_READING) {
        type = SSLEOFErrorType;
        pyErrno = PY_SSL_ERROR_EOF;
        text = "EOF occurred in violation of protocol";
      }
      break;
    }
    default:
      pyErrno = PY_SSL_ERROR_INVALID;
      text = "Invalid error code";
  }
  const verify = type === SSLCertVerificationErrorType
    ? {
      code: Number(ssl.fn("SSL_get_verify_result")(self.ssl)),
      hostname: self.serverHostname === null ? null : toJsString(self.serverHostname as string),
    }
    : null;
  const error = sslError(type, pyErrno, text, line, code, verify);
  crypto.fn("ERR_clear_error")();
  return error;
}

/**
 * Run `call` (an SSL_* call returning > 0 on success) under the socket's
 * timeout rules; the successful result. `timeoutText` names the operation
 * in the TimeoutError.
 */
function sslCall(
  self: PySSLObject,
  call: () => number,
  line: number,
  timeoutText: string,
  accept: (ret: number, err: number) => "done" | "again" | null = () => null,
): number {
  const sock = self.socket;
  if (sock !== null && sock.fd < 0) {
    throw sslError(SSLErrorType, 9, "Underlying socket connection gone", line, 0n);
  }
  const timed = sock !== null && sock.timeout > 0;
  const deadline = timed ? performance.now() + sock!.timeout * 1000 : 0;
  for (;;) {
    clearErrno();
    const ret = call();
    if (self.pendingError !== null) {
      const error = self.pendingError;
      self.pendingError = null;
      throw error;
    }
    if (ret > 0) return ret;
    const savedErrno = errno();
    const err = ssl.fn("SSL_get_error")(self.ssl, ret);
    const verdict = accept(ret, err);
    if (verdict === "done") return ret;
    if (verdict === "again") continue;
    if (timed && (err === SSL_ERROR.WANT_READ || err === SSL_ERROR.WANT_WRITE)) {
      const left = Math.ceil(deadline - performance.now());
      const entry = new Uint8Array(8);
      const view = new DataView(entry.buffer);
      view.setInt32(0, sock!.fd, true);
      view.setInt16(4, err === SSL_ERROR.WANT_READ ? POLLIN : POLLOUT, true);
      if (left <= 0 || pollWaiting(entry, 1, left) <= 0) {
        throw callObject(ExceptionType.TimeoutError, [timeoutText], null) as PyBaseException;
      }
      continue;
    }
    throw raiseFor(self, ret, err, savedErrno, line);
  }
}

function doHandshake(self: PySSLObject): null {
  sslCall(
    self,
    () => ssl.fn("SSL_do_handshake")(self.ssl),
    LINE.handshake,
    "_ssl.c:1003: The handshake operation timed out",
  );
  return null;
}

function read(self: PySSLObject, lengthArgument: PyValue, buffer: PyValue): PyValue {
  let length = asSize(lengthArgument);
  let target: Uint8Array | null = null;
  if (buffer !== null) {
    target = writableBufferOf(buffer) ?? null;
    if (target === null) {
      throw pyError(
        "TypeError",
        `read() argument 2 must be read-write bytes-like object, not ${typeOf(buffer).name}`,
      );
    }
    if (length <= 0 || length > target.length) length = target.length;
  } else if (length < 0) throw pyError("ValueError", "size should not be negative");
  if (length === 0) return target === null ? new PyBytes(new Uint8Array(0)) : 0;
  const out = new Uint8Array(length);
  const count = new Uint8Array(8);
  const ret = sslCall(
    self,
    () => ssl.fn("SSL_read_ex")(self.ssl, out, BigInt(length), count),
    LINE.read,
    "The read operation timed out",
    (_ret, err) =>
      err === SSL_ERROR.ZERO_RETURN &&
        ssl.fn("SSL_get_shutdown")(self.ssl) === SSL_RECEIVED_SHUTDOWN
        ? "done"
        : null,
  );
  const got = ret > 0 ? Number(new DataView(count.buffer).getBigUint64(0, true)) : 0;
  if (target !== null) {
    target.set(out.subarray(0, got));
    return got;
  }
  return new PyBytes(out.subarray(0, got));
}

function write(self: PySSLObject, data: PyValue): number {
  const bytes = bufferOf(data);
  if (bytes === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(data).name}'`);
  }
  const copy = new Uint8Array(bytes);
  const count = new Uint8Array(8);
  sslCall(
    self,
    () => ssl.fn("SSL_write_ex")(self.ssl, copy, BigInt(copy.length), count),
    LINE.write,
    "The write operation timed out",
  );
  return Number(new DataView(count.buffer).getBigUint64(0, true));
}

function shutdown(self: PySSLObject): PyValue {
  let zeros = 0;
  sslCall(
    self,
    () => ssl.fn("SSL_shutdown")(self.ssl),
    LINE.shutdown,
    "The read operation timed out",
    // SSL_shutdown returns 0 once close_notify is sent: call it again to wait for the peer's.
    (ret) => ret !== 0 ? null : ++zeros > 1 ? "done" : "again",
  );
  return self.socket;
}

function finished(self: PySSLObject): boolean {
  return ssl.fn("SSL_is_init_finished")(self.ssl) !== 0;
}

function getPeerCert(self: PySSLObject, binaryForm: PyValue): PyValue {
  if (!finished(self)) throw pyError("ValueError", "handshake not done yet");
  const cert = ssl.fn("SSL_get1_peer_certificate")(self.ssl);
  if (cert === null) return null;
  try {
    if (isTrue(binaryForm)) return certificateDer(cert);
    const mode = ssl.fn("SSL_CTX_get_verify_mode")(ssl.fn("SSL_get_SSL_CTX")(self.ssl));
    if ((mode & SSL_VERIFY_PEER) === 0) return new PyDict();
    return decodeCertificate(cert);
  } finally {
    crypto.fn("X509_free")(cert);
  }
}

function cipher(self: PySSLObject): PyValue {
  const current = ssl.fn("SSL_get_current_cipher")(self.ssl);
  return current === null ? null : cipherTuple(current);
}

/** cipher_to_tuple: (name, protocol version, secret bits). */
function cipherTuple(current: Deno.PointerValue): PyValue {
  return newTuple([
    readCString(ssl.fn("SSL_CIPHER_get_name")(current)),
    readCString(ssl.fn("SSL_CIPHER_get_version")(current)),
    ssl.fn("SSL_CIPHER_get_bits")(current, null),
  ]);
}

function selectedAlpn(self: PySSLObject): PyValue {
  const data = new Uint8Array(8);
  const length = new Uint8Array(4);
  ssl.fn("SSL_get0_alpn_selected")(self.ssl, data, length);
  const pointer = Deno.UnsafePointer.create(new DataView(data.buffer).getBigUint64(0, true));
  if (pointer === null) return null;
  return new TextDecoder().decode(
    readBytes(pointer, new DataView(length.buffer).getUint32(0, true)),
  );
}

function channelBinding(self: PySSLObject, kind: PyValue): PyValue {
  const name = toJsString(kind as string);
  if (name !== "tls-unique") {
    throw pyError("ValueError", `'${name}' channel binding type not implemented`);
  }
  const buffer = new Uint8Array(128);
  const reused = ssl.fn("SSL_session_reused")(self.ssl) !== 0;
  const length = Number(
    reused !== self.serverSide
      ? ssl.fn("SSL_get_finished")(self.ssl, buffer, 128n)
      : ssl.fn("SSL_get_peer_finished")(self.ssl, buffer, 128n),
  );
  return length === 0 ? null : new PyBytes(buffer.slice(0, length));
}

/** PySSL_set_session: resume `value` (an SSLSession of this context) on a client not yet connected. */
function setSession(self: PySSLObject, value: PyValue): void {
  if (!(value instanceof PySSLSession)) throw pyError("TypeError", "Value is not a SSLSession.");
  if (value.ctx !== self.context.ctx) {
    throw pyError("ValueError", "Session refers to a different SSLContext.");
  }
  if (self.serverSide) throw pyError("ValueError", "Cannot set session for server-side SSLSocket.");
  if (finished(self)) throw pyError("ValueError", "Cannot set session after handshake.");
  if (ssl.fn("SSL_set_session")(self.ssl, value.session) === 0) throw queuedSslError(2110);
}

/** The connection's enabled ciphers (SSL_get_ciphers), as CPython 3.11 reports them. */
function sharedCiphers(self: PySSLObject): PyValue {
  const ciphers = ssl.fn("SSL_get_ciphers")(self.ssl);
  if (ciphers === null) return null;
  const list: PyValue[] = [];
  const count = crypto.fn("OPENSSL_sk_num")(ciphers);
  for (let i = 0; i < count; i++) list.push(cipherTuple(crypto.fn("OPENSSL_sk_value")(ciphers, i)));
  return new PyList(list);
}

defineNativeMethods(sslSocketType, {
  do_handshake: ["", doHandshake],
  read: ["size, buffer=None, /", read],
  write: ["b, /", write],
  pending: ["", (self: PySSLObject) => ssl.fn("SSL_pending")(self.ssl)],
  shutdown: ["", shutdown],
  getpeercert: ["der=False, /", getPeerCert],
  cipher: ["", cipher],
  version: [
    "",
    (self: PySSLObject) => finished(self) ? readCString(ssl.fn("SSL_get_version")(self.ssl)) : null,
  ],
  selected_alpn_protocol: ["", selectedAlpn],
  compression: ["", () => null],
  get_channel_binding: ["cb_type='tls-unique'", channelBinding],
  shared_ciphers: ["", sharedCiphers],
  verify_client_post_handshake: ["", (self: PySSLObject) => {
    if (ssl.fn("SSL_verify_client_post_handshake")(self.ssl) !== 1) throw queuedSslError(2788);
    return null;
  }],
});

defineGetSets(sslSocketType, {
  context: [
    (self: PySSLObject) => self.context,
    (self: PySSLObject, value: PyValue | undefined) => {
      if (!(value instanceof PySSLContext)) {
        throw pyError("TypeError", "The value must be a SSLContext");
      }
      ssl.fn("SSL_set_SSL_CTX")(self.ssl, value.ctx);
      self.context = value;
    },
  ],
  server_side: [(self: PySSLObject) => self.serverSide],
  server_hostname: [(self: PySSLObject) => self.serverHostname],
  owner: [(self: PySSLObject) => self.owner, (self: PySSLObject, value: PyValue | undefined) => {
    self.owner = value ?? null;
  }],
  session: [
    (self: PySSLObject) => sessionOf(self.ssl, self.context.ctx),
    (self: PySSLObject, value: PyValue | undefined) => setSession(self, value ?? null),
  ],
  session_reused: [(self: PySSLObject) => ssl.fn("SSL_session_reused")(self.ssl) !== 0],
});
