# Reports a common value once per occurrence in first.
class Solution:
    def commonValues(self, first: List[int], second: List[int]) -> List[int]:
        lookup = set(second)
        return [x for x in first if x in lookup]
