class PriceBoard:

    def __init__(self):
        self.price = {}
        self.latest = 0
        self.highs = []  # (-price, timestamp)
        self.lows = []  # (price, timestamp)

    def update(self, timestamp: int, price: int) -> None:
        self.price[timestamp] = price
        self.latest = max(self.latest, timestamp)
        heappush(self.highs, (-price, timestamp))
        heappush(self.lows, (price, timestamp))

    def current(self) -> int:
        return self.price[self.latest]

    def maximum(self) -> int:
        while -self.highs[0][0] != self.price[self.highs[0][1]]:
            heappop(self.highs)  # corrected since it was pushed
        return -self.highs[0][0]

    def minimum(self) -> int:
        while self.lows[0][0] != self.price[self.lows[0][1]]:
            heappop(self.lows)
        return self.lows[0][0]
