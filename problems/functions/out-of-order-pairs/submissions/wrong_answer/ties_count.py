# Takes from the right half on ties: equal values are counted as out of order.
class Solution:
    def countInversions(self, nums: List[int]) -> int:
        def sort(items: List[int]) -> Tuple[List[int], int]:
            if len(items) <= 1:
                return items, 0
            mid = len(items) // 2
            left, a = sort(items[:mid])
            right, b = sort(items[mid:])
            merged, count, i = [], a + b, 0
            for r in right:
                while i < len(left) and left[i] < r:
                    merged.append(left[i])
                    i += 1
                count += len(left) - i
                merged.append(r)
            merged.extend(left[i:])
            return merged, count

        return sort(nums)[1]
