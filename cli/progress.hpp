// What `cadena run` says on stderr while it works and when it is done.
//
// While documents are written, a one-line progress report (documents/s, MB/s,
// and percentage and ETA when the input's size is known) is redrawn in place
// a few times a second — only when stderr is a terminal and not --quiet, so
// logs and pipes get no carriage returns. The summary line is always printed.
//
// Debian 12 has no C++ progress-bar library (libindicators is not packaged),
// so this redraws with a carriage return and padding, no escape codes.
// Not thread-safe: call it from the serial writer stage only.
#ifndef CADENA_CLI_PROGRESS_HPP
#define CADENA_CLI_PROGRESS_HPP

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

namespace cadena::cli {

class Progress {
 public:
  // `total_bytes`: the size of the input when known (files, not stdin).
  Progress(std::ostream& err, bool live, std::optional<std::uint64_t> total_bytes);

  // One more document done; `input_bytes` is how much of the input it took.
  void document_done(bool failed, std::uint64_t input_bytes);

  // Clears the live line if one was drawn (call before printing an error).
  void clear();

  // "cadena: N documents, W written, F failed, T s, X MB/s, -j J" (the jobs used).
  void summary(unsigned jobs);

  std::uint64_t documents() const { return documents_; }
  std::uint64_t failed() const { return failed_; }

 private:
  double seconds() const;
  void draw();

  std::ostream& err_;
  bool live_;
  std::optional<std::uint64_t> total_bytes_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
  std::size_t drawn_width_ = 0;
  std::uint64_t documents_ = 0;
  std::uint64_t failed_ = 0;
  std::uint64_t bytes_ = 0;
};

}  // namespace cadena::cli

#endif  // CADENA_CLI_PROGRESS_HPP
