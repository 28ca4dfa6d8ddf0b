# The two set-up commands of the README live here:
#   make run   installs the Debian packages, builds, and starts MC Studio on its local SQLite database
#   make test  installs the Debian packages, builds, and runs every test (with a throw-away PostgreSQL)
# Both are idempotent: a machine that is already set up skips straight to the (incremental) build.

PRESET  ?= dev
BUILD   := build/$(PRESET)
SUDO    := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

# ccache hits across clones in other folders (CI builds a fresh clone).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

# Debian 12 packages (../shared/PLATFORM.md lists why each is here).
BUILD_DEPS := qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools \
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qtkeychain-qt6-dev \
  libqrencode-dev libssl-dev libxlsxwriter-dev libgtest-dev libgmock-dev libbenchmark-dev \
  cmake ninja-build g++ ccache pkg-config dpkg-dev file fonts-dejavu-core
TEST_DEPS  := postgresql unzip xvfb xauth poppler-utils zbar-tools desktop-file-utils appstream lintian

.PHONY: run test bench package deps test-deps build clean

run: deps build
	$(BUILD)/app/mcstudio

test: deps test-deps build
	tests/with-postgres.sh ctest --preset $(PRESET)

bench: deps build
	for b in $(BUILD)/tests/bench/bench_*; do "$$b" --benchmark_min_time=0.2; done

package: deps test-deps
	@[ -f build/release/build.ninja ] || cmake --preset release
	cmake --build --preset release
	cd build/release && cpack -G DEB
	packaging/check-package.sh build/release

build:
	@[ -f $(BUILD)/build.ninja ] || cmake --preset $(PRESET)
	cmake --build --preset $(PRESET)

deps:
	@./.ci/install-packages.sh $(BUILD_DEPS)

test-deps:
	@./.ci/install-packages.sh $(TEST_DEPS)

clean:
	rm -rf build
