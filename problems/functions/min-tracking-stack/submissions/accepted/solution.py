class TrackingStack:

    def __init__(self):
        self.items = []  # (value, minimum of the stack up to and including it)

    def push(self, val: int) -> None:
        low = val if not self.items else min(val, self.items[-1][1])
        self.items.append((val, low))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def getMin(self) -> int:
        return self.items[-1][1]
