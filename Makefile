# A thin front for CMake. `make run` and `make test` install what is missing
# (Debian packages through apt-get) before they build.
BUILD ?= build
JOBS ?= $(shell nproc)
CADENA = $(BUILD)/bin/cadena

.PHONY: all deps configure build run test test-native test-asan test-scale test-python python web npm test-web fuzz bench-serve clean

all: build

deps:
	@scripts/install-deps

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: configure
	cmake --build $(BUILD) -j$(JOBS)

# The main job: the embedded default pipeline over the corpus.
run: build
	@mkdir -p out
	$(CADENA) run --corpus-summary out/story.json corpus/ -o out/corpus.jsonl
	@$(CADENA) report out/corpus.jsonl
	@echo "one summary of the whole story: out/story.json"

test: test-native test-python test-asan test-scale test-web

test-native: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# The Python package in $(BUILD)/python: `PYTHONPATH=$(BUILD)/python /usr/bin/python3 -c "import cadena"`.
# Debian's Python, which pybind11-dev builds for (not one earlier on PATH).
PYTHON ?= /usr/bin/python3
python: configure
	cmake --build $(BUILD) -j$(JOBS) --target cadena_python

# Its pytest suite (python/tests), the offline venv install included.
test-python: build
	cd python/tests && CADENA_BUILD_DIR=$(abspath $(BUILD)) PYTHONPATH=$(abspath $(BUILD))/python \
	  $(PYTHON) -m pytest -q -p no:cacheprovider .

# The Dask driver (scale/) on two local workers against one `cadena run`.
test-scale: build
	/usr/bin/python3 scale/test_scale.py $(BUILD)

# The native suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (-O1 keeps the build and the run short). Tests too slow under ASan carry the
# ctest label no_asan, with the reason beside it.
ASAN_BUILD ?= build-asan
test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Release -DCADENA_SANITIZE=ON -DCADENA_BUILD_BENCH=OFF -DCADENA_PYTHON=OFF \
	  "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELEASE=-O1 -g1 -DNDEBUG"
	cmake --build $(ASAN_BUILD) -j$(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j$(JOBS) -LE no_asan

# libFuzzer targets (clang), each run FUZZ_SECONDS; see scripts/fuzz.
FUZZ_SECONDS ?= 30
fuzz:
	@scripts/install-deps clang libclang-rt-14-dev
	FUZZ_SECONDS=$(FUZZ_SECONDS) JOBS=$(JOBS) scripts/fuzz

# `cadena serve` against `cadena run -j 2` on the same documents: requests/s and
# p50/p99 latency at 1, 4 and 16 connections (bench/serve/).
bench-serve: configure
	cmake --build $(BUILD) -j$(JOBS) --target bench_serve
	$(BUILD)/bin/bench_serve

# The WebAssembly module and the demo site, in build-wasm/web.
web:
	scripts/build-web

# The npm package of the WebAssembly build: build-wasm/npm/cadena-<version>.tgz.
npm: web
	scripts/build-npm

test-web: build npm
	scripts/test-web

clean:
	rm -rf $(BUILD) $(BUILD)-pip $(ASAN_BUILD) build-fuzz build-wasm out python/build python/cadena.egg-info
