// A plugin that claims the next ABI major: the host must refuse it before
// reading anything else of its description.
#include <cadena/abi.h>

extern "C" __attribute__((visibility("default"))) const cadena_plugin_info* cadena_plugin_entry(void) {
  static const cadena_plugin_info info = {CADENA_ABI_MAJOR + 1, 0, sizeof(cadena_plugin_info),
                                          {"future", 6}, {"9.0.0", 5}, {"MIT", 3}, {"", 0}, nullptr, 0, {}};
  return &info;
}
