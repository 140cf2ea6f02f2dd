# Compile-time SyntaxWarnings are shown; DeprecationWarnings (invalid escapes) are not.
path = "C:\d"
if path is "x":
    print("never")
print(path, 1 == 1)
