class RangeLedger:

    def __init__(self, n: int):
        self.size = n + 1
        self.slope = [0] * (n + 2)  # Fenwick trees, 1-based
        self.offset = [0] * (n + 2)

    def _bump(self, tree: List[int], i: int, d: int) -> None:
        i += 1
        while i <= self.size:
            tree[i] += d
            i += i & -i

    def _prefix(self, tree: List[int], i: int) -> int:
        s = 0
        while i > 0:
            s += tree[i]
            i -= i & -i
        return s

    def _sum_before(self, x: int) -> int:  # accounts 0..x-1
        return x * self._prefix(self.slope, x) - self._prefix(self.offset, x)

    def add(self, left: int, right: int, amount: int) -> None:
        self._bump(self.slope, left, amount)
        self._bump(self.slope, right + 1, -amount)
        self._bump(self.offset, left, amount * left)
        self._bump(self.offset, right + 1, -amount * (right + 1))

    def total(self, left: int, right: int) -> int:
        return self._sum_before(right + 1) - self._sum_before(left)
