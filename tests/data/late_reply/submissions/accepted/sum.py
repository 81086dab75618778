mode, a, b = input().split()
print(int(a) + int(b), flush=True)
if mode == "flood":
    # Far more than a pipe holds: the validator must read it all before it can reply.
    print(("x" * 1023 + "\n") * 1024, flush=True)
