# An uncaught exception group prints CPython's nested boxes: each member's
# own traceback, chained exceptions inside members, notes, nested groups.

def parse(text):
    return len(text)


def collect():
    errors = []
    for item in ("1", "x", "2"):
        try:
            if item == "x":
                raise ValueError(f"cannot parse {item!r}")
            parse(item)
        except ValueError as e:
            errors.append(e)
    try:
        {}["missing"]
    except KeyError as e:
        try:
            raise RuntimeError("lookup failed") from e
        except RuntimeError as chained:
            errors.append(chained)
    inner = ExceptionGroup("inner problems", [OSError("disk full"), TypeError("bad type")])
    inner.add_note("note on the inner group")
    errors.append(inner)
    return errors


def main():
    group = ExceptionGroup("several things went wrong", collect())
    group.add_note("first note")
    group.add_note("second note")
    raise group


print("before")
main()
