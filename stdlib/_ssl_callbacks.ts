/**
 * The C callbacks OpenSSL calls during a server's handshake — ALPN
 * selection and SNI (the servername callback) — made once for the module,
 * not per context: a per-context closure would hold its context for as
 * long as the callback exists. They find the `_SSLSocket` by its SSL*
 * (`registerConnection`; weakly held) and read the context's settings from
 * it.
 *
 * SNI as CPython's _servername_callback: the Python callable gets the
 * connection's owner (the ssl.SSLSocket/SSLObject; else the _SSLSocket),
 * the server name as an A-label str (None without SNI) and the context.
 * It may switch the connection's context. It returns None to go on, or an
 * alert number to fail the handshake with; an exception is reported as
 * unraisable (with the callable) and fails the handshake with handshake_failure (a non-int
 * result with internal_error).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { callObject } from "../vm/runtime/call.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { writeUnraisable } from "./sys_unraisable.ts";
import type { PySSLObject } from "./_ssl_object.ts";
import { readBytes, readCString, ssl } from "./_ssl_native.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { libc } from "./libc.ts";

type Connection = PySSLObject;

const connections = new Map<bigint, WeakRef<Connection>>();

export function registerConnection(handle: Deno.PointerValue, connection: Connection): void {
  connections.set(Deno.UnsafePointer.value(handle), new WeakRef(connection));
}

export function forgetConnection(handle: Deno.PointerValue): void {
  connections.delete(Deno.UnsafePointer.value(handle));
}

function connectionOf(handle: Deno.PointerValue): Connection | undefined {
  return connections.get(Deno.UnsafePointer.value(handle))?.deref();
}

const SSL_TLSEXT_ERR_OK = 0;
const SSL_TLSEXT_ERR_ALERT_FATAL = 2;
const SSL_TLSEXT_ERR_NOACK = 3;
const OPENSSL_NPN_NEGOTIATED = 1;
const SSL_AD_HANDSHAKE_FAILURE = 40;
const SSL_AD_INTERNAL_ERROR = 80;
const TLSEXT_NAMETYPE_host_name = 0;

let alpnSelect: Deno.UnsafeCallback | null = null;
let keylog: Deno.UnsafeCallback | null = null;
let message: Deno.UnsafeCallback | null = null;
let serverName: Deno.UnsafeCallback | null = null;

/** The ALPN selection callback: the first of the context's protocols the client offers. */
export function alpnSelectCallback(): Deno.PointerValue {
  alpnSelect ??= new Deno.UnsafeCallback(
    {
      parameters: ["pointer", "pointer", "pointer", "pointer", "u32", "pointer"],
      result: "i32",
    } as const,
    (handle, out, outlen, input, inlen) => {
      const mine = connectionOf(handle)?.context.alpnProtocols ?? new Uint8Array(0);
      const result = ssl.fn("SSL_select_next_proto")(out, outlen, mine, mine.length, input, inlen);
      return result === OPENSSL_NPN_NEGOTIATED ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_NOACK;
    },
  ) as unknown as Deno.UnsafeCallback;
  return alpnSelect.pointer;
}

/** The servername callback, calling the context's sni_callback. */
export function serverNameCallback(): Deno.PointerValue {
  serverName ??= new Deno.UnsafeCallback(
    { parameters: ["pointer", "pointer", "pointer"], result: "i32" } as const,
    (handle, alert) => {
      const connection = connectionOf(handle);
      const callback = connection?.context.sniCallback ?? null;
      if (connection === undefined || callback === null) return SSL_TLSEXT_ERR_OK;
      const alertView = new Int32Array(Deno.UnsafePointerView.getArrayBuffer(alert!, 4));
      const name = ssl.fn("SSL_get_servername")(handle, TLSEXT_NAMETYPE_host_name);
      const owner = connection.owner ?? connection;
      let result: PyValue;
      try {
        result = callObject(callback, [
          owner,
          name === null ? null : readCString(name),
          connection.context,
        ], null);
      } catch (error) {
        writeUnraisable("in", callback, error);
        alertView[0] = SSL_AD_HANDSHAKE_FAILURE;
        return SSL_TLSEXT_ERR_ALERT_FATAL;
      }
      if (result === null) return SSL_TLSEXT_ERR_OK;
      const code = typeof result === "boolean" ? Number(result) : intOperand(result);
      alertView[0] = code === undefined ? SSL_AD_INTERNAL_ERROR : Number(code);
      if (code === undefined) {
        const error = pyError(
          "TypeError",
          `'${typeOf(result).name}' object cannot be interpreted as an integer`,
        );
        writeUnraisable("in", result, error);
      }
      return SSL_TLSEXT_ERR_ALERT_FATAL;
    },
  ) as unknown as Deno.UnsafeCallback;
  return serverName.pointer;
}

/** The keylog callback: each secret line to the connection's context's keylog file. */
export function keylogCallback(): Deno.PointerValue {
  keylog ??= new Deno.UnsafeCallback(
    { parameters: ["pointer", "pointer"], result: "void" } as const,
    (handle, line) => {
      const fd = connectionOf(handle)?.context.keylogFd ?? -1;
      if (fd < 0 || line === null) return;
      const bytes = new TextEncoder().encode(readCString(line) + "\n");
      libc("write")(fd, bytes, BigInt(bytes.length));
    },
  ) as unknown as Deno.UnsafeCallback;
  return keylog.pointer;
}

/** The record types whose message type the message callback reads from the data (SSL3_RT_*). */
const SSL3_MT_CHANGE_CIPHER_SPEC = 0x101;
const RT = {
  CHANGE_CIPHER_SPEC: 20,
  ALERT: 21,
  HANDSHAKE: 22,
  HEADER: 0x100,
  INNER_CONTENT_TYPE: 0x101,
};

/**
 * The message callback (CPython's _PySSL_msg_callback): the context's
 * _msg_callback gets (connection, "read"/"write", version, content type,
 * message type, data); an exception it raises waits on the connection
 * until the SSL call in progress returns (`pendingError`).
 */
export function messageCallback(): Deno.PointerValue {
  message ??= new Deno.UnsafeCallback(
    {
      parameters: ["i32", "i32", "i32", "pointer", "usize", "pointer", "pointer"],
      result: "void",
    } as const,
    (writing, version, contentType, buffer, length, handle) => {
      const connection = connectionOf(handle);
      const callback = connection?.context.msgCallback ?? null;
      if (connection === undefined || callback === null) return;
      try {
        const data = readBytes(buffer, Number(length));
        let messageType = -1;
        if (contentType === RT.CHANGE_CIPHER_SPEC) messageType = SSL3_MT_CHANGE_CIPHER_SPEC;
        else if (contentType === RT.ALERT) messageType = data[1];
        else if (contentType === RT.HANDSHAKE || contentType === RT.INNER_CONTENT_TYPE) {
          messageType = data[0];
        } else if (contentType === RT.HEADER) {
          version = (data[1] << 8) | data[2];
          messageType = data[0];
        }
        const owner = connection.owner ?? connection.socket ?? connection;
        const direction = writing ? "write" : "read";
        const args = [owner, direction, version, contentType, messageType, new PyBytes(data)];
        callObject(callback, args, null);
      } catch (error) {
        connection.pendingError ??= error;
      }
    },
  ) as unknown as Deno.UnsafeCallback;
  return message.pointer;
}
