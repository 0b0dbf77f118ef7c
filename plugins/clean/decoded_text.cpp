#include "decoded_text.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace cadena::clean {
namespace {

// The most source bytes one difference may span: the longest named reference
// (&CounterClockwiseContourIntegral;) is 33 bytes, with room for numeric ones
// written with leading zeros.
constexpr std::size_t kMaxSourceSkip = 48;
// The most bytes one reference decodes to: two code points of four bytes.
constexpr std::size_t kMaxDecodedSkip = 8;
// Bytes that must agree after a difference for the texts to count as back in
// step (fewer when the next reference or the end comes first).
constexpr std::size_t kSyncLength = 8;

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

class Aligner {
 public:
  Aligner(MappedText& out, std::string_view decoded, std::string_view source, std::uint64_t offset)
      : out_(out), d_(decoded), s_(source), offset_(offset) {}

  void run() {
    while (j_ < d_.size()) {
      if (copy_common_run()) continue;
      if (i_ < s_.size() && s_[i_] == '&') {
        if (d_[j_] == '&' && agree(i_ + 1, j_ + 1)) {  // a literal ampersand
          out_.copy(d_.substr(j_, 1), offset_ + i_);
          ++i_;
          ++j_;
          continue;
        }
        if (decode_reference()) continue;
      }
      if (!resynchronise()) {
        out_.replace(d_.substr(j_), offset_ + i_, offset_ + s_.size());
        return;
      }
    }
  }

 private:
  // Copies the bytes both texts share from here, up to the next reference.
  bool copy_common_run() {
    std::size_t n = 0;
    while (i_ + n < s_.size() && j_ + n < d_.size() && s_[i_ + n] == d_[j_ + n] &&
           s_[i_ + n] != '&') {
      ++n;
    }
    if (n == 0) return false;
    out_.copy(d_.substr(j_, n), offset_ + i_);
    i_ += n;
    j_ += n;
    return true;
  }

  // Whether the texts agree from source byte `i` and decoded byte `j` on: for
  // kSyncLength bytes, or up to the next reference in the source, or to the
  // end of both.
  bool agree(std::size_t i, std::size_t j) const {
    for (std::size_t k = 0;; ++k) {
      if (i + k >= s_.size() || j + k >= d_.size()) {
        return s_.size() - std::min(s_.size(), i + k) == d_.size() - std::min(d_.size(), j + k);
      }
      if (k == kSyncLength || s_[i + k] == '&') return true;
      if (s_[i + k] != d_[j + k]) return false;
    }
  }

  // A character reference at the source's '&': "&name;", "&#233;", "&#xE9;",
  // or a legacy name without its ';' ("&copy2022" decodes "&copy").
  bool decode_reference() {
    const std::size_t limit = std::min(s_.size(), i_ + kMaxSourceSkip);
    std::size_t k = i_ + 1;
    const bool numeric = k < limit && s_[k] == '#';
    if (numeric) {
      ++k;
      if (k < limit && (s_[k] == 'x' || s_[k] == 'X')) ++k;
      while (k < limit && is_hex(s_[k])) ++k;
    } else {
      while (k < limit && is_alnum(s_[k])) ++k;
    }
    std::vector<std::size_t> ends;
    if (k < limit && s_[k] == ';') ends.push_back(k + 1);
    for (std::size_t e = k; e > i_ + 1 && (numeric ? e == k : true); --e) ends.push_back(e);
    // The fewest decoded bytes first: a legacy name decodes no more than itself.
    for (std::size_t n = 1; n <= kMaxDecodedSkip && j_ + n <= d_.size(); ++n) {
      for (std::size_t end : ends) {
        if (agree(end, j_ + n)) {
          out_.replace(d_.substr(j_, n), offset_ + i_, offset_ + end);
          i_ = end;
          j_ += n;
          return true;
        }
      }
    }
    return false;
  }

  // Any other difference (the CR of CR LF, a dropped NUL): the smallest step
  // over both texts after which they agree again.
  bool resynchronise() {
    for (std::size_t total = 1; total <= kMaxSourceSkip + kMaxDecodedSkip; ++total) {
      for (std::size_t n = 0; n <= std::min(total, kMaxDecodedSkip); ++n) {
        const std::size_t skip = total - n;
        if (skip > kMaxSourceSkip || i_ + skip > s_.size() || j_ + n > d_.size()) continue;
        if (!agree(i_ + skip, j_ + n)) continue;
        // No decoded bytes: source bytes the parser dropped.
        out_.replace(d_.substr(j_, n), offset_ + i_, offset_ + i_ + skip);
        i_ += skip;
        j_ += n;
        return true;
      }
    }
    return false;
  }

  MappedText& out_;
  std::string_view d_;
  std::string_view s_;
  std::uint64_t offset_;
  std::size_t i_ = 0;  // in the source
  std::size_t j_ = 0;  // in the decoded text
};

}  // namespace

void append_decoded(MappedText& out, std::string_view decoded, std::string_view source,
                    std::uint64_t source_offset) {
  Aligner(out, decoded, source, source_offset).run();
}

}  // namespace cadena::clean
