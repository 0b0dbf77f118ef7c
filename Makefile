# A thin front for CMake. `make run` and `make test` install what is missing
# (Debian packages through apt-get) before they build.
BUILD ?= build
JOBS ?= $(shell nproc)
CADENA = $(BUILD)/bin/cadena

.PHONY: all deps configure build run test test-native test-scale web test-web clean

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
	$(CADENA) run corpus/ -o out/corpus.jsonl
	@$(CADENA) report out/corpus.jsonl

test: test-native test-scale test-web

test-native: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# The Dask driver (scale/) on two local workers against one `cadena run`.
test-scale: build
	/usr/bin/python3 scale/test_scale.py $(BUILD)

# The WebAssembly module and the demo site, in build-wasm/web.
web:
	scripts/build-web

test-web: build web
	scripts/test-web

clean:
	rm -rf $(BUILD) build-wasm out
