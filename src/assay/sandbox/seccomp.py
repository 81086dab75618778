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
    # The new mount API: each can build or graft a mount where `mount` is denied.
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "move_mount",
    "open_tree",
    "mount_setattr",
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
    # POSIX message queues live in the IPC namespace, where a resident box's agent cannot list
    # them (no mqueue mount) to remove them between runs.
    "mq_open",
)
# x86_64 numbers of calls newer than this libseccomp knows by name (open_tree_attr: Linux 6.15).
DENIED_SYSCALL_NUMBERS = (467,)
# clone's flags that make a namespace: a nested user namespace has every capability over the
# namespaces it owns (and so mounts, firewall rules, ...), whatever the box's own are.
CLONE_NAMESPACE_FLAGS = (
    0x00020000,  # CLONE_NEWNS
    0x02000000,  # CLONE_NEWCGROUP
    0x04000000,  # CLONE_NEWUTS
    0x08000000,  # CLONE_NEWIPC
    0x10000000,  # CLONE_NEWUSER
    0x20000000,  # CLONE_NEWPID
    0x40000000,  # CLONE_NEWNET
    0x00000080,  # CLONE_NEWTIME (clone3/unshare only: in clone it would be an invalid signal)
)


@functools.cache
def deny_list_bpf() -> bytes:
    """The compiled filter: all the above fail with EPERM; sockets only of the AF_UNIX family;
    clone without namespace flags; clone3 answers ENOSYS."""
    try:
        bpf_filter = pyseccomp.SyscallFilter(defaction=pyseccomp.ALLOW)
        eperm = pyseccomp.ERRNO(errno.EPERM)
        for name in DENIED_SYSCALLS:
            bpf_filter.add_rule(eperm, name)
        for number in DENIED_SYSCALL_NUMBERS:
            bpf_filter.add_rule(eperm, number)
        for flag in CLONE_NAMESPACE_FLAGS:  # clone(flags, ...): flags is argument 0 on x86_64
            bpf_filter.add_rule(eperm, "clone", pyseccomp.Arg(0, pyseccomp.MASKED_EQ, flag, flag))
        # clone3 passes its flags in a struct seccomp cannot read: as if the kernel lacked it,
        # so glibc (threads, posix_spawn) falls back to clone, whose flags are checked above.
        bpf_filter.add_rule(pyseccomp.ERRNO(errno.ENOSYS), "clone3")
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
