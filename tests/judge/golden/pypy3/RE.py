# An uncaught exception: PyPy exits with status 1.
raise RuntimeError("golden RE")
