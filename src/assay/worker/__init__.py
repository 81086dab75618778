"""The worker runtime: take a job, judge it, publish its events, record its result (the
worker loop, the real judge behind it, its database store, package fetching and logs)."""
