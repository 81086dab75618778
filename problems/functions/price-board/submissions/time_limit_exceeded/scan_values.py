# Correct but scans every recorded price on each maximum and minimum.
class PriceBoard:

    def __init__(self):
        self.price = {}
        self.latest = 0

    def update(self, timestamp: int, price: int) -> None:
        self.price[timestamp] = price
        self.latest = max(self.latest, timestamp)

    def current(self) -> int:
        return self.price[self.latest]

    def maximum(self) -> int:
        return max(self.price.values())

    def minimum(self) -> int:
        return min(self.price.values())
