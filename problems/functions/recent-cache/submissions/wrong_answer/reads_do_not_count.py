# Bug: only put() counts as a use; get() does not refresh the entry, so the cache evicts in
# insertion order rather than in order of last use.
class RecentCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = collections.OrderedDict()

    def get(self, key: int) -> int:
        return self.entries.get(key, -1)

    def put(self, key: int, value: int) -> None:
        self.entries[key] = value
        self.entries.move_to_end(key)
        if len(self.entries) > self.capacity:
            self.entries.popitem(last=False)
