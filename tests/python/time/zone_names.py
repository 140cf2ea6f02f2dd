# time.tzname and tm_zone are the C library's abbreviations from the zone's
# TZif file (or a POSIX TZ string): CET/CEST, not ICU's GMT+1/GMT+2.
import os
import subprocess
import sys

PROGRAM = """
import time
print(time.tzname, time.daylight)
for seconds in (-3e9, 0, 1e9, 1.7e9, 1.72e9, 4e9):
    t = time.localtime(seconds)
    print(t.tm_zone, t.tm_isdst, time.strftime("%Z", t))
"""

for zone in ["", "UTC", "Europe/Paris", ":Europe/London", "/usr/share/zoneinfo/Asia/Tokyo",
             "America/New_York", "Australia/Sydney", "Africa/Casablanca", "Asia/Kolkata",
             "Pacific/Chatham", "JST-9", "<+03>-3", "Nowhere/Such"]:
    env = dict(os.environ, TZ=zone)
    result = subprocess.run([sys.executable, "-c", PROGRAM], env=env, capture_output=True,
                            text=True)
    print(repr(zone), result.returncode)
    print(result.stdout + result.stderr)
