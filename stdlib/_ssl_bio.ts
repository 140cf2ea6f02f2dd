/**
 * `_ssl.MemoryBIO`: an OpenSSL memory BIO an SSL object reads its incoming
 * bytes from or writes its outgoing bytes to (ssl.SSLObject, asyncio's
 * transports). While open, reading an empty BIO is "retry later"
 * (mem_eof_return -1, so the SSL object reports WANT_READ); after
 * write_eof() it is end-of-file, and `eof` is true once the remaining
 * bytes are read too.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { asSize } from "../vm/objects/str_args.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { bioPending, bioSetMemEofReturn, crypto } from "./_ssl_native.ts";
import { plainSslError, queuedSslError } from "./_ssl_errors.ts";

export const memoryBioType = makeBuiltinType("MemoryBIO");

export class PyMemoryBIO extends PyObject {
  eofWritten = false;
  constructor(cls: PyType, readonly bio: Deno.PointerValue) {
    super(cls);
  }
}

const finalizer = new FinalizationRegistry<Deno.PointerValue>((bio) => crypto.fn("BIO_free")(bio));

registerConstructor(memoryBioType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "MemoryBIO() takes no keyword arguments");
  }
  if (args.length > 0) throw pyError("TypeError", "MemoryBIO() takes no arguments");
  const bio = crypto.fn("BIO_new")(crypto.fn("BIO_s_mem")());
  if (bio === null) throw pyError("MemoryError", "failed to allocate BIO");
  bioSetMemEofReturn(bio, -1);
  const self = new PyMemoryBIO(cls, bio);
  finalizer.register(self, bio);
  return self;
});

function read(self: PyMemoryBIO, sizeArgument: PyValue): PyBytes {
  const available = bioPending(self.bio);
  let size = asSize(sizeArgument);
  if (size < 0 || size > available) size = available;
  if (size === 0) return new PyBytes(new Uint8Array(0));
  const out = new Uint8Array(size);
  const got = crypto.fn("BIO_read")(self.bio, out, size);
  if (got < 0) throw queuedSslError(5131);
  return new PyBytes(out.subarray(0, got));
}

function write(self: PyMemoryBIO, data: PyValue): number {
  const bytes = bufferOf(data);
  if (bytes === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(data).name}'`);
  }
  if (bytes.length > 0x7fffffff) {
    throw pyError("OverflowError", "string longer than 2147483647 bytes");
  }
  if (self.eofWritten) throw plainSslError("cannot write() after write_eof()");
  const written = crypto.fn("BIO_write")(self.bio, bytes as Uint8Array<ArrayBuffer>, bytes.length);
  if (written < 0) throw queuedSslError(5175);
  return written;
}

defineNativeMethods(memoryBioType, {
  read: ["size=-1, /", read],
  write: ["b, /", write],
  write_eof: ["", (self: PyMemoryBIO) => {
    self.eofWritten = true;
    bioSetMemEofReturn(self.bio, 0);
    return null;
  }],
});

defineGetSets(memoryBioType, {
  pending: [(self: PyMemoryBIO) => bioPending(self.bio)],
  eof: [(self: PyMemoryBIO) => bioPending(self.bio) === 0 && self.eofWritten],
});
