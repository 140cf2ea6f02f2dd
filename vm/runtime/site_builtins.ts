/**
 * The builtins CPython's `site` module adds at start-up (unless -S): `exit`
 * and `quit` (their repr says "Use exit() or Ctrl-D (i.e. EOF) to exit";
 * calling one closes sys.stdin and raises SystemExit), `copyright`,
 * `credits`, `license` and `help`. They are made from the standard library's
 * `_sitebuiltins`, as site.py's setquit/setcopyright/sethelper make them,
 * without importing `os` (site's other work: site-packages directories and
 * .pth files, does not apply: Taipan has no site-packages of its own).
 * `help()` explains itself when pydoc cannot be imported.
 */
import { PyDict } from "../objects/dict.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { compileWithCache } from "./import/cached_compile.ts";
import { bytecodeWritable } from "./import/load_module.ts";
import { interpreter } from "./interpreter_state.ts";
import { evalFrame } from "./eval.ts";
import { Frame } from "./frame.ts";
import { writeStderr } from "./stdio.ts";
import { formatUncaught } from "./run_main.ts";

const SETUP = new TextEncoder().encode(`
import builtins, sys, _sitebuiltins
builtins.quit = _sitebuiltins.Quitter('quit', 'Ctrl-D (i.e. EOF)')
builtins.exit = _sitebuiltins.Quitter('exit', 'Ctrl-D (i.e. EOF)')
builtins.copyright = _sitebuiltins._Printer("copyright", sys.copyright)
builtins.credits = _sitebuiltins._Printer("credits", """\\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.""")
_here = getattr(sys, '_stdlib_dir', None)
builtins.license = _sitebuiltins._Printer(
    "license", "See https://www.python.org/psf/license/",
    ["LICENSE.txt", "LICENSE"] if _here else [],
    [_here + "/..", _here, "."] if _here else [])
class _Helper(_sitebuiltins._Helper):
    def __call__(self, *args, **kwds):
        try:
            import pydoc
        except Exception as error:
            raise NotImplementedError(
                "help() needs pydoc, which Taipan cannot import yet "
                f"({type(error).__name__}: {error})") from None
        return pydoc.help(*args, **kwds)
_Helper.__module__ = '_sitebuiltins'
_Helper.__qualname__ = '_Helper'
builtins.help = _Helper()
`);

/** Install the objects unless the builtins already have them; a failure is reported, not fatal. */
export function installSiteBuiltins(): void {
  const state = interpreter();
  if (state.builtins.dict.has("exit")) return;
  const namespace = new PyDict();
  namespace.set("__name__", "site");
  namespace.set("__builtins__", state.builtins);
  try {
    // Compiled once, then read from the code cache like a module's code.
    const source = { cached: SETUP, bytes: () => SETUP };
    const code = compileWithCache(source, "<site>", 0, bytecodeWritable);
    evalFrame(new Frame(code, namespace, state.builtins.dict, namespace, null));
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    writeStderr("Error in site builtins set-up:\n" + formatUncaught(error));
  }
}
