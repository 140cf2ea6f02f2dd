"""A plain module."""
print("running flat")
value = 1
_private = 2
public_function = lambda: "called"
