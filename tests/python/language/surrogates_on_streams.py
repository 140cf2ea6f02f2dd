import sys
print("ok")
try:
    print("a\ud800b")
except UnicodeEncodeError as e:
    print("caught", e)
sys.stderr.write("x\udc80y\n")
print("\udfff")
