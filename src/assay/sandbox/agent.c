/*
 * assay-agent: PID 1 of a resident box, which runs the tests of one submission one after
 * another in a box bubblewrap set up once (docs/judge-engine.md, "Resident boxes").
 *
 * usage: assay-agent CONTROL_FD -- PROGRAM [ARGS...]
 *
 * CONTROL_FD is a SOCK_SEQPACKET socket to the judge. Each request is one byte with three
 * descriptors attached (SCM_RIGHTS): the run's stdin, stdout and stderr. The agent forks; the
 * child takes them as 0, 1 and 2 and execs PROGRAM. When that process ends, every other process
 * of the box is killed and reaped (kill(-1) from a namespace's PID 1 reaches all of them, and
 * PID 1 itself cannot be signalled from inside), /tmp, /work and /dev/shm are emptied and
 * System V IPC objects removed, and one reply goes back:
 *
 *     "exit N clean" | "signal N clean"    ("dirty" instead of "clean": a leftover could not
 *                                           be removed, so the judge must not reuse the box)
 *     "error WHAT"                         (the agent could not start the run)
 *
 * End of file on CONTROL_FD ends the agent. It runs with the box's seccomp filter, rlimits and
 * uid, like the program; it is not dumpable, so the program cannot reach it through /proc.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/prctl.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *const WIPED[] = {"/tmp", "/work", "/dev/shm"};

static void reply(int control, const char *text) {
    while (send(control, text, strlen(text), MSG_NOSIGNAL) < 0 && errno == EINTR) {
    }
}

/* One request: returns 1 with three descriptors, 0 at end of file, -1 on a malformed one. */
static int receive(int control, int fds[3]) {
    char byte;
    char space[CMSG_SPACE(3 * sizeof(int))];
    struct iovec iov = {&byte, 1};
    struct msghdr message = {0};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = space;
    message.msg_controllen = sizeof space;
    ssize_t got;
    do {
        got = recvmsg(control, &message, MSG_CMSG_CLOEXEC);
    } while (got < 0 && errno == EINTR);
    if (got <= 0) return got == 0 ? 0 : -1;
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    if (header == NULL || header->cmsg_type != SCM_RIGHTS ||
        header->cmsg_len != CMSG_LEN(3 * sizeof(int)))
        return -1;
    memcpy(fds, CMSG_DATA(header), 3 * sizeof(int));
    return 1;
}

static void run_child(const int fds[3], char **argv) {
    for (int target = 0; target < 3; target++) {
        if (dup2(fds[target], target) < 0) _exit(127);
    }
    execvp(argv[0], argv);
    dprintf(2, "assay-agent: execvp %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

/* Wait for `pid`, reaping whatever else ends first; its wait status. */
static int wait_for(pid_t pid) {
    for (;;) {
        int status;
        pid_t ended = wait(&status);
        if (ended == pid) return status;
        if (ended < 0 && errno != EINTR) return -1;
    }
}

static void kill_the_rest(void) {
    kill(-1, SIGKILL);
    while (wait(NULL) > 0 || errno == EINTR) {
    }
}

/* Remove what is inside directory `dir` (an open descriptor); 0 when all of it went. */
static int empty_directory(int dir) {
    DIR *listing = fdopendir(dir);
    if (listing == NULL) {
        close(dir);
        return -1;
    }
    int failed = 0;
    struct dirent *entry;
    while ((entry = readdir(listing)) != NULL) {
        const char *name = entry->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
        if (unlinkat(dir, name, 0) == 0) continue;
        /* A directory (perhaps one its owner made unreadable): open it up, empty it, remove it. */
        fchmodat(dir, name, 0700, 0);
        int child = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (child < 0 || empty_directory(child) != 0 || unlinkat(dir, name, AT_REMOVEDIR) != 0)
            failed = 1;
    }
    closedir(listing);
    return failed ? -1 : 0;
}

static int wipe(const char *path) {
    int dir = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dir < 0) return errno == ENOENT ? 0 : -1;
    return empty_directory(dir);
}

/* Remove every System V IPC object listed in /proc/sysvipc/KIND (the id is the 2nd column). */
static int remove_ipc(const char *kind, int (*remove)(int)) {
    char path[64];
    snprintf(path, sizeof path, "/proc/sysvipc/%s", kind);
    FILE *list = fopen(path, "re");
    if (list == NULL) return 0;
    char line[512];
    int failed = 0;
    if (fgets(line, sizeof line, list) != NULL) { /* the header */
        while (fgets(line, sizeof line, list) != NULL) {
            long key;
            int id;
            if (sscanf(line, "%ld %d", &key, &id) == 2 && remove(id) != 0) failed = 1;
        }
    }
    fclose(list);
    return failed ? -1 : 0;
}

static int remove_shm(int id) { return shmctl(id, IPC_RMID, NULL); }
static int remove_msg(int id) { return msgctl(id, IPC_RMID, NULL); }
static int remove_sem(int id) { return semctl(id, 0, IPC_RMID); }

static int clean_up(void) {
    int failed = 0;
    for (size_t i = 0; i < sizeof WIPED / sizeof *WIPED; i++) {
        if (wipe(WIPED[i]) != 0) failed = 1;
    }
    if (remove_ipc("shm", remove_shm) != 0) failed = 1;
    if (remove_ipc("msg", remove_msg) != 0) failed = 1;
    if (remove_ipc("sem", remove_sem) != 0) failed = 1;
    return failed ? -1 : 0;
}

int main(int argc, char **argv) {
    if (argc < 4 || strcmp(argv[2], "--") != 0) {
        fprintf(stderr, "usage: assay-agent CONTROL_FD -- PROGRAM [ARGS...]\n");
        return 127;
    }
    int control = atoi(argv[1]);
    if (fcntl(control, F_SETFD, FD_CLOEXEC) != 0) {
        perror("assay-agent: control descriptor");
        return 127;
    }
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    for (;;) {
        int fds[3];
        int got = receive(control, fds);
        if (got == 0) return 0;
        if (got < 0) {
            reply(control, "error malformed request");
            return 127;
        }
        pid_t pid = fork();
        if (pid == 0) run_child(fds, &argv[3]);
        int saved_errno = errno;
        for (int i = 0; i < 3; i++) close(fds[i]);
        if (pid < 0) {
            char text[128];
            snprintf(text, sizeof text, "error fork: %s", strerror(saved_errno));
            reply(control, text);
            continue;
        }
        int status = wait_for(pid);
        kill_the_rest();
        const char *state = clean_up() == 0 ? "clean" : "dirty";
        char text[64];
        if (status >= 0 && WIFSIGNALED(status))
            snprintf(text, sizeof text, "signal %d %s", WTERMSIG(status), state);
        else if (status >= 0)
            snprintf(text, sizeof text, "exit %d %s", WEXITSTATUS(status), state);
        else
            snprintf(text, sizeof text, "error wait: %s", strerror(errno));
        reply(control, text);
    }
}
