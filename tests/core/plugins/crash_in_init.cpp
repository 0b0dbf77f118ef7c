// A library whose static initializer segfaults while dlopen runs it: the
// loader must refuse it, naming it, and go on with the others.
#include <csignal>

namespace {

struct CrashOnLoad {
  CrashOnLoad() { std::raise(SIGSEGV); }
} crash_on_load;

}  // namespace
