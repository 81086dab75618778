# Correct but exponential: tries every coin at every step without remembering solved amounts.
class Solution:
    def fewestCoins(self, coins: List[int], amount: int) -> int:
        def go(a: int) -> float:
            if a == 0:
                return 0
            best = float("inf")
            for c in coins:
                if c <= a:
                    best = min(best, go(a - c) + 1)
            return best

        result = go(amount)
        return -1 if result == float("inf") else result
