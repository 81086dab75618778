import sys

OPEN = b"([{"
MATCH = {ord(")"): ord("("), ord("]"): ord("["), ord("}"): ord("{")}


def depth(s):
    stack = []
    push, pop = stack.append, stack.pop
    best = 0
    for c in s:
        if c in MATCH:
            if not stack or pop() != MATCH[c]:
                return -1
        else:
            push(c)
            if len(stack) > best:
                best = len(stack)
    return -1 if stack else best


if __name__ == "__main__":
    print(depth(sys.stdin.buffer.readline().strip()))
