# A thin wrapper over CMake/ctest so the README's two commands stay short.
#   make run    build (Release) and run examples/hello.as
#   make test   build and run the whole test suite with ctest
#   make asan   the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench  the benchmarks, side by side with CPython and Lua

BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: all build run test asan bench clean

all: build

build:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS)

run: build
	./$(BUILD)/aster examples/hello.as

test: build
	ctest --test-dir $(BUILD) --output-on-failure --no-tests=error -j$(JOBS)

asan:
	$(MAKE) test BUILD=build-asan CMAKE_FLAGS="-DCMAKE_BUILD_TYPE=Debug -DASTER_SANITIZE=ON"

bench: build
	./bench/run.sh

clean:
	rm -rf $(BUILD) build-asan
