# An uncaught exception: the interpreter exits with status 1.
raise RuntimeError("golden RE")
