import sys


def main() -> None:
    n = int(sys.stdin.readline())
    lo, hi = 1, n  # the secret is in [lo, hi]
    while lo < hi:
        mid = (lo + hi) // 2
        print(f"? {mid}", flush=True)
        reply = sys.stdin.readline().strip()
        if reply == "equal":
            lo = hi = mid
        elif reply == "less":
            hi = mid - 1
        else:
            lo = mid + 1
    print(f"! {lo}", flush=True)


main()
