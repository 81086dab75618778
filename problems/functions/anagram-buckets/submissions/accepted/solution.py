class Solution:
    def bucketAnagrams(self, words: List[str]) -> List[List[str]]:
        buckets = defaultdict(list)
        for word in words:
            buckets["".join(sorted(word))].append(word)
        return list(buckets.values())
