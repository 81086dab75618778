# Adds the amount at the left end only, as if every add were a point update.
class RangeLedger:

    def __init__(self, n: int):
        self.tree = [0] * (n + 1)

    def add(self, left: int, right: int, amount: int) -> None:
        i = left + 1
        while i < len(self.tree):
            self.tree[i] += amount
            i += i & -i

    def _prefix(self, i: int) -> int:
        s = 0
        while i > 0:
            s += self.tree[i]
            i -= i & -i
        return s

    def total(self, left: int, right: int) -> int:
        return self._prefix(right + 1) - self._prefix(left)
