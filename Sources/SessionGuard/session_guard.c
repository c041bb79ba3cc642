#define _GNU_SOURCE
#include "session_guard.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

/* ---- what the handlers restore ------------------------------------------------------------ */

static int term_fd = -1;
static int termios_fd = -1;
static char term_bytes[512];
static size_t term_length;
static struct termios term_saved;
static volatile sig_atomic_t term_has_termios;
static volatile sig_atomic_t term_active;

static char lock_path[PATH_MAX];
static char lock_content[4096];
static size_t lock_length;
static volatile sig_atomic_t lock_active;

struct recovery {
    char path[PATH_MAX];
    char fallback[PATH_MAX];
    char *bytes;
    size_t length;
};
/* The current recovery and the one it replaced; the one before that is freed. Handlers only
   load the current pointer, so a crash in the middle of a replacement sees a whole one. */
static struct recovery *volatile recovery_current;
static struct recovery *recovery_previous;
static pthread_mutex_t recovery_mutex = PTHREAD_MUTEX_INITIALIZER;

void socle_guard_save_termios(int fd) {
    if (tcgetattr(fd, &term_saved) == 0) {
        termios_fd = fd;
        term_has_termios = 1;
    }
}

void socle_guard_set_terminal(int fd, const char *bytes, size_t length) {
    term_active = 0;
    if (length > sizeof term_bytes) length = sizeof term_bytes;
    memcpy(term_bytes, bytes, length);
    term_length = length;
    term_fd = fd;
    term_active = 1;
}

void socle_guard_clear_terminal(void) { term_active = 0; }

void socle_guard_set_lock(const char *path, const char *content, size_t length) {
    lock_active = 0;
    if (strlen(path) >= sizeof lock_path || length > sizeof lock_content) return;
    strcpy(lock_path, path);
    memcpy(lock_content, content, length);
    lock_length = length;
    lock_active = 1;
}

void socle_guard_clear_lock(void) { lock_active = 0; }

void socle_guard_set_recovery(const char *path, const char *fallback, const char *bytes, size_t length) {
    struct recovery *next = NULL;
    if (bytes != NULL) {
        next = calloc(1, sizeof *next);
        if (next == NULL) return;
        next->bytes = malloc(length ? length : 1);
        if (next->bytes == NULL) { free(next); return; }
        memcpy(next->bytes, bytes, length);
        next->length = length;
        strncpy(next->path, path ? path : "", sizeof next->path - 1);
        strncpy(next->fallback, fallback ? fallback : "", sizeof next->fallback - 1);
    }
    pthread_mutex_lock(&recovery_mutex);
    struct recovery *old = recovery_previous;
    recovery_previous = recovery_current;
    __atomic_store_n(&recovery_current, next, __ATOMIC_SEQ_CST);
    pthread_mutex_unlock(&recovery_mutex);
    if (old != NULL) { free(old->bytes); free(old); }
}

/* ---- async-signal-safe actions ------------------------------------------------------------ */

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0) { if (errno == EINTR) continue; return; }
        bytes += n;
        length -= (size_t)n;
    }
}

static int stderr_saved = -1;
static int stderr_capture = -1;

void socle_guard_capture_stderr(void) {
    if (stderr_saved >= 0) return;
#ifdef __linux__
    int capture = memfd_create("socle-stderr", MFD_CLOEXEC);
#else
    char name[] = "/tmp/socle-stderr-XXXXXX";
    int capture = mkstemp(name);
    if (capture >= 0) { unlink(name); fcntl(capture, F_SETFD, FD_CLOEXEC); }
#endif
    if (capture < 0) return;
    int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (saved < 0 || dup2(capture, STDERR_FILENO) < 0) {
        close(capture);
        if (saved >= 0) close(saved);
        return;
    }
    stderr_capture = capture;
    stderr_saved = saved;
}

/* Puts standard error back and writes out what was kept aside. */
static void release_stderr(void) {
    int saved = stderr_saved;
    if (saved < 0) return;
    stderr_saved = -1;
    dup2(saved, STDERR_FILENO);
    char buffer[4096];
    off_t offset = 0;
    ssize_t n;
    while ((n = pread(stderr_capture, buffer, sizeof buffer, offset)) > 0) {
        write_all(STDERR_FILENO, buffer, (size_t)n);
        offset += n;
    }
    close(stderr_capture);
    close(saved);
    stderr_capture = -1;
}

void socle_guard_release_stderr(void) { release_stderr(); }

static void restore_terminal(void) {
    if (!term_active) return;
    term_active = 0;
    write_all(term_fd, term_bytes, term_length);
    if (term_has_termios) tcsetattr(termios_fd, TCSANOW, &term_saved);
    release_stderr();
}

static void release_lock(void) {
    if (!lock_active) return;
    lock_active = 0;
    char current[sizeof lock_content + 1];
    int fd = open(lock_path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    size_t got = 0;
    while (got < sizeof current) {
        ssize_t n = read(fd, current + got, sizeof current - got);
        if (n < 0) { if (errno == EINTR) continue; break; }
        if (n == 0) break;
        got += (size_t)n;
    }
    close(fd);
    if (got == lock_length && memcmp(current, lock_content, got) == 0) unlink(lock_path);
}

/* Appends `text` to `buffer` (of `size`); 0 when it does not fit. */
static int append(char *buffer, size_t size, const char *text) {
    size_t used = strlen(buffer), add = strlen(text);
    if (used + add + 1 > size) return 0;
    memcpy(buffer + used, text, add + 1);
    return 1;
}

/* Makes the folders above `path` (mkdir -p of its parent). */
static void make_parents(const char *path) {
    char folder[PATH_MAX];
    if (strlen(path) >= sizeof folder) return;
    strcpy(folder, path);
    for (char *p = folder + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        mkdir(folder, 0700);
        *p = '/';
    }
}

/* Writes `bytes` to `path` through a temporary file, flushed, renamed, folder flushed. */
static int write_atomically(const char *path, const char *bytes, size_t length, int make_folders) {
    if (path[0] == 0) return 0;
    char temporary[PATH_MAX] = "";
    if (!append(temporary, sizeof temporary, path) || !append(temporary, sizeof temporary, ".tmp")) return 0;
    if (make_folders) make_parents(path);
    int fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return 0;
    size_t done = 0;
    while (done < length) {
        ssize_t n = write(fd, bytes + done, length - done);
        if (n < 0) { if (errno == EINTR) continue; break; }
        done += (size_t)n;
    }
    int ok = done == length && fsync(fd) == 0;
    close(fd);
    if (!ok || rename(temporary, path) != 0) { unlink(temporary); return 0; }
    char folder[PATH_MAX];
    strcpy(folder, path);
    char *slash = strrchr(folder, '/');
    if (slash != NULL && slash != folder) {
        *slash = 0;
        int dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) { fsync(dir); close(dir); }
    }
    return 1;
}

static int write_recovery(struct recovery *recovery) {
    if (recovery == NULL) return 0;
    if (write_atomically(recovery->path, recovery->bytes, recovery->length, 1)) return 1;
    if (write_atomically(recovery->fallback, recovery->bytes, recovery->length, 1)) return 2;
    return -1;
}

int socle_guard_write_recovery(void) {
    pthread_mutex_lock(&recovery_mutex);
    int result = write_recovery(recovery_current);
    pthread_mutex_unlock(&recovery_mutex);
    return result;
}

/* ---- crashes ------------------------------------------------------------------------------ */

static const int crash_signals[] = {SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP};
#define CRASH_COUNT (sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction crash_previous[CRASH_COUNT];
static int crash_chain;
static volatile sig_atomic_t crashing;

static void crash_handler(int sig, siginfo_t *info, void *context) {
    (void)context;
    if (!crashing) {
        crashing = 1;
        restore_terminal();
        write_recovery(__atomic_load_n(&recovery_current, __ATOMIC_SEQ_CST));
        release_lock();
    }
    for (size_t i = 0; i < CRASH_COUNT; i++) {
        if (crash_signals[i] != sig) continue;
        if (crash_chain) {
            sigaction(sig, &crash_previous[i], NULL);
        } else {
            signal(sig, SIG_DFL);
        }
    }
    /* A fault happens again when the handler returns, now reaching the default action (or the
       previous handler, with the real context); a signal sent by a process, or a trap that
       does not repeat, is raised again (pending until the handler returns). */
    if (info == NULL || info->si_code <= 0 || sig == SIGTRAP || sig == SIGABRT) raise(sig);
}

void socle_guard_install_crash_handlers(int chain) {
    static char alternate_stack[64 * 1024];
    stack_t stack = {.ss_sp = alternate_stack, .ss_size = sizeof alternate_stack, .ss_flags = 0};
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) sigaltstack(&stack, NULL);
    crash_chain = chain;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = crash_handler;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < CRASH_COUNT; i++) sigaction(crash_signals[i], &action, &crash_previous[i]);
}

/* ---- terminating signals ------------------------------------------------------------------ */

static const int terminating_signals[] = {SIGTERM, SIGHUP, SIGINT};
#define TERMINATING_COUNT (sizeof terminating_signals / sizeof terminating_signals[0])
static struct sigaction terminating_previous[TERMINATING_COUNT];
static int terminating_installed;
static int wake_pipe[2] = {-1, -1};
static volatile sig_atomic_t pending_signal;
static volatile sig_atomic_t first_signal;
static sem_t signalled, handled;
static int watchdog_ms;

static void terminating_handler(int sig) {
    int saved = errno;
    if (!first_signal) first_signal = sig;
    pending_signal = sig;
    if (wake_pipe[1] >= 0) { ssize_t ignored = write(wake_pipe[1], "!", 1); (void)ignored; }
    sem_post(&signalled);
    errno = saved;
}

static void *watchdog(void *unused) {
    (void)unused;
    /* The signals the main thread waits for are never taken here (a crash handler's backtracer
       may still stop this thread to read its stack). */
    sigset_t mine;
    sigemptyset(&mine);
    for (size_t i = 0; i < TERMINATING_COUNT; i++) sigaddset(&mine, terminating_signals[i]);
    sigaddset(&mine, SIGWINCH);
    sigaddset(&mine, SIGCHLD);
    sigaddset(&mine, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &mine, NULL);
    for (;;) {
        while (sem_wait(&signalled) != 0) {}
        while (sem_trywait(&signalled) == 0) {}
        struct timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_sec += watchdog_ms / 1000;
        deadline.tv_nsec += (long)(watchdog_ms % 1000) * 1000000L;
        if (deadline.tv_nsec >= 1000000000L) { deadline.tv_sec += 1; deadline.tv_nsec -= 1000000000L; }
        int result;
        while ((result = sem_timedwait(&handled, &deadline)) != 0 && errno == EINTR) {}
        if (result == 0) continue;
        /* The main loop did not answer in time: end the session from here. */
        int sig = first_signal ? first_signal : SIGTERM;
        restore_terminal();
        static const char note[] = "socle: the workbench did not answer the signal within 2 seconds and was"
                                   " stopped.\n";
        write_all(STDERR_FILENO, note, sizeof note - 1);
        int locked = pthread_mutex_trylock(&recovery_mutex) == 0;
        struct recovery *recovery = __atomic_load_n(&recovery_current, __ATOMIC_SEQ_CST);
        int written = write_recovery(recovery);
        if (written > 0) {
            static const char kept[] = "socle: the changes it could not save were kept in ";
            const char *path = written == 1 ? recovery->path : recovery->fallback;
            write_all(STDERR_FILENO, kept, sizeof kept - 1);
            write_all(STDERR_FILENO, path, strlen(path));
            write_all(STDERR_FILENO, "\n", 1);
        } else if (written < 0) {
            static const char lost[] = "socle: the changes it could not save could not be kept either.\n";
            write_all(STDERR_FILENO, lost, sizeof lost - 1);
        }
        if (locked) pthread_mutex_unlock(&recovery_mutex);
        release_lock();
        _exit(128 + sig);
    }
    return NULL;
}

int socle_guard_install_terminating(int milliseconds) {
    if (!terminating_installed) {
        if (pipe(wake_pipe) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
            fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
        }
        sem_init(&signalled, 0, 0);
        sem_init(&handled, 0, 0);
        watchdog_ms = milliseconds;
        pthread_t thread;
        if (pthread_create(&thread, NULL, watchdog, NULL) == 0) pthread_detach(thread);
    }
    watchdog_ms = milliseconds;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = terminating_handler;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < TERMINATING_COUNT; i++) {
        sigaction(terminating_signals[i], &action, terminating_installed ? NULL : &terminating_previous[i]);
    }
    terminating_installed = 1;
    return wake_pipe[0];
}

void socle_guard_restore_terminating(void) {
    if (!terminating_installed) return;
    /* Back to the default action (ncurses' handlers, installed at start, belong to a screen that
       is gone), so a late signal ends the process with the shell's 128 + signal status. */
    for (size_t i = 0; i < TERMINATING_COUNT; i++) {
        if (terminating_previous[i].sa_handler == SIG_IGN) {
            sigaction(terminating_signals[i], &terminating_previous[i], NULL);
        } else {
            signal(terminating_signals[i], SIG_DFL);
        }
    }
    terminating_installed = 0;
}

int socle_guard_take_signal(void) {
    int sig = pending_signal;
    pending_signal = 0;
    return sig;
}

int socle_guard_received_signal(void) { return first_signal; }

void socle_guard_signal_handled(void) {
    int value = 0;
    sem_getvalue(&handled, &value);
    if (value == 0) sem_post(&handled);
}

void socle_guard_drain_wake(void) {
    char buffer[64];
    if (wake_pipe[0] < 0) return;
    while (read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
}
