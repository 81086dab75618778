import sys

sys.setrecursionlimit(10 ** 6)
CLOSE = {"(": ")", "[": "]", "{": "}"}


class Unbalanced(Exception):
    pass


class Parser(object):
    """Recursive descent over the grammar: S -> (S)S | [S]S | {S}S | empty."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def sequence(self):
        best = 0
        text = self.text
        while self.pos < len(text) and text[self.pos] in CLOSE:
            want = CLOSE[text[self.pos]]
            self.pos += 1
            inner = self.sequence()
            if self.pos >= len(text) or text[self.pos] != want:
                raise Unbalanced()
            self.pos += 1
            best = max(best, inner + 1)
        return best


def depth(text):
    parser = Parser(text)
    try:
        result = parser.sequence()
    except Unbalanced:
        return -1
    return result if parser.pos == len(text) else -1


print(depth(sys.stdin.readline().strip()))
