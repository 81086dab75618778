# Keeps 1 MiB blocks alive, forever: OOM kill or MemoryError (PyPy's GC never frees them).
blocks = []
while True:
    blocks.append(bytearray(b"x" * (1 << 20)))
