# stringprep (IDNA's tables) over unicodedata.ucd_3_2_0.
import stringprep
from unicodedata import ucd_3_2_0
checks = [f for f in dir(stringprep) if f.startswith('in_table')]
counts = {f: sum(1 for cp in range(0, 0x30000, 7) if getattr(stringprep, f)(chr(cp))) for f in checks}
print(counts)
print([stringprep.map_table_b2(c) for c in 'AÄ\u1e9e\u0130\u2160ǅ'], stringprep.map_table_b3('ß'))
print(ucd_3_2_0.normalize('NFKC', 'B\u00fccher \u2160 \ufb01'))
