import sys
print("broken: in sys.modules while running:", __name__ in sys.modules)
attempts = getattr(sys, "broken_attempts", 0) + 1
sys.broken_attempts = attempts
raise ValueError("broken on purpose, attempt %d" % attempts)
