#ifndef SOCLE_SESSION_GUARD_H
#define SOCLE_SESSION_GUARD_H
/* What a workbench session must do however it ends: give the terminal back, release the plan's
   lock and keep unsaved edits. Written in C so that the signal handlers use only
   async-signal-safe calls (write, tcsetattr, open, read, rename, fsync, unlink, _exit).

   Everything the handlers need is prepared in advance by the Swift side: the bytes that restore
   the terminal, the termios saved at start, the lock's path and content, the recovery file's
   bytes and where to put them. */
#include <stddef.h>

/* Reads the termios of `fd` as the shell left them; call before curses changes them. */
void socle_guard_save_termios(int fd);
/* The terminal to give back: `bytes` (leave the alternate screen, show the cursor, stop mouse
   reporting...) are written to `fd`, and the termios saved before are put back. Call after curses
   started. */
void socle_guard_set_terminal(int fd, const char *bytes, size_t length);
/* The terminal was given back normally: the handlers leave it alone. */
void socle_guard_clear_terminal(void);

/* While curses owns the screen, what is written to standard error (a library's warning, Swift's
   "Fatal error: ..." before a trap) is kept aside instead of being drawn over the screen and lost
   with the alternate screen; it is written out once the terminal is given back (normally, or by
   a handler). */
void socle_guard_capture_stderr(void);
void socle_guard_release_stderr(void);

/* The lock to remove on a crash or a stuck exit: removed only while it still holds `content`. */
void socle_guard_set_lock(const char *path, const char *content, size_t length);
void socle_guard_clear_lock(void);

/* The unsaved state: `bytes` are written atomically to `path` (through `path`.tmp), or, when that
   fails, to `fallback`; NULL bytes clears it. Copies everything. */
void socle_guard_set_recovery(const char *path, const char *fallback, const char *bytes, size_t length);
/* Writes the recovery prepared with socle_guard_set_recovery now (not from a handler); returns 1
   when it was written to `path`, 2 to `fallback`, 0 when there was none, -1 on failure. */
int socle_guard_write_recovery(void);

/* Crashes (SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP): restore the terminal, write the
   recovery file, remove the lock, then die of the same signal. With `chain` the handler that
   was there before (Swift's backtracer) runs afterwards instead of the default action. */
void socle_guard_install_crash_handlers(int chain);

/* Terminating signals (SIGTERM, SIGHUP, SIGINT): the handler records the signal and writes a
   byte to the wake pipe. If socle_guard_signal_handled() is not called within `watchdog_ms`,
   a watchdog thread restores the terminal, writes the recovery file, removes the lock and
   exits with 128 + the signal. Returns the wake pipe's read end, or -1. */
int socle_guard_install_terminating(int watchdog_ms);
void socle_guard_restore_terminating(void);
/* The signal received and not yet taken (0 when none); clears it. */
int socle_guard_take_signal(void);
/* The first terminating signal received in this process (0 when none); not cleared. */
int socle_guard_received_signal(void);
/* The main loop has dealt with the signal: the watchdog stands down. */
void socle_guard_signal_handled(void);
/* Empties the wake pipe. */
void socle_guard_drain_wake(void);

#endif
