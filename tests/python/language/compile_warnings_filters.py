# Compile-time warnings go through the warnings filters as they are found:
# catch_warnings records them, and a filter that makes one an error makes
# compiling fail with a SyntaxError at that place (CPython 3.11).
import warnings

SOURCES = [
    ("x is 1", "eval"),
    ("assert (1, 2)", "exec"),
    ("[(1, 2) (3, 4)]", "eval"),
    ("0xfor x", "eval"),
    ("1if x else y", "eval"),
    (r"'\d'", "eval"),
    (r"b'\d'", "eval"),
    (r"'\777'", "eval"),
    ("f'{1}\\d'", "eval"),
]

for source, mode in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source, "<testcase>", mode)
    print(repr(source), [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught])

for source, mode in SOURCES:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(source, "<testcase>", mode)
        except SyntaxError as e:
            print(repr(source), "SyntaxError:", e.msg, e.lineno, e.offset)
        else:
            print(repr(source), "compiled")

# Only the category the filter names is an error.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.simplefilter("error", DeprecationWarning)
    print(compile("x is 1", "<testcase>", "eval").co_filename)
    try:
        compile(r"x is '\d'", "<testcase>", "eval")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print([str(w.message) for w in caught])

# Ignored warnings are not shown; the default filters print SyntaxWarnings.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("x is 1", "<testcase>", "eval")
compile("x is ()", "<default>", "eval")
