# Bug: keys the buckets by the set of letters, ignoring how many times each letter occurs
# ("aab" and "ab" end up together).
class Solution:
    def bucketAnagrams(self, words: List[str]) -> List[List[str]]:
        buckets = defaultdict(list)
        for word in words:
            buckets[frozenset(word)].append(word)
        return list(buckets.values())
