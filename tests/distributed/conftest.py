"""Fixtures of the distributed tests (defined in dist_support)."""

from dist_support import judging, own_redis, prefix, shared_redis_cleanup

__all__ = ["judging", "own_redis", "prefix", "shared_redis_cleanup"]
