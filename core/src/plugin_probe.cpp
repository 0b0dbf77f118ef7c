#include "plugin_probe.hpp"

#include <cadena/abi.h>
#include <dlfcn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cadena {

namespace {

using Entry = const cadena_plugin_info*();

constexpr int kLoaded = 0;

// An exception thrown by a static initializer cannot be caught around dlopen
// (declared noexcept): it ends in std::terminate, i.e. signal 6 here.
[[noreturn]] void probe_in_child(const std::string& path) {
  // _exit, never exit: the child must not run the parent's atexit handlers
  // or flush the parent's buffered output a second time.
  if (void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
    if (auto entry = reinterpret_cast<Entry*>(dlsym(lib, CADENA_ENTRY_POINT))) {
      try {
        entry();
      } catch (...) {
        // The parent catches this one itself and reports what it says.
      }
    }
  }
  _exit(kLoaded);
}

}  // namespace

std::string probe_plugin(const std::string& path) {
  pid_t child = fork();
  if (child < 0) return "";
  if (child == 0) probe_in_child(path);
  int status = 0;
  while (waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) return "";
  }
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    return "crashed while loading: signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
  }
  if (WIFEXITED(status)) {
    int code = WEXITSTATUS(status);
    if (code == kLoaded) return "";
    // A sanitizer's handler turns a crash into an exit status.
    return "crashed while loading: the process loading it exited with status " +
           std::to_string(code);
  }
  return "";
}

}  // namespace cadena
