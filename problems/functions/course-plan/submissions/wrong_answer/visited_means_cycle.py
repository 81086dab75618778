# DFS that reports a cycle whenever it reaches any visited course, even one that is already
# finished: a course reached along two different paths is mistaken for a cycle.
class Solution:
    def canFinish(self, courses: int, prerequisites: List[List[int]]) -> bool:
        unlocks = [[] for _ in range(courses)]
        for course, before in prerequisites:
            unlocks[before].append(course)
        visited = [False] * courses
        for s in range(courses):
            if visited[s]:
                continue
            visited[s] = True
            stack = [s]
            while stack:
                c = stack.pop()
                for nxt in unlocks[c]:
                    if visited[nxt]:
                        return False
                    visited[nxt] = True
                    stack.append(nxt)
        return True
