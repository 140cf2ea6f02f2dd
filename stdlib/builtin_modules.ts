/**
 * The modules CPython writes in C that Taipan provides in TypeScript,
 * registered by name; each is created on its first import.
 */
import { registerBuiltinModule } from "../vm/runtime/import_hooks.ts";
import { createSysconfigdataModule, SYSCONFIGDATA_NAME } from "./sysconfigdata.ts";
import { createMathModule } from "./math.ts";
import { createOperatorModule } from "./_operator.ts";
import { createFunctoolsModule } from "./_functools.ts";
import { createItertoolsModule } from "./itertools.ts";
import { createCollectionsModule } from "./_collections.ts";
import { createErrnoModule } from "./errno.ts";
import { createTimeModule } from "./time.ts";
import { createWeakrefModule } from "./_weakref.ts";
import { createAbcModule } from "./_abc.ts";
import { createImpModule } from "./_imp.ts";
import { createThreadModule } from "./_thread.ts";
import { createStructModule } from "./_struct.ts";
import { createArrayModule } from "./array.ts";
import { createStringModule } from "./_string.ts";
import { createCodecsModule } from "./_codecs.ts";
import { createWarningsModule } from "./_warnings.ts";
import { createContextvarsModule } from "./_contextvars.ts";
import { createStatModule } from "./_stat.ts";
import { createOpcodeModule } from "./_opcode.ts";
import { createBisectModule } from "./_bisect.ts";
import { createHeapqModule } from "./_heapq.ts";
import { createRandomModule } from "./_random.ts";
import {
  createMd5Module,
  createSha1Module,
  createSha256Module,
  createSha3Module,
  createSha512Module,
} from "./hash_modules.ts";
import { createBlake2Module } from "./_blake2.ts";
import { createBinasciiModule } from "./binascii.ts";
import { createZlibModule } from "./zlib.ts";
import { createPyexpatModule } from "./pyexpat.ts";
import { createLocaleModule } from "./_locale.ts";
import { createQueueModule } from "./_queue.ts";
import { createCmathModule } from "./cmath.ts";
import { createPosixModule } from "./posix.ts";
import { createSignalModule } from "./_signal.ts";
import { createAtexitModule } from "./atexit.ts";
import { createTaipanjitModule } from "./taipanjit.ts";
import { createGcModule } from "./gc.ts";
import { createFaulthandlerModule } from "./faulthandler.ts";
import { createPwdModule } from "./pwd.ts";
import { createGrpModule } from "./grp.ts";
import { createAstModule } from "./_ast.ts";
import { createIoModule } from "./_io.ts";
import { createUnicodedataModule } from "./unicodedata.ts";
import { createSreModule } from "./_sre.ts";
import { createCsvModule } from "./_csv.ts";
import { createSelectModule } from "./select.ts";
import { createJsonModule } from "./_json.ts";
import { createMarshalModule } from "./marshal.ts";
import { createPosixsubprocessModule } from "./_posixsubprocess.ts";
import { createSocketModule } from "./_socket.ts";
import { createCtypesModule } from "./_ctypes.ts";
import { createCtypesTestModule } from "./_ctypes_test.ts";

registerBuiltinModule("math", createMathModule);
registerBuiltinModule("_operator", createOperatorModule);
registerBuiltinModule("_functools", createFunctoolsModule);
registerBuiltinModule("itertools", createItertoolsModule);
registerBuiltinModule("_collections", createCollectionsModule);
registerBuiltinModule("_weakref", createWeakrefModule);
registerBuiltinModule("_abc", createAbcModule);
registerBuiltinModule("errno", createErrnoModule);
registerBuiltinModule("time", createTimeModule);
registerBuiltinModule("_imp", createImpModule);
registerBuiltinModule("_thread", createThreadModule);
registerBuiltinModule("_struct", createStructModule);
registerBuiltinModule("array", createArrayModule);
registerBuiltinModule("_string", createStringModule);
registerBuiltinModule("_codecs", createCodecsModule);
registerBuiltinModule("_warnings", createWarningsModule);
registerBuiltinModule("_contextvars", createContextvarsModule);
registerBuiltinModule("_stat", createStatModule);
registerBuiltinModule("_opcode", createOpcodeModule);
registerBuiltinModule("_bisect", createBisectModule);
registerBuiltinModule("_heapq", createHeapqModule);
registerBuiltinModule("_random", createRandomModule);
registerBuiltinModule("_md5", createMd5Module);
registerBuiltinModule("_sha1", createSha1Module);
registerBuiltinModule("_sha256", createSha256Module);
registerBuiltinModule("_sha512", createSha512Module);
registerBuiltinModule("_sha3", createSha3Module);
registerBuiltinModule("_blake2", createBlake2Module);
registerBuiltinModule("binascii", createBinasciiModule);
registerBuiltinModule("zlib", createZlibModule);
registerBuiltinModule("pyexpat", createPyexpatModule);
registerBuiltinModule("_locale", createLocaleModule);
registerBuiltinModule("_queue", createQueueModule);
registerBuiltinModule("cmath", createCmathModule);
registerBuiltinModule("posix", createPosixModule);
registerBuiltinModule("_signal", createSignalModule);
registerBuiltinModule("atexit", createAtexitModule);
registerBuiltinModule("taipanjit", createTaipanjitModule);
registerBuiltinModule("gc", createGcModule);
registerBuiltinModule("faulthandler", createFaulthandlerModule);
registerBuiltinModule("pwd", createPwdModule);
registerBuiltinModule("grp", createGrpModule);
registerBuiltinModule("_ast", createAstModule);
registerBuiltinModule("_io", createIoModule);
registerBuiltinModule("unicodedata", createUnicodedataModule);
registerBuiltinModule("_sre", createSreModule);
registerBuiltinModule("_csv", createCsvModule);
registerBuiltinModule("select", createSelectModule);
registerBuiltinModule("_json", createJsonModule);
registerBuiltinModule("marshal", createMarshalModule);
registerBuiltinModule("_posixsubprocess", createPosixsubprocessModule);
registerBuiltinModule("_socket", createSocketModule);
registerBuiltinModule("_ctypes", createCtypesModule);
registerBuiltinModule("_ctypes_test", createCtypesTestModule);
registerBuiltinModule(SYSCONFIGDATA_NAME, createSysconfigdataModule);
