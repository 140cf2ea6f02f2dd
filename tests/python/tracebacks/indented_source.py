if True:
    if True:
        [].pop()
