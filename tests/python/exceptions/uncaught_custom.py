# An uncaught custom exception with notes and a cause: traceback and exit status.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"bad config key {self.key!r}"

def load(key):
    try:
        {}[key]
    except KeyError as e:
        err = ConfigError(key)
        err.add_note("while loading settings")
        raise err from e

print("start")
load("port")
