/**
 * `_ssl.SSLSession`: a TLS session a client got from one connection
 * (`_SSLSocket.session`, SSL_get1_session) and offers to resume on another
 * made from the same context (the `session` setter or `session=`, before
 * the handshake). Its attributes read the SSL_SESSION; two sessions are
 * equal when their ids are.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { readBytes, ssl } from "./_ssl_native.ts";

export const sessionType = makeBuiltinType("SSLSession", undefined, { subclassable: false });

export class PySSLSession extends PyObject {
  /** The SSL_CTX of the context whose connection made it. */
  constructor(readonly session: Deno.PointerValue, readonly ctx: Deno.PointerValue) {
    super(sessionType);
  }
}

const finalizer = new FinalizationRegistry<Deno.PointerValue>((session) =>
  ssl.fn("SSL_SESSION_free")(session)
);

registerConstructor(sessionType, () => {
  throw pyError("TypeError", "cannot create '_ssl.SSLSession' instances");
});

/** The session of connection `handle`, or None. */
export function sessionOf(handle: Deno.PointerValue, ctx: Deno.PointerValue): PyValue {
  const session = ssl.fn("SSL_get1_session")(handle);
  if (session === null) return null;
  const result = new PySSLSession(session, ctx);
  finalizer.register(result, session);
  return result;
}

function sessionId(self: PySSLSession): Uint8Array {
  const length = new Uint32Array(1);
  const id = ssl.fn("SSL_SESSION_get_id")(self.session, length);
  return readBytes(id, length[0]);
}

function compare(self: PySSLSession, other: PyValue, equal: boolean): PyValue {
  if (!(other instanceof PySSLSession)) return NotImplemented;
  const a = sessionId(self);
  const b = sessionId(other);
  const same = self.session === other.session ||
    a.length === b.length && a.every((byte, i) => byte === b[i]);
  return same === equal;
}

defineNativeMethods(sessionType, {
  __eq__: ["other, /", (self: PySSLSession, other: PyValue) => compare(self, other, true)],
  __ne__: ["other, /", (self: PySSLSession, other: PyValue) => compare(self, other, false)],
});
sessionType.dict.set("__hash__", null);

defineGetSets(sessionType, {
  time: [(self: PySSLSession) => Number(ssl.fn("SSL_SESSION_get_time")(self.session))],
  timeout: [(self: PySSLSession) => Number(ssl.fn("SSL_SESSION_get_timeout")(self.session))],
  ticket_lifetime_hint: [
    (self: PySSLSession) => Number(ssl.fn("SSL_SESSION_get_ticket_lifetime_hint")(self.session)),
  ],
  id: [(self: PySSLSession) => new PyBytes(sessionId(self))],
  has_ticket: [(self: PySSLSession) => ssl.fn("SSL_SESSION_has_ticket")(self.session) !== 0],
});
