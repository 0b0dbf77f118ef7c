// What the numbers and dates tests share besides the spec harness: the texts
// of the corpus, and a scratch copy of a plugin's language folder to break.
#ifndef CADENA_TESTS_PLUGIN_TESTING_HPP
#define CADENA_TESTS_PLUGIN_TESTING_HPP

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace cadena::plugin_testing {

inline std::string corpus_text(const std::string& name) {
  std::ifstream in(CADENA_SOURCE_DIR "/corpus/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A copy of one language folder (".../data/es") in a temporary folder, as
// <tmp>/es, removed again when it goes.
class LanguageFolderCopy {
 public:
  LanguageFolderCopy(const std::string& language_dir, const std::string& name)
      : root_(std::filesystem::temp_directory_path() /
              ("cadena-" + name + "-" + std::to_string(::getpid()))),
        language_(std::filesystem::path(language_dir).filename().string()) {
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
    std::filesystem::copy(language_dir, root_ / language_,
                          std::filesystem::copy_options::recursive);
  }
  ~LanguageFolderCopy() { std::filesystem::remove_all(root_); }
  LanguageFolderCopy(const LanguageFolderCopy&) = delete;
  LanguageFolderCopy& operator=(const LanguageFolderCopy&) = delete;

  std::string root() const { return root_.string(); }
  std::string path(const std::string& file) const { return (root_ / language_ / file).string(); }
  void write(const std::string& file, const std::string& text) const {
    std::ofstream(path(file)) << text;
  }
  void remove(const std::string& file) const { std::filesystem::remove(path(file)); }

 private:
  std::filesystem::path root_;
  std::string language_;
};

}  // namespace cadena::plugin_testing

#endif  // CADENA_TESTS_PLUGIN_TESTING_HPP
