// A plugin built against a newer minor ABI than the host's: refused.
#include <cadena/abi.h>

extern "C" __attribute__((visibility("default"))) const cadena_plugin_info* cadena_plugin_entry(void) {
  static const cadena_plugin_info info = {CADENA_ABI_MAJOR, CADENA_ABI_MINOR + 1, sizeof(cadena_plugin_info),
                                          {"newer", 5}, {"1.1.0", 5}, {"MIT", 3}, {"", 0}, nullptr, 0, {}};
  return &info;
}
