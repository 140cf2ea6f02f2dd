# What escapes a try/except* uncaught: exceptions a handler raised become
# siblings of the unhandled rest in a new ExceptionGroup('').

def fail(kind, n):
    raise kind(n)


def gather():
    errors = []
    for kind, n in ((ValueError, 1), (TypeError, 2), (ValueError, 3)):
        try:
            fail(kind, n)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("gathered", errors)


try:
    gather()
except* TypeError as e:
    raise KeyError("handler failed") from e.exceptions[0]
