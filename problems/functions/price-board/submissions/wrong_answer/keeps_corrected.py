# Never forgets a corrected price: the extremes can come from prices that were replaced.
class PriceBoard:

    def __init__(self):
        self.price = {}
        self.latest = 0
        self.high = 0
        self.low = float("inf")

    def update(self, timestamp: int, price: int) -> None:
        self.price[timestamp] = price
        self.latest = max(self.latest, timestamp)
        self.high = max(self.high, price)
        self.low = min(self.low, price)

    def current(self) -> int:
        return self.price[self.latest]

    def maximum(self) -> int:
        return self.high

    def minimum(self) -> int:
        return self.low
