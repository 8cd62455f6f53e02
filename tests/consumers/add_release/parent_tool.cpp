// A program of the consumer project that happens to be named wasmtime-tiers: it must never be run in
// place of the package's own tool.
#include <cstdio>

int main() {
  std::puts("error: the consumer project's own program named wasmtime-tiers ran");
  return 1;
}
