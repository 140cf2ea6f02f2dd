/**
 * The modules CPython writes in C that Taipan provides in TypeScript,
 * registered by name; each is created on its first import.
 */
import { registerBuiltinModule } from "../vm/runtime/import_hooks.ts";
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
import { createStringModule } from "./_string.ts";
import { createCodecsModule } from "./_codecs.ts";
import { createWarningsModule } from "./_warnings.ts";

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
registerBuiltinModule("_string", createStringModule);
registerBuiltinModule("_codecs", createCodecsModule);
registerBuiltinModule("_warnings", createWarningsModule);
