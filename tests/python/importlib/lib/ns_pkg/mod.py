where = 'ns_pkg.mod'
