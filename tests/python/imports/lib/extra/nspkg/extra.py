where = "lib2"
