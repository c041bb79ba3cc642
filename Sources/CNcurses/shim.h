#ifndef SOCLE_CNCURSES_SHIM_H
#define SOCLE_CNCURSES_SHIM_H
/* Wide-character ncurses; defined here rather than through pkg-config flags
   (SwiftPM drops -D_XOPEN_SOURCE from pkg-config as a prohibited flag). */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncurses.h>

/* Macros Swift cannot import, as functions. */
static inline attr_t socle_a_normal(void) { return A_NORMAL; }
static inline attr_t socle_a_bold(void) { return A_BOLD; }
static inline attr_t socle_a_reverse(void) { return A_REVERSE; }
static inline attr_t socle_a_underline(void) { return A_UNDERLINE; }
static inline attr_t socle_a_dim(void) { return A_DIM; }
static inline attr_t socle_a_italic(void) { return A_ITALIC; }
static inline attr_t socle_a_standout(void) { return A_STANDOUT; }
static inline int socle_key_f(int n) { return KEY_F(n); }
static inline mmask_t socle_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t socle_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t socle_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t socle_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t socle_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t socle_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int socle_wcwidth(wchar_t c) { return wcwidth(c); }
static inline mmask_t socle_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }

/* The character set of the current locale ("UTF-8", "ANSI_X3.4-1968", ...). */
static inline const char *socle_codeset(void) { return nl_langinfo(CODESET); }

/* Whether the terminal can move the cursor to any cell (cup); `dumb` and hard-copy terminals cannot. */
static inline int socle_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* Whether `sig` is ignored (SIG_IGN): a shell without job control ignores SIGTSTP for its children. */
static inline int socle_signal_is_ignored(int sig) {
    struct sigaction current;
    if (sigaction(sig, NULL, &current) != 0) return 0;
    return current.sa_handler == SIG_IGN;
}

/* Puts one cell: up to CCHARW_MAX-1 wide characters (a spacing one, then combining ones, NUL-ended)
   with attributes and colour pair, at (y, x). The cursor is moved there first. */
static inline int socle_put_cell(WINDOW *win, int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    if (wmove(win, y, x) == ERR) return ERR;
    return wadd_wch(win, &cell);
}

#endif
