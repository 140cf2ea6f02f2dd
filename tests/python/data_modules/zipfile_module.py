# zipfile on top of zlib and binascii: a deflated archive written and read
# back in memory, with CRCs and sizes (zipfile imports importlib.util).
import io
import zipfile
import zlib

data = b"".join(b"%d squared is %d\n" % (i, i * i) for i in range(500))
archive = io.BytesIO()
with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("numbers.txt", date_time=(2020, 1, 2, 3, 4, 6))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data)
    z.writestr(zipfile.ZipInfo("empty.txt", date_time=(2020, 1, 1, 0, 0, 0)), b"")
print(len(archive.getvalue()), zlib.crc32(archive.getvalue()))
with zipfile.ZipFile(archive) as z:
    for item in z.infolist():
        print(item.filename, item.file_size, item.compress_size, item.CRC)
    print(z.read("numbers.txt") == data, z.testzip())
