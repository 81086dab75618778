"""The seccomp deny-list, compiled once to BPF and handed to bubblewrap as `--seccomp FD`."""

from __future__ import annotations

import errno
import functools
import socket
import tempfile

import pyseccomp

from assay.sandbox.types import SandboxUnavailable

# Calls a judged program never needs and that widen the attack surface. Denied with EPERM so a
# runtime probing for them falls back gracefully instead of dying.
DENIED_SYSCALLS = (
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "unshare",
    "setns",
    "bpf",
    "perf_event_open",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "keyctl",
    "add_key",
    "request_key",
    "kexec_load",
    "kexec_file_load",
    "reboot",
    "swapon",
    "swapoff",
    "init_module",
    "finit_module",
    "delete_module",
    "acct",
    "settimeofday",
    "clock_settime",
    "clock_adjtime",
    "adjtimex",
    "userfaultfd",
    "open_by_handle_at",
    "name_to_handle_at",
    "syslog",
    "vhangup",
    "quotactl",
    "lookup_dcookie",
    "fanotify_init",
    "mbind",
    "move_pages",
    "migrate_pages",
    "set_mempolicy",
    "iopl",
    "ioperm",
    "pkey_alloc",
)


@functools.cache
def deny_list_bpf() -> bytes:
    """The compiled filter: all the above fail with EPERM; sockets only of the AF_UNIX family."""
    try:
        bpf_filter = pyseccomp.SyscallFilter(defaction=pyseccomp.ALLOW)
        eperm = pyseccomp.ERRNO(errno.EPERM)
        for name in DENIED_SYSCALLS:
            bpf_filter.add_rule(eperm, name)
        not_unix = pyseccomp.Arg(0, pyseccomp.NE, socket.AF_UNIX)
        bpf_filter.add_rule(eperm, "socket", not_unix)
        bpf_filter.add_rule(eperm, "socketpair", not_unix)
        with tempfile.TemporaryFile() as out:
            bpf_filter.export_bpf(out)
            out.seek(0)
            return out.read()
    except (OSError, RuntimeError, ValueError) as error:
        raise SandboxUnavailable(
            f"cannot build the seccomp filter (is libseccomp2 installed?): {error}"
        ) from error
