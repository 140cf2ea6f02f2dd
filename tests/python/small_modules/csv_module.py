# csv.py on top of _csv: DictReader/DictWriter, dialect classes, Sniffer. Needs `re`.
import csv
import io

out = io.StringIO()
w = csv.writer(out, dialect="excel")
w.writerow(["name", "note", 1, 2.5, None])
w.writerow(["a,b", 'say "hi"', "line\nbreak", "", True])
print(repr(out.getvalue()))
rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
print(rows)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"], extrasaction="ignore", restval="?")
dw.writeheader()
dw.writerow({"x": 1, "y": 2, "z": 3})
dw.writerow({"x": "only x"})
print(repr(out.getvalue()))
for row in csv.DictReader(io.StringIO(out.getvalue())):
    print(dict(row))
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError", e)

print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel-tab")
print(repr(d.delimiter), d.quoting, repr(d.lineterminator))
out = io.StringIO()
csv.writer(out, dialect="unix").writerows([[1, "two"], ["thr,ee", 4]])
print(repr(out.getvalue()))


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    quoting = csv.QUOTE_NONNUMERIC
    lineterminator = "\n"


csv.register_dialect("semi", Semi)
out = io.StringIO()
csv.writer(out, "semi").writerow(["a", 1, 2.5, "b;c"])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()), "semi")))


class Broken(csv.Dialect):
    delimiter = ""


try:
    Broken()
except csv.Error as e:
    print("Error", e)
sniffed = csv.Sniffer().sniff("a;b;c\n1;2;3\n4;5;6\n")
print(repr(sniffed.delimiter), csv.Sniffer().has_header("name,age\nbob,3\namy,5\n"))
try:
    list(csv.reader(["a,\"b"], strict=True))
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit(), csv.QUOTE_ALL, csv.__all__[:4])
