# An uncaught exception inside nested calls: CPython's traceback, exit status 1.
def parse(text):
    return int(text)

def load(items):
    return [parse(item) for item in items]

print("before")
load(["1", "2", "x"])
