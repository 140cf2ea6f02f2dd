# Import errors: messages, the `name` and `path` attributes, and what a
# failed import leaves in sys.modules.
import sys
sys.path.insert(0, "lib")

def attempt(code):
    try:
        exec(code, {})
    except ImportError as error:
        print(f"{type(error).__name__}: {error} | name={error.name} path={error.path}")

attempt("import no_such_module")
attempt("import no_such_package.sub")
attempt("import pkg.no_such_sub")
attempt("import notpkg.child")
attempt("from notpkg import child")
attempt("from pkg import no_such_name")
attempt("from flat import missing")
attempt("from nspkg import nothing_here")
attempt("import flat.child")

for round in range(2):
    try:
        import broken
    except ValueError as error:
        print("ValueError:", error, "| broken in sys.modules:", "broken" in sys.modules)

sys.modules["blocked"] = None
attempt("import blocked")
attempt("from blocked import x")
del sys.modules["blocked"]

try:
    import bad_syntax
except SyntaxError as error:
    print("SyntaxError:", error.msg, error.filename[error.filename.index("lib/"):], error.lineno)
print("bad_syntax" in sys.modules)

try:
    import fails_inside
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error, "fails_inside" in sys.modules)

print(issubclass(ModuleNotFoundError, ImportError))
try:
    from star_all import *
    print(exported, also)
    print("hidden" in dir())
    from star_public import *
    print(visible, "_invisible" in dir(), "_sys" in dir())
except Exception as error:
    print("unexpected", error)
