# sys.orig_argv is the command line as given (options included), sys.argv
# what the program sees.
import subprocess
import sys

code = "import sys; print(sys.argv); print(sys.orig_argv[1:])"
for options in (["-I", "-X", "utf8"], ["-E", "-S"], []):
    args = [sys.executable, *options, "-c", code, "arg", "-x"]
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    print(result.stdout, end="")
