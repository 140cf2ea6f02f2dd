print("running pkg.deep")
