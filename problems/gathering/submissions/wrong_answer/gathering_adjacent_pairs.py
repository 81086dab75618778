# WRONG: only looks at pairs of friends who are neighbours along the road. The binding pair can be
# far apart, e.g. two slow friends at the ends with a very fast one in between.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
people = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
best = 0.0
for (x1, v1), (x2, v2) in zip(people, people[1:]):
    best = max(best, (x2 - x1) / (v1 + v2))
print(f"{best:.9f}")
