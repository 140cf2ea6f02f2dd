"""A package for the importlib tests."""
greeting = "hello from imp_pkg"
