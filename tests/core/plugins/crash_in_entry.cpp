// A plugin whose entry point segfaults when the loader calls it.
#include <cadena/abi.h>

#include <csignal>

extern "C" __attribute__((visibility("default"))) const cadena_plugin_info* cadena_plugin_entry(
    void) {
  std::raise(SIGSEGV);
  return nullptr;
}
