import sys
result = f"ran as {__name__}"
if __name__ == "__main__":
    print("main block of runnable", sys.argv[1:])
