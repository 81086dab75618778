# Correct but O(V * E) on long chains: each round takes every course whose prerequisites are all
# done, and re-scans all prerequisites to find them.
class Solution:
    def canFinish(self, courses: int, prerequisites: List[List[int]]) -> bool:
        done = [False] * courses
        remaining = courses
        while remaining:
            blocked = [False] * courses
            for course, before in prerequisites:
                if not done[before]:
                    blocked[course] = True
            progress = False
            for c in range(courses):
                if not done[c] and not blocked[c]:
                    done[c] = True
                    remaining -= 1
                    progress = True
            if not progress:
                return False
        return True
