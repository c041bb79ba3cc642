# Builds and installs socle with its manual page and shell completions.
#
#   make install PREFIX=~/.local    build a release binary and install it (PREFIX defaults to /usr/local)
#   make uninstall PREFIX=~/.local  remove what install put there
#
# BUILD=debug installs the debug build instead. SKIP_BUILD=1 runs no Swift build at all and installs
# what is already built (the binary, and the manual page from an earlier `make man`): the tests use it,
# since they run while SwiftPM holds the build folder. DESTDIR is prepended to every path (packagers).
# Generated files go to .build/man and .build/completions; none of them is committed.

PREFIX ?= /usr/local
BUILD ?= release
SKIP_BUILD ?=
DESTDIR ?=
SWIFT ?= swift

BIN := .build/$(BUILD)/socle
MAN_PAGE := .build/man/socle.1
COMPLETIONS := .build/completions

bindir := $(DESTDIR)$(PREFIX)/bin
mandir := $(DESTDIR)$(PREFIX)/share/man/man1
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build man completions install uninstall

all: build man completions

build:
ifeq ($(SKIP_BUILD),)
	$(SWIFT) build -c $(BUILD) --product socle
endif
	@test -x $(BIN) || { echo "make: $(BIN) is missing: build it first (swift build -c $(BUILD))" >&2; exit 1; }

# The manual, from the command-line definitions, by swift-argument-parser's generate-manual plugin.
# The generator leaves blank lines between paragraphs, which mdoc wants as .Pp.
man: build
ifeq ($(SKIP_BUILD),)
	$(SWIFT) package plugin generate-manual --configuration $(BUILD)
	@mkdir -p $(dir $(MAN_PAGE))
	@page=$$(find .build/plugins -path '*GenerateManual*' -name socle.1 | head -n 1); \
	  test -n "$$page" || { echo "make: generate-manual wrote no socle.1" >&2; exit 1; }; \
	  sed 's/^$$/.Pp/' "$$page" > $(MAN_PAGE)
endif
	@test -f $(MAN_PAGE) || { echo "make: $(MAN_PAGE) is missing: run make man BUILD=$(BUILD) first" >&2; exit 1; }

completions: build
	@mkdir -p $(COMPLETIONS)
	$(BIN) --generate-completion-script bash > $(COMPLETIONS)/socle.bash
	$(BIN) --generate-completion-script zsh > $(COMPLETIONS)/_socle
	$(BIN) --generate-completion-script fish > $(COMPLETIONS)/socle.fish

install: all
	install -d $(bindir) $(mandir) $(bashdir) $(zshdir) $(fishdir)
	install -m 755 $(BIN) $(bindir)/socle
	install -m 644 $(MAN_PAGE) $(mandir)/socle.1
	install -m 644 $(COMPLETIONS)/socle.bash $(bashdir)/socle
	install -m 644 $(COMPLETIONS)/_socle $(zshdir)/_socle
	install -m 644 $(COMPLETIONS)/socle.fish $(fishdir)/socle.fish

uninstall:
	rm -f $(bindir)/socle $(mandir)/socle.1 $(bashdir)/socle $(zshdir)/_socle $(fishdir)/socle.fish
