# An endless busy loop: the JIT makes it fast, but it never ends; killed at the CPU time limit.
counter = 0
while True:
    counter += 1
