e = TypeError('with note')
e.add_note('a note')
e.add_note('second\nline')
raise e
