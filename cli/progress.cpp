#include "progress.hpp"

#include <cstdio>

namespace cadena::cli {

namespace {

// Often enough to look alive, rarely enough to cost nothing.
constexpr std::chrono::milliseconds kRedrawEvery{250};

std::string clock_text(double seconds) {
  auto s = static_cast<unsigned long long>(seconds + 0.5);
  char text[32];
  std::snprintf(text, sizeof text, "%llu:%02llu:%02llu", s / 3600, s / 60 % 60, s % 60);
  return text;
}

}  // namespace

Progress::Progress(std::ostream& err, bool live, std::optional<std::uint64_t> total_bytes)
    : err_(err), live_(live), total_bytes_(total_bytes) {}

double Progress::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::document_done(bool failed, std::uint64_t input_bytes) {
  ++documents_;
  failed_ += failed;
  bytes_ += input_bytes;
  if (!live_) return;
  auto now = std::chrono::steady_clock::now();
  if (documents_ > 1 && now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  double elapsed = seconds();
  double per_second = elapsed > 0 ? 1 / elapsed : 0;
  char line[256];
  int n = std::snprintf(line, sizeof line, "cadena: %llu documents (%llu failed), %.1f docs/s, %.2f MB/s",
                        static_cast<unsigned long long>(documents_), static_cast<unsigned long long>(failed_),
                        documents_ * per_second, bytes_ / 1e6 * per_second);
  std::string text(line, n > 0 ? static_cast<std::size_t>(n) : 0);
  if (total_bytes_ && *total_bytes_ > 0) {
    double done = static_cast<double>(bytes_) / static_cast<double>(*total_bytes_);
    std::snprintf(line, sizeof line, ", %.0f%%", 100 * done);
    text += line;
    if (done > 0 && done < 1) text += ", ETA " + clock_text(elapsed * (1 - done) / done);
  }
  std::size_t width = text.size();
  if (width < drawn_width_) text.append(drawn_width_ - width, ' ');  // cover the longer line before
  drawn_width_ = width;
  err_ << '\r' << text << std::flush;
}

void Progress::clear() {
  if (drawn_width_ == 0) return;
  err_ << '\r' << std::string(drawn_width_, ' ') << '\r' << std::flush;
  drawn_width_ = 0;
}

void Progress::summary(unsigned jobs) {
  clear();
  double elapsed = seconds();
  char line[256];
  std::snprintf(line, sizeof line, "cadena: %llu documents, %llu written, %llu failed, %.2f s, %.2f MB/s, -j %u\n",
                static_cast<unsigned long long>(documents_),
                static_cast<unsigned long long>(documents_ - failed_),
                static_cast<unsigned long long>(failed_), elapsed,
                elapsed > 0 ? static_cast<double>(bytes_) / 1e6 / elapsed : 0.0, jobs);
  err_ << line << std::flush;
}

}  // namespace cadena::cli
