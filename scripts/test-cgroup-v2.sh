#!/usr/bin/env bash
# Runs the sandbox, golden-matrix and containment tests on a pure cgroup v2 machine (`make test-cgroup-v2`).
#
# Boots Debian 12's own kernel under QEMU with `cgroup_no_v1=all` on a Debian 12 root file system built
# once with debootstrap (cached in var/cgroup-v2/), shares this checkout (and ../shared, the corpora)
# read-only over 9p, and runs scripts/cgroup-v2-guest.sh there as PID 1. The guest runs pytest and
# prints `ASSAY-CGROUP-V2-RESULT rc=N` on the serial console; this script exits with N.
#
# Environment: ASSAY_V2_PYTEST_ARGS (default: tests/sandbox tests/judge/test_golden.py),
# ASSAY_V2_MEMORY (default 4G), ASSAY_V2_CPUS (default 2), ASSAY_V2_TIMEOUT_S (default 5400),
# ASSAY_V2_ACCEL (kvm or tcg; default: kvm where it can boot a stock kernel),
# ASSAY_DEBIAN_MIRROR (default http://deb.debian.org/debian), ASSAY_V2_REBUILD=1 to rebuild the image.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIR=$ROOT/var/cgroup-v2
ROOTFS=$DIR/rootfs
IMAGE=$DIR/rootfs.img
KERNEL=$DIR/vmlinuz
INITRD=$DIR/initrd.img
WHEELS=$DIR/wheels
LOG=$DIR/console.log
MIRROR=${ASSAY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm
# The kernel, the sandbox's tools and every toolchain of the golden matrix (from Debian, under /usr).
PACKAGES=linux-image-amd64,kmod,udev,util-linux,procps,python3,python3-venv,bubblewrap,gcc,g++,libc6-dev,\
openjdk-17-jdk-headless,nodejs,golang-go,rustc,libseccomp2
IMAGE_VERSION="1 $SUITE $PACKAGES"  # change it (or the package list) and the root file system is rebuilt
LOCK=${ASSAY_LOCK:-requirements/dev.txt}
LOCK_SHA=$(sha256sum "$LOCK" | cut -d' ' -f1)

[ "$(id -u)" = 0 ] || { echo "test-cgroup-v2: run as root (debootstrap, chroot, mkfs)" >&2; exit 2; }

need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v mkfs.ext4 >/dev/null || need+=(e2fsprogs)
if [ ${#need[@]} -gt 0 ]; then
  echo "test-cgroup-v2: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${need[@]}" >/dev/null
fi
mkdir -p "$DIR"

write_init() {
  # PID 1 of the guest: mounts the basics and the shared checkout, then hands over to the
  # checkout's guest script (so changing that script needs no new image).
  cat >"$ROOTFS/sbin/assay-init" <<'INIT'
#!/bin/sh
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc
mountpoint -q /sys || mount -t sysfs sysfs /sys
mountpoint -q /dev || mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /dev/shm && mount -t devpts devpts /dev/pts && mount -t tmpfs tmpfs /dev/shm
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
modprobe 9pnet_virtio 2>/dev/null; modprobe 9p 2>/dev/null; modprobe overlay 2>/dev/null
mkdir -p /mnt/assay /mnt/shared
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=524288 assay /mnt/assay
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=524288 shared /mnt/shared 2>/dev/null
exec /bin/sh /mnt/assay/scripts/cgroup-v2-guest.sh
INIT
  chmod 755 "$ROOTFS/sbin/assay-init"
}

build_rootfs() {
  echo "test-cgroup-v2: building the Debian $SUITE root file system (once; a few minutes)"
  rm -rf "$ROOTFS" "$DIR/rootfs.version" "$DIR/venv.version"
  local started=$SECONDS
  debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$ROOTFS" "$MIRROR" \
    >"$DIR/debootstrap.log" 2>&1 \
    || { tail -30 "$DIR/debootstrap.log" >&2; echo "test-cgroup-v2: debootstrap failed" >&2; exit 2; }
  chroot "$ROOTFS" useradd --system --no-create-home --shell /usr/sbin/nologin assay-run
  echo assay-v2 >"$ROOTFS/etc/hostname"
  printf '/dev/vda / ext4 rw 0 1\n' >"$ROOTFS/etc/fstab"
  chroot "$ROOTFS" apt-get clean
  echo "$IMAGE_VERSION" >"$DIR/rootfs.version"
  echo "test-cgroup-v2: root file system built in $((SECONDS - started)) s"
}

# The locked Python packages, fetched here (the guest has no network) and installed into the root
# file system's /opt/venv natively (under an emulated CPU that alone takes many minutes). The
# checkout's src/ is on the venv's path through a .pth file: the guest mounts the checkout there.
install_venv() {
  echo "test-cgroup-v2: installing the locked packages into the image's /opt/venv"
  rm -rf "$WHEELS" "$ROOTFS/opt/venv" "$ROOTFS/tmp/wheels" && mkdir -p "$WHEELS"
  .venv/bin/python -m pip download -q --no-deps --require-hashes --only-binary=:all: \
    --python-version 3.11 --platform manylinux2014_x86_64 --platform manylinux_2_17_x86_64 \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_34_x86_64 --platform linux_x86_64 \
    --platform any -d "$WHEELS" -r "$LOCK" 2> >(grep -v "^WARNING: Location" >&2)
  cp -r "$WHEELS" "$ROOTFS/tmp/wheels" && cp "$LOCK" "$ROOTFS/tmp/wheels/lock.txt"
  chroot "$ROOTFS" python3 -m venv /opt/venv
  env -u PIP_FIND_LINKS chroot "$ROOTFS" /opt/venv/bin/python -m pip install -q --no-index --find-links /tmp/wheels \
    --require-hashes --no-deps -r /tmp/wheels/lock.txt
  # The lock is compiled on Python 3.11.7; Debian 12's is 3.11.2, for which redis needs
  # async-timeout (python_full_version < '3.11.3'), absent from the lock.
  if ! chroot "$ROOTFS" /opt/venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11, 3))'; then
    .venv/bin/python -m pip download -q --no-deps --only-binary=:all: -d "$ROOTFS/tmp/wheels" \
      'async-timeout>=4.0.3' 2> >(grep -v "^WARNING: Location" >&2)
    env -u PIP_FIND_LINKS chroot "$ROOTFS" /opt/venv/bin/python -m pip install -q --no-index --no-deps \
      --find-links /tmp/wheels async-timeout
  fi
  echo /work/main/src >"$(echo "$ROOTFS"/opt/venv/lib/python3*/site-packages)/assay-checkout.pth"
  rm -rf "$ROOTFS/tmp/wheels" "$DIR/image.version"
  echo "$LOCK_SHA" >"$DIR/venv.version"
}

if [ "${ASSAY_V2_REBUILD:-0}" = 1 ] || [ "$(cat "$DIR/rootfs.version" 2>/dev/null)" != "$IMAGE_VERSION" ]; then
  build_rootfs
fi
if [ "$(cat "$DIR/venv.version" 2>/dev/null)" != "$LOCK_SHA" ]; then
  install_venv
fi
if [ ! -f "$IMAGE" ] || [ "$(cat "$DIR/image.version" 2>/dev/null)" != "$IMAGE_VERSION $LOCK_SHA" ]; then
  echo "test-cgroup-v2: writing the disk image"
  write_init
  rm -f "$IMAGE"
  cp -L "$ROOTFS/vmlinuz" "$KERNEL"
  cp -L "$ROOTFS/initrd.img" "$INITRD"
  mkfs.ext4 -q -F -L assay-v2 -d "$ROOTFS" "$IMAGE" "$(($(du -sm "$ROOTFS" | cut -f1) + 2048))M"
  echo "$IMAGE_VERSION $LOCK_SHA" >"$DIR/image.version"
fi

# KVM where it can run a stock kernel. A host that is itself a PVM guest (kvm_pvm: nested
# virtualisation without VMX/SVM, as on some cloud sandboxes) only boots PVM-enabled kernels under
# KVM; Debian's hangs right after "Probing EDD". There QEMU emulates the CPU (TCG): the same kernel
# and cgroup code, many times slower. ASSAY_V2_ACCEL=kvm|tcg overrides.
ACCEL=${ASSAY_V2_ACCEL:-}
if [ -z "$ACCEL" ]; then
  if [ -w /dev/kvm ] && [ ! -d /sys/module/kvm_pvm ]; then ACCEL=kvm; else ACCEL=tcg; fi
fi
if [ "$ACCEL" = kvm ]; then
  ACCEL_ARGS=(-enable-kvm -cpu host)
else
  ACCEL_ARGS=(-accel tcg,thread=multi -cpu max)
  echo "test-cgroup-v2: no KVM that boots a stock kernel here: emulating the CPU (TCG, slow)"
fi

SHARED=$(cd "$ROOT/.." && pwd)/shared
[ -d "$SHARED" ] || SHARED=$DIR/empty-shared
mkdir -p "$SHARED"
# What the guest runs: read by the guest script from the shared checkout.
echo "${ASSAY_V2_PYTEST_ARGS:-tests/sandbox tests/judge/test_golden.py}" >"$DIR/pytest-args"
echo "test-cgroup-v2: booting Debian $SUITE's kernel with cgroup_no_v1=all ($ACCEL; console: $LOG)"
started=$SECONDS
set +e
# -snapshot: the image stays as built; the guest's writes vanish with it.
timeout "${ASSAY_V2_TIMEOUT_S:-5400}" qemu-system-x86_64 \
  "${ACCEL_ARGS[@]}" -m "${ASSAY_V2_MEMORY:-4G}" -smp "${ASSAY_V2_CPUS:-2}" \
  -nodefaults -display none -no-reboot -serial stdio -snapshot \
  -kernel "$KERNEL" -initrd "$INITRD" \
  -drive "file=$IMAGE,format=raw,if=virtio" \
  -virtfs "local,path=$ROOT,mount_tag=assay,security_model=none,readonly=on" \
  -virtfs "local,path=$SHARED,mount_tag=shared,security_model=none,readonly=on" \
  -append "root=/dev/vda rw init=/sbin/assay-init cgroup_no_v1=all systemd.unified_cgroup_hierarchy=1 \
console=ttyS0 quiet panic=-1" \
  </dev/null 2>&1 | tee "$LOG"
set -e
elapsed=$((SECONDS - started))
rc=$(sed -n 's/.*ASSAY-CGROUP-V2-RESULT rc=\([0-9]*\).*/\1/p' "$LOG" | tail -1)
if [ -z "$rc" ]; then
  echo "test-cgroup-v2: the guest ended without a result after ${elapsed} s (see $LOG)" >&2
  exit 2
fi
echo "test-cgroup-v2: pytest exited with $rc in the cgroup v2 guest (${elapsed} s with boot)"
exit "$rc"
