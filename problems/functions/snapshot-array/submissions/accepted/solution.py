class SnapshotArray:

    def __init__(self, length: int):
        self.history = [[(-1, 0)] for _ in range(length)]  # (snap id, value) per index
        self.snaps = 0

    def set(self, index: int, value: int) -> None:
        changes = self.history[index]
        if changes[-1][0] == self.snaps:
            changes[-1] = (self.snaps, value)
        else:
            changes.append((self.snaps, value))

    def snap(self) -> int:
        self.snaps += 1
        return self.snaps - 1

    def get(self, index: int, snapId: int) -> int:
        changes = self.history[index]
        at = bisect_right(changes, (snapId, float("inf"))) - 1
        return changes[at][1]
