# Bug: a value equal to the current minimum is not recorded again, so popping one copy of the
# minimum forgets it while another copy is still in the stack.
class TrackingStack:

    def __init__(self):
        self.items = []
        self.minima = []

    def push(self, val: int) -> None:
        self.items.append(val)
        if not self.minima or val < self.minima[-1]:
            self.minima.append(val)

    def pop(self) -> None:
        if self.items.pop() == self.minima[-1]:
            self.minima.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.minima[-1]
