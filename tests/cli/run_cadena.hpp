// Runs the `cadena` binary as a user would and captures what it says.
#ifndef CADENA_TESTS_RUN_CADENA_HPP
#define CADENA_TESTS_RUN_CADENA_HPP

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "../process_scratch.hpp"

struct Result {
  int status = -1;
  std::string out;
  std::string err;
  std::vector<std::string> lines() const {
    std::vector<std::string> v;
    std::istringstream in(out);
    for (std::string l; std::getline(in, l);) v.push_back(l);
    return v;
  }
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs a shell command line from the source folder, with `stdin_text` as its
// input, and captures its output, its errors and its exit status.
inline Result run_command(const std::string& command, const std::string& stdin_text = "") {
  namespace fs = std::filesystem;
  static int counter = 0;
  static const ProcessScratch scratch("cadena-cli-test-");  // removed at exit
  const fs::path& dir = scratch.dir();
  fs::path in = dir / ("in" + std::to_string(counter));
  fs::path err = dir / ("err" + std::to_string(counter++));
  std::ofstream(in, std::ios::binary) << stdin_text;
  std::string cmd = "cd '" CADENA_SOURCE_DIR "' && " + command + " < '" + in.string() + "' 2> '" + err.string() + "'";
  Result r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  char buf[65536];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.err = slurp(err);
  return r;
}

// `args` is pasted into a shell command line after the built binary.
inline Result run_cadena(const std::string& args, const std::string& stdin_text = "") {
  return run_command("'" CADENA_BINARY_DIR "/bin/cadena' " + args, stdin_text);
}

inline bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// A folder of inputs for one test, removed afterwards.
class Scratch {
 public:
  Scratch()
      : dir_(std::filesystem::temp_directory_path() /
             ("cadena-inputs-" + std::to_string(::getpid()) + "-" + std::to_string(next_++))) {
    std::filesystem::create_directories(dir_);
  }
  ~Scratch() { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  static inline int next_ = 0;
  std::filesystem::path dir_;
};

#endif  // CADENA_TESTS_RUN_CADENA_HPP
