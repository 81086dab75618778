# Correct but replays every set made so far on each get: O(calls) per get.
class SnapshotArray:

    def __init__(self, length: int):
        self.log = []  # (snap id, index, value) in order
        self.snaps = 0

    def set(self, index: int, value: int) -> None:
        self.log.append((self.snaps, index, value))

    def snap(self) -> int:
        self.snaps += 1
        return self.snaps - 1

    def get(self, index: int, snapId: int) -> int:
        value = 0
        for snap, i, v in self.log:
            if snap > snapId:
                break
            if i == index:
                value = v
        return value
