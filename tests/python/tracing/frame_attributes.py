# f_trace, f_trace_lines, f_trace_opcodes; opcode events; bdb stepping;
# threading.settrace; sys.call_tracing.
import bdb
import sys
import threading

frame = sys._getframe()
print(frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes)
for attribute, value in [("f_trace_lines", 1), ("f_trace_opcodes", None)]:
    try:
        setattr(frame, attribute, value)
    except TypeError as error:
        print(attribute, error)
frame.f_trace = len
print(frame.f_trace)
del frame.f_trace
print(frame.f_trace)


# Opcode events: at least one per line here, each with the frame's lasti.
def two_lines():
    a = 1
    return a + 1


seen = []


def opcodes(frame, event, arg):
    frame.f_trace_opcodes = True
    if frame.f_code.co_name == "two_lines":
        seen.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return opcodes


sys.settrace(opcodes)
two_lines()
sys.settrace(None)
compact = []
for item in seen:
    if not compact or compact[-1] != item:
        compact.append(item)
print(compact)


# A bdb debugger that steps through a function and records where it stops.
class Recorder(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.stops = []

    def user_call(self, frame, argument_list):
        self.stops.append(("call", frame.f_code.co_name))
        self.set_step()

    def user_line(self, frame):
        self.stops.append(("line", frame.f_code.co_name,
                           frame.f_lineno - frame.f_code.co_firstlineno))
        self.set_step()

    def user_return(self, frame, value):
        self.stops.append(("return", frame.f_code.co_name, value))
        self.set_step()


def square(x):
    y = x * x
    return y


def debugged():
    total = 0
    for i in range(2):
        total += square(i)
    return total


recorder = Recorder()
print(recorder.runcall(debugged))
for stop in recorder.stops:
    print(stop)
print(sys.gettrace())

# Breakpoints: continue to a line, then stop.
class Breaker(bdb.Bdb):
    def user_line(self, frame):
        print("break at", frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno,
              dict(frame.f_locals))
        self.set_continue()


breaker = Breaker()
breaker.set_break(__file__, square.__code__.co_firstlineno + 2)
breaker.runcall(debugged)
breaker.clear_all_breaks()

# threading.settrace / setprofile store the functions for new threads.
threading.settrace(opcodes)
threading.setprofile(len)
print(threading.gettrace() is opcodes, threading.getprofile() is len)
threading.settrace(None)
threading.setprofile(None)


# sys.call_tracing traces inside a trace function.
inner_events = []


def inner_tracer(frame, event, arg):
    inner_events.append((event, frame.f_code.co_name))
    return inner_tracer


def calls_back(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "square":
        sys.settrace(inner_tracer)
        sys.call_tracing(two_lines, ())
    return None


sys.settrace(calls_back)
square(2)
sys.settrace(None)
print(inner_events)
