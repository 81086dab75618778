# Greedy: always takes as many of the largest coin as fit. Not optimal in general, and it can
# even miss that an amount is reachable at all.
class Solution:
    def fewestCoins(self, coins: List[int], amount: int) -> int:
        used = 0
        for c in sorted(coins, reverse=True):
            used += amount // c
            amount %= c
        return used if amount == 0 else -1
