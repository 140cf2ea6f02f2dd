# hashlib.file_digest over io objects (BytesIO's buffer, a binary file's
# readinto) with the builtin hash modules.
import hashlib
import io
import os
import tempfile

print(hashlib.file_digest(io.BytesIO(b"abc" * 1000), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), hashlib.md5).hexdigest())
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        f.write(bytes(range(256)) * 2000)
    with open(path, "rb") as f:
        print(hashlib.file_digest(f, "sha1").hexdigest())
    with open(path, "rb") as f:
        print(hashlib.file_digest(f, lambda: hashlib.blake2b(digest_size=16), _bufsize=1000).hexdigest())
    try:
        with open(path, "r") as f:
            hashlib.file_digest(f, "md5")
    except ValueError as e:
        print("ValueError", str(e).split(" ")[-5:])
