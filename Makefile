# The two commands a newcomer types:
#   make demo   - installs what it needs, opens Parallax on the bundled demo pair
#   make test   - installs what it needs, runs the whole test suite (what CI runs)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_LEFT  := resources/samples/left-ria-news-zhelokhovtsev.txt
DEMO_RIGHT := resources/samples/right-eastern-economic-forum-rudenko.txt
# Debian packages the tests use: poppler (pdftotext/pdffonts/pdftoppm), Qt's runtime libraries
SYSTEM_PACKAGES := poppler-utils libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 \
	libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0 libxcb-xkb1 xvfb xauth

.PHONY: demo test test-fast system-deps bench bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,build]'
	touch $@

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    echo "installing system packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  elif command -v apt-get >/dev/null; then \
	    echo "installing system packages with sudo: $$missing"; \
	    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "please install: $$missing (poppler-utils, Qt runtime libraries)"; fi; \
	fi

demo: $(STAMP) system-deps
	$(BIN)/parallax $(DEMO_LEFT) $(DEMO_RIGHT)

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

bench: $(STAMP)
	$(BIN)/python -m bench.run_all

bundle: $(STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --clean build.spec
	dist/Parallax/parallax --self-test

clean:
	rm -rf build dist $(VENV) .pytest_cache .hypothesis
