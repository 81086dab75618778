# Correct but O(n * buckets): compares each word's sorted letters with every bucket found so far.
class Solution:
    def bucketAnagrams(self, words: List[str]) -> List[List[str]]:
        keys, buckets = [], []
        for word in words:
            key = sorted(word)
            for i in range(len(keys)):
                if keys[i] == key:
                    buckets[i].append(word)
                    break
            else:
                keys.append(key)
                buckets.append([word])
        return buckets
