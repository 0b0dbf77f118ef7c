// A library whose static initializer throws while dlopen runs it: the
// exception cannot be caught through dlopen, so it must never reach the host.
#include <stdexcept>

namespace {

struct ThrowOnLoad {
  ThrowOnLoad() { throw std::runtime_error("static initializer failed on purpose"); }
} throw_on_load;

}  // namespace
