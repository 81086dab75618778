import sys
from math import gcd


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = list(map(int, data[1 : 1 + 2 * n : 2]))
    vs = list(map(int, data[2 : 2 + 2 * n : 2]))
    # Everybody can meet by time T iff the reachable intervals [x - vT, x + vT] share a point,
    # iff max(x - vT) <= min(x + vT). So the answer is the largest ratio
    # (x_i - x_j) / (v_i + v_j) over all pairs. Find it with Dinkelbach's iteration in exact
    # integer arithmetic: for the current T = p / q take the pair that violates the condition
    # most; its ratio is a strictly larger T, until nothing is violated.
    p, q = 0, 1
    while True:
        left = [x * q - v * p for x, v in zip(xs, vs)]  # q * (x - vT)
        right = [x * q + v * p for x, v in zip(xs, vs)]  # q * (x + vT)
        hi, lo = max(left), min(right)
        if hi <= lo:
            break
        i, j = left.index(hi), right.index(lo)
        p, q = xs[i] - xs[j], vs[i] + vs[j]
        g = gcd(p, q)
        p, q = p // g, q // g
    print(f"{p / q:.9f}")


main()
