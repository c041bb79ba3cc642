#ifndef SOCLE_CNCURSES_SHIM_H
#define SOCLE_CNCURSES_SHIM_H
/* Wide-character ncurses; defined here rather than through pkg-config flags
   (SwiftPM drops -D_XOPEN_SOURCE from pkg-config as a prohibited flag). */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
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

#endif
