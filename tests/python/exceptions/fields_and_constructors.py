# SyntaxError's (msg, details) constructor, undeletable exception attributes,
# __suppress_context__'s bool type, and the line a frame that exited through
# an unmatched handler reports.
for details in [5, ["f", 1, 2, "t"], ("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7),
                ("bad.py", 1, 2, "abcdefg", 1), ("f", 1, 2, "t", 3, 4)]:
    try:
        e = SyntaxError("m", details)
        print(e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as error:
        print("TypeError", error)

e = Exception()
for name in "__cause__", "__context__", "__traceback__", "__suppress_context__":
    try:
        delattr(e, name)
    except TypeError as error:
        print(name, "TypeError", error)
for value in 1, None, True:
    try:
        e.__suppress_context__ = value
        print(e.__suppress_context__)
    except TypeError as error:
        print("TypeError", error)
for name, value in ("__cause__", 1), ("__context__", "x"):
    try:
        setattr(e, name, value)
    except TypeError as error:
        print(name, "TypeError", error)


def last_line(f):
    try:
        f()
    except Exception as ex:
        tb = ex.__traceback__.tb_next
        print(f.__name__, tb.tb_frame.f_lineno - tb.tb_frame.f_code.co_firstlineno,
              tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)


def other_except():
    try:
        1 / 0
    except TypeError:
        pass


def other_except_named():
    try:
        1 / 0
    except (TypeError, KeyError) as ex:
        pass


last_line(other_except)
last_line(other_except_named)
