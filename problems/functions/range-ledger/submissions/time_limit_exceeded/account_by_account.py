# Correct but O(n) per call: updates and sums account by account.
class RangeLedger:

    def __init__(self, n: int):
        self.accounts = [0] * n

    def add(self, left: int, right: int, amount: int) -> None:
        for i in range(left, right + 1):
            self.accounts[i] += amount

    def total(self, left: int, right: int) -> int:
        return sum(self.accounts[left : right + 1])
