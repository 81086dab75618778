class Solution:
    def canFinish(self, courses: int, prerequisites: List[List[int]]) -> bool:
        unlocks: List[List[int]] = [[] for _ in range(courses)]
        waiting = [0] * courses
        for course, before in prerequisites:
            unlocks[before].append(course)
            waiting[course] += 1
        ready = deque(c for c in range(courses) if waiting[c] == 0)
        taken = 0
        while ready:
            c = ready.popleft()
            taken += 1
            for nxt in unlocks[c]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return taken == courses
