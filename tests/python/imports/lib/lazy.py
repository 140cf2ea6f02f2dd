def __getattr__(name):
    if name == "computed":
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (custom)")

def __dir__():
    return ["computed", "other"]
