#!/usr/bin/env bash
# Starts PostgreSQL and Redis on loopback when they are down (the test suite needs both).
set -uo pipefail
if ! pg_isready -q -h 127.0.0.1 2>/dev/null; then
  if ! command -v pg_ctlcluster >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
fi
if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  if ! command -v redis-server >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  fi
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 30); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.2; done
fi
exit 0
