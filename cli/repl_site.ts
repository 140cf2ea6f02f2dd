/**
 * The builtins `site` adds for interactive use: `exit` and `quit` (repr
 * "Use exit() or Ctrl-D (i.e. EOF) to exit"), `copyright`, `credits`,
 * `license` and `help`, made from the standard library's `_sitebuiltins`
 * the way site.py's setquit/setcopyright/sethelper make them. Skipped with
 * -S, as CPython skips site. Errors are printed and the session goes on.
 * `help()` reports clearly when pydoc cannot be imported (it needs
 * sysconfig's build data, which Taipan's standard library lacks for now).
 */
import { PyDict } from "../vm/objects/dict.ts";
import { compileSource } from "../vm/runtime/compile_source.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { runTopLevel } from "./repl.ts";

const SETUP = `
import builtins, sys, os, _sitebuiltins
builtins.quit = _sitebuiltins.Quitter('quit', 'Ctrl-D (i.e. EOF)')
builtins.exit = _sitebuiltins.Quitter('exit', 'Ctrl-D (i.e. EOF)')
builtins.copyright = _sitebuiltins._Printer("copyright", sys.copyright)
builtins.credits = _sitebuiltins._Printer("credits", """\\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.""")
_here = getattr(sys, '_stdlib_dir', None) or os.path.dirname(getattr(os, '__file__', ''))
builtins.license = _sitebuiltins._Printer(
    "license", "See https://www.python.org/psf/license/",
    ["LICENSE.txt", "LICENSE"] if _here else [],
    [os.path.join(_here, os.pardir), _here, os.curdir] if _here else [])
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
`;

/** Install the objects unless the builtins already have them. */
export function installSiteBuiltins(): void {
  if (interpreter().builtins.dict.has("exit")) return;
  const namespace = new PyDict();
  namespace.set("__name__", "site");
  namespace.set("__builtins__", interpreter().builtins);
  runTopLevel(compileSource(SETUP, "<site>", "exec", 0), namespace);
}
