# exec() with dict subclasses: LOAD_NAME reads a non-dict locals mapping and
# builtins through __getitem__ (globals as a plain dict).
class setonlyerror(Exception):
    pass


class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror(key)


class loggingdict(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)


for source, namespace in [
    ("globalname", setonlydict({"globalname": 1})),
    ("superglobal", {"__builtins__": setonlydict({"superglobal": 1})}),
]:
    try:
        exec(compile(source, "test", "exec"), namespace)
    except setonlyerror as e:
        print("setonlyerror", e)

exec("print(superglobal)", {"__builtins__": loggingdict({"superglobal": 1, "print": print})})
try:
    exec("missing", {"__builtins__": loggingdict()})
except NameError as e:
    print("NameError:", e)


class customdict(dict):
    pass


exec("x = superglobal", {"__builtins__": customdict({"superglobal": 1})})
try:
    exec("superglobal", {"__builtins__": customdict()})
except NameError as e:
    print("NameError:", e)
