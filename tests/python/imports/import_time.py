# -X importtime and PYTHONPROFILEIMPORTTIME: a line on stderr for every module
# the import system loads ("import time: self | cumulative | name", nested
# imports indented two spaces a level, failed imports too, modules already in
# sys.modules not at all), after one header line. -E ignores the variable;
# neither changes sys._xoptions' contents beyond -X's own entry. The times
# vary: only the lines' shape and the names are compared.
import os
import re
import subprocess
import sys
import tempfile

LINE = re.compile(r"import time: {0,8}(\d+) \| {0,9}(\d+) \| ( *)(\S+)$")
MODULES = {
    "it_leaf.py": "X = 1\n",
    "it_mid.py": "import it_leaf\nimport it_leaf\n",
    "it_pkg/__init__.py": "from . import sub\n",
    "it_pkg/sub.py": "import it_leaf\n",
}
PROGRAM = """
import sys, it_mid, it_mid, it_pkg
try:
    import it_missing
except ImportError:
    pass
print(sorted(k for k in sys._xoptions), sys.flags.ignore_environment)
"""


def run(directory, options, environment):
    env = dict(os.environ)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.update(environment)
    done = subprocess.run(
        [sys.executable, *options, "-c", PROGRAM],
        capture_output=True, text=True, cwd=directory, env=env)
    print(done.returncode, done.stdout.strip())
    lines = done.stderr.splitlines()
    if not lines:
        print("  (no report)")
        return
    print("  header:", lines[0])
    for line in lines[1:]:
        match = LINE.match(line)
        if match is None:
            print("  unexpected:", line)
            continue
        own, cumulative, indent, name = match.groups()
        if name.startswith("it_"):
            print("  ", len(indent) // 2, name, int(own) <= int(cumulative))


with tempfile.TemporaryDirectory() as directory:
    for path, text in MODULES.items():
        os.makedirs(os.path.dirname(os.path.join(directory, path)), exist_ok=True)
        with open(os.path.join(directory, path), "w") as file:
            file.write(text)
    run(directory, ["-X", "importtime"], {})
    run(directory, ["-X", "importtime=2"], {})
    run(directory, [], {"PYTHONPROFILEIMPORTTIME": "1"})
    run(directory, ["-E"], {"PYTHONPROFILEIMPORTTIME": "1"})
    run(directory, [], {})
