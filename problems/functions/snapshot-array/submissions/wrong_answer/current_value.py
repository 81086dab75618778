# Ignores the snapshot id: returns the current value.
class SnapshotArray:

    def __init__(self, length: int):
        self.values = [0] * length
        self.snaps = 0

    def set(self, index: int, value: int) -> None:
        self.values[index] = value

    def snap(self) -> int:
        self.snaps += 1
        return self.snaps - 1

    def get(self, index: int, snapId: int) -> int:
        return self.values[index]
