/**
 * `_socket`: BSD sockets over the C library (socket_object.ts, the type;
 * socket_io.ts, the calls that wait; socket_msg.ts, sendmsg/recvmsg;
 * socket_address.ts, addresses; socket_netdb.ts and socket_inet.ts, the
 * module functions; socket_constants.ts, Linux's constants). socket.py
 * builds the `socket` module on it.
 *
 * Missing: addresses of the families beyond AF_INET, AF_INET6 and AF_UNIX
 * (their sockets open; bind/connect raise OSError).
 */
import type { PyModule } from "../vm/runtime/module.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { addTypes, addValues, newModule } from "./module_helpers.ts";
import { SOCKET_CONSTANTS } from "./socket_constants.ts";
import { gaierrorType, herrorType } from "./socket_errors.ts";
import { socketType } from "./socket_object.ts";
import "./socket_io.ts";
import "./socket_msg.ts";
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
    BDADDR_ANY: "00:00:00:00:00:00",
    BDADDR_LOCAL: "00:00:00:FF:FF:FF",
  });
  addNetdbFunctions(module);
  return module;
}
