# Exceptions raised by trace functions: the trace function is removed, the
# exception propagates from the traced code, and handlers in the traced
# frame see it when it comes from a 'line' event.
import sys
import traceback


def show_traceback(error):
    for entry in traceback.extract_tb(error.__traceback__):
        print("   ", entry.name, entry.lineno - first)


first = 0


def tracer_failing_on(event_name, line_offset=None):
    def tracer(frame, event, arg):
        if frame.f_code.co_name == "target" and event == event_name:
            if line_offset is None or frame.f_lineno - frame.f_code.co_firstlineno == line_offset:
                raise KeyError(event_name)
        return tracer

    return tracer


def target():
    try:
        x = 1
        y = 2
    except KeyError:
        print("    handled in target")
    return x


first = target.__code__.co_firstlineno

for event, offset in [("call", None), ("line", 3), ("return", None)]:
    sys.settrace(tracer_failing_on(event, offset))
    try:
        print(event, "->", target())
    except KeyError as error:
        print(event, "raised", error)
        show_traceback(error)
    print("   trace now", sys.gettrace())


# An exception event whose trace function raises replaces the exception.
def raises_inside():
    raise ValueError("original")


def replacing(frame, event, arg):
    if event == "exception":
        raise TypeError("replacement")
    return replacing


sys.settrace(replacing)
try:
    raises_inside()
except Exception as error:
    print(type(error).__name__, error)
print(sys.gettrace())


# Tracing is off inside the trace function, and the trace function may
# install another one.
seen = []


def helper():
    return 1


def second(frame, event, arg):
    seen.append(("second", event, frame.f_code.co_name))
    return second


def first_tracer(frame, event, arg):
    seen.append(("first", event, frame.f_code.co_name))
    helper()
    if event == "call" and frame.f_code.co_name == "switch_here":
        sys.settrace(second)
    return first_tracer


def switch_here():
    return helper()


def outer():
    switch_here()
    return helper()


sys.settrace(first_tracer)
outer()
sys.settrace(None)
for item in seen:
    print(item)


# Assigning to f_locals in a trace function changes the variable.
def changes():
    value = 1
    value += 1
    return value


def rewrite(frame, event, arg):
    if frame.f_code.co_name == "changes" and event == "line":
        if frame.f_lineno == changes.__code__.co_firstlineno + 3:
            frame.f_locals["value"] = 100
    return rewrite


sys.settrace(rewrite)
print(changes())
sys.settrace(None)
