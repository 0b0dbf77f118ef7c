// Plugins whose entry point throws: a std::exception, and something else.
#include <cadena/abi.h>

#include <stdexcept>

extern "C" __attribute__((visibility("default"))) const cadena_plugin_info* cadena_plugin_entry(
    void) {
#ifdef THROW_NON_STD
  throw 42;
#else
  throw std::runtime_error("entry point failed on purpose");
#endif
}
