// Writing small files for the tests, in a folder of this test process's own:
// ctest runs the tests as parallel processes, which must not share file names.
#ifndef CADENA_TESTS_NER_TEST_FILES_HPP
#define CADENA_TESTS_NER_TEST_FILES_HPP

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../process_scratch.hpp"

// Removed when the process exits (process_scratch.hpp).
inline std::string scratch_dir() {
  static const ProcessScratch scratch("cadena-ner-tests-");
  return scratch.dir().string();
}

// Writes `content` to a file named `name` and returns its path.
inline std::string write_test_file(const std::string& name, const std::string& content) {
  std::string path = scratch_dir() + "/" + name;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
  return path;
}

#endif  // CADENA_TESTS_NER_TEST_FILES_HPP
