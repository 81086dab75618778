import sys

OPENER = {ord(")"): ord("("), ord("]"): ord("["), ord("}"): ord("{")}


def depth(s: bytes) -> int:
    stack: list[int] = []
    push, pop = stack.append, stack.pop
    best = 0
    for c in s:
        opener = OPENER.get(c)
        if opener is None:
            push(c)
            if len(stack) > best:
                best = len(stack)
        elif not stack or pop() != opener:
            return -1
    return -1 if stack else best


print(depth(sys.stdin.buffer.readline().strip()))
