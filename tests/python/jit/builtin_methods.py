# Methods of builtin types called in traces: the method found on the type is
# called with the receiver as self (as the interpreter's LOAD_METHOD does),
# guarded on the receiver being that type — a str subclass, a wide str, bytes
# or a shadowing instance attribute leave the trace and behave as in CPython.


class Shout(str):
    def upper(self):
        return "SHOUT:" + str.upper(self)


class Data(bytes):
    pass


def uppers(items):
    out = []
    for s in items:
        out.append(s.upper())
    return out


plain = ["ab", "cd"] * 300
print(uppers(plain)[:3])
print(uppers(plain + [Shout("x"), "\U0001F600y", b"bytes", Data(b"sub")])[-5:])


def counts(items, needle):
    total = 0
    for s in items:
        total += s.count(needle)
    return total


for _ in range(5):
    value = counts(["banana", "bandana"] * 200, "an")
print(value, counts([b"banana"] * 500, b"an"), counts([bytearray(b"anan")] * 500, b"an"))


def keyword_errors(items):
    messages = []
    for s in items:
        try:
            s.count(x=1)
        except TypeError as error:
            messages.append(str(error))
    return messages


print(sorted(set(keyword_errors(["a"] * 400 + [b"b", bytearray(b"c")]))))


def method_objects(items):
    names = []
    for s in items:
        m = s.startswith
        names.append((m.__name__, m.__qualname__, m("a")))
    return names[-2:]


print(method_objects(["abc", "bcd"] * 400))
