// The in-process copy of the "shout" test plugin (plugins/shout.cpp compiled
// with CADENA_STATIC_PLUGIN), and a registry holding it.
#ifndef CADENA_TESTS_TEST_PLUGINS_HPP
#define CADENA_TESTS_TEST_PLUGINS_HPP

#include <cadena/registry.hpp>

extern "C" const cadena_plugin_info* cadena_plugin_entry_shout(void);

inline cadena::Registry registry_with_shout() {
  cadena::Registry r;
  r.add(cadena_plugin_entry_shout(), "(built in)", "", nullptr);
  return r;
}

#endif  // CADENA_TESTS_TEST_PLUGINS_HPP
