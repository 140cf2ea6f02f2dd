/**
 * `_socket`: BSD sockets over the C library (socket_object.ts, the type;
 * socket_io.ts, the calls that wait; socket_address.ts, addresses;
 * socket_netdb.ts, the module functions; socket_constants.ts, Linux's
 * constants). socket.py builds the `socket` module on it.
 *
 * Missing: sendmsg/recvmsg (and so socket.send_fds/recv_fds), sethostname,
 * and the families beyond
 * AF_INET, AF_INET6 and AF_UNIX (their sockets open, their addresses raise).
 */
import type { PyModule } from "../vm/runtime/module.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { addTypes, addValues, newModule } from "./module_helpers.ts";
import { SOCKET_CONSTANTS } from "./socket_constants.ts";
import { gaierrorType, herrorType } from "./socket_errors.ts";
import { socketType } from "./socket_object.ts";
import "./socket_io.ts";
import { addNetdbFunctions } from "./socket_netdb.ts";

export function createSocketModule(): PyModule {
  const module = newModule(
    "_socket",
    "Implementation module for socket operations.\n\nSee the socket module for documentation.",
  );
  addTypes(module, [socketType]);
  addValues(module, {
    ...SOCKET_CONSTANTS,
    SocketType: socketType,
    error: ExceptionType.OSError,
    herror: herrorType,
    gaierror: gaierrorType,
    timeout: ExceptionType.TimeoutError,
    has_ipv6: true,
  });
  addNetdbFunctions(module);
  return module;
}
