// A temporary folder of the test process's own, removed when the process
// exits. ctest runs every test as its own process, so a folder made per
// process and never removed left some 130 folders in /tmp after one
// `make test`. The folder belongs to a function-local static object, whose
// destructor runs when main returns — also when tests failed, since
// GoogleTest's main returns then too. (A crash still leaves it behind.)
#ifndef CADENA_TESTS_PROCESS_SCRATCH_HPP
#define CADENA_TESTS_PROCESS_SCRATCH_HPP

#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

class ProcessScratch {
 public:
  // <temporary folder>/<prefix><pid>, made now.
  explicit ProcessScratch(const std::string& prefix)
      : dir_(std::filesystem::temp_directory_path() / (prefix + std::to_string(::getpid()))) {
    std::filesystem::create_directories(dir_);
  }
  ~ProcessScratch() {
    std::error_code ignored;  // nothing to do about a folder that will not go
    std::filesystem::remove_all(dir_, ignored);
  }
  ProcessScratch(const ProcessScratch&) = delete;
  ProcessScratch& operator=(const ProcessScratch&) = delete;

  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
};

#endif  // CADENA_TESTS_PROCESS_SCRATCH_HPP
