# split() and subgroup() with types, tuples of types and predicates; derive();
# what the parts inherit from the original group.

def leaf_names(exc):
    if exc is None:
        return None
    if isinstance(exc, BaseExceptionGroup):
        return [exc.message, [leaf_names(e) for e in exc.exceptions]]
    return f"{type(exc).__name__}({exc.args[0] if exc.args else ''})"


tree = ExceptionGroup("root", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("left", [ValueError(3), KeyError(4)]),
    ExceptionGroup("right", [OSError(5), ExceptionGroup("deep", [ValueError(6)])]),
])

for matcher in (ValueError, (TypeError, KeyError), OSError, LookupError, Exception,
                ExceptionGroup, ZeroDivisionError):
    name = matcher.__name__ if isinstance(matcher, type) else str([m.__name__ for m in matcher])
    match, rest = tree.split(matcher)
    print(name, "split ->", leaf_names(match), "|", leaf_names(rest))
    print(name, "subgroup ->", leaf_names(tree.subgroup(matcher)))

print("predicates")
calls = []


def record(e):
    calls.append(type(e).__name__)
    return isinstance(e, ValueError) and e.args[0] > 2


print(leaf_names(tree.subgroup(record)))
print("visited", calls)
print(leaf_names(tree.split(lambda e: isinstance(e, BaseExceptionGroup) and e.message == "left")[0]))
print(tree.subgroup(lambda e: e is tree) is tree)
print(tree.split(lambda e: True)[0] is tree, tree.split(lambda e: True)[1])

print("bad matchers")
for matcher in (1, "ValueError", int, (ValueError, 1), len, [ValueError]):
    try:
        tree.split(matcher)
    except TypeError as e:
        print("TypeError:", e)

print("metadata of the parts")
try:
    try:
        raise KeyError("cause")
    except KeyError as cause:
        try:
            raise OSError("context")
        except OSError:
            raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from cause
except ExceptionGroup as caught:
    original = caught
original.add_note("a note")
match, rest = original.split(ValueError)
for part in (match, rest):
    print(repr(part),
          part.__traceback__ is original.__traceback__,
          repr(part.__cause__), repr(part.__context__), part.__suppress_context__,
          part.__notes__, part.__notes__ is original.__notes__)
print("original untouched", repr(original), original.__notes__)

print("derive")
print(repr(tree.derive([ValueError("x")])))
print(repr(tree.derive([KeyboardInterrupt()])))


class Tagged(ExceptionGroup):
    def derive(self, excs):
        group = Tagged(self.message + "+", excs)
        group.tag = getattr(self, "tag", 0) + 1
        return group


tagged = Tagged("tagged", [ValueError(1), ExceptionGroup("plain", [TypeError(2), ValueError(3)])])
match, rest = tagged.split(ValueError)
print(type(match).__name__, leaf_names(match), match.tag)
print(type(rest).__name__, leaf_names(rest), rest.tag)
print(type(match.exceptions[1]).__name__, leaf_names(match.exceptions[1]))


class NoDerive(ExceptionGroup):
    pass


plain = NoDerive("nd", [ValueError(1), TypeError(2)])
match, rest = plain.split(ValueError)
print(type(plain).__name__, type(match).__name__, repr(match))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

print("base groups")
mixed = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
match, rest = mixed.split(Exception)
print(type(match).__name__, repr(match), type(rest).__name__, repr(rest))
