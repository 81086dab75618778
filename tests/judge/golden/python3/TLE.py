# An endless busy loop: killed at the CPU time limit.
counter = 0
while True:
    counter += 1
