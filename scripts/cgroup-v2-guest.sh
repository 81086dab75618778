#!/bin/sh
# PID 1's second half in the cgroup v2 guest of scripts/test-cgroup-v2.sh (not for use elsewhere).
# The checkout is at /mnt/assay (read-only 9p), the corpora at /mnt/shared. Makes the checkout
# writable at /work/main (an overlay; the tests expect ../shared beside it), runs `assay selftest`
# and pytest with the image's /opt/venv, prints ASSAY-CGROUP-V2-RESULT rc=N on the console and
# powers off.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root LANG=C.UTF-8
SRC=/mnt/assay
PY=/opt/venv/bin/python

finish() {
  echo "ASSAY-CGROUP-V2-RESULT rc=$1"
  sync
  echo 1 >/proc/sys/kernel/sysrq
  echo o >/proc/sysrq-trigger
  sleep 30
}
step() { echo "guest [$(date +%T)]: $*"; }

echo 1 >/proc/sys/kernel/printk  # OOM kills would interleave with pytest's output
# cgroup v2 only: the unified hierarchy at the usual place (no v1 controller can be mounted).
mount -t cgroup2 -o nsdelegate,favordynmods cgroup2 /sys/fs/cgroup 2>/dev/null \
  || mount -t cgroup2 -o nsdelegate cgroup2 /sys/fs/cgroup || finish 3
step "kernel $(uname -r), $(nproc) CPUs, $(awk '/MemTotal/ {print $2 " kB"}' /proc/meminfo)"
step "$(grep cgroup /proc/mounts | tr '\n' ';')"
step "cgroup.controllers: $(cat /sys/fs/cgroup/cgroup.controllers)"
step "controllers on a v1 hierarchy: $(awk 'NR>1 && $2!=0 {print $1}' /proc/cgroups | tr '\n' ' ')(none expected)"

mkdir -p /work/main /work/shared /run/overlay/upper /run/overlay/work
mount --bind /mnt/shared /work/shared
mount -t overlay overlay -o lowerdir=$SRC,upperdir=/run/overlay/upper,workdir=/run/overlay/work \
  /work/main || finish 3
cd /work/main || finish 3
id assay-run >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin assay-run

step "assay selftest"
$PY -c 'from assay.cli import main; main()' selftest
step "selftest exit $?"

args=$(cat "$SRC/var/cgroup-v2/pytest-args" 2>/dev/null || echo "tests/sandbox tests/judge/test_golden.py")
step "pytest $args"
started=$(date +%s)
# shellcheck disable=SC2086
$PY -m pytest -p no:cacheprovider --color=no -q --tb=short --durations=15 $args
rc=$?
step "pytest exit $rc after $(($(date +%s) - started)) s"
step "left in /sys/fs/cgroup/assay: $(ls /sys/fs/cgroup/assay 2>/dev/null | tr '\n' ' ')"
finish $rc
