# A naked exception caught by except* and re-raised escapes wrapped in an
# ExceptionGroup('').

def work():
    raise ValueError("naked")


try:
    work()
except* ValueError:
    print("handling")
    raise
