# Correct but O(capacity) per call: the entries are a list ordered by last use, searched linearly.
class RecentCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = []  # [key, value], least recently used first

    def _find(self, key: int) -> int:
        for i, entry in enumerate(self.entries):
            if entry[0] == key:
                return i
        return -1

    def get(self, key: int) -> int:
        i = self._find(key)
        if i < 0:
            return -1
        entry = self.entries.pop(i)
        self.entries.append(entry)
        return entry[1]

    def put(self, key: int, value: int) -> None:
        i = self._find(key)
        if i >= 0:
            self.entries.pop(i)
        elif len(self.entries) == self.capacity:
            self.entries.pop(0)
        self.entries.append([key, value])
