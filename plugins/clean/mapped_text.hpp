// Text assembled piece by piece from an original, each piece remembering the
// bytes of the original it came from: the offset map of cadena/abi.h, built up
// as the cleaner writes.
//
// The ABI reads a piece whose two ranges have the same length as a byte-for-byte
// copy. MappedText keeps that promise even when a replacement happens to have
// the length of what it replaces (a tab written as a space, reordered combining
// marks): pieces() writes such a replacement as two unequal pieces.
//
// Offsets are bytes of UTF-8. A MappedText is a plain value: not shared.
#ifndef CADENA_CLEAN_MAPPED_TEXT_HPP
#define CADENA_CLEAN_MAPPED_TEXT_HPP

#include <cadena/abi.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cadena::clean {

class MappedText {
 public:
  // Appends bytes equal to original[orig_begin, orig_begin + bytes.size()).
  void copy(std::string_view bytes, std::uint64_t orig_begin);

  // Appends `bytes` standing as a whole for original[orig_begin, orig_end):
  // a decoded entity, a normalized character, a separator (empty range).
  // A replacement overlapping the previous one merges with it, so that no two
  // pieces claim the same original bytes.
  void replace(std::string_view bytes, std::uint64_t orig_begin, std::uint64_t orig_end);

  // Appends source.text()[begin, end) with the mapping it has in `source`.
  void copy_from(const MappedText& source, std::size_t begin, std::size_t end);

  // Appends `bytes` standing for source.text()[begin, end): the original range
  // behind it, widened to whole replacements where it cuts into one.
  void replace_from(std::string_view bytes, const MappedText& source, std::size_t begin,
                    std::size_t end);

  // Appends all of `other`.
  void append(const MappedText& other);

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  // Room for `bytes` more bytes of text, so that long texts grow once.
  void reserve(std::size_t bytes) { text_.reserve(text_.size() + bytes); }
  // Moves the text out (after pieces() is taken); the object is left empty.
  std::string release_text();

  // Where a range of the text starting (ending) at `pos` starts (ends) in the
  // original; a range cutting into a replacement takes all of it.
  std::uint64_t orig_begin_at(std::size_t pos) const;
  std::uint64_t orig_end_at(std::size_t pos) const;

  // The pieces covering text() in order, in the ABI's form.
  std::vector<cadena_offset_piece> pieces() const;

 private:
  struct Piece {
    std::uint64_t view_begin;
    std::uint64_t view_end;
    std::uint64_t orig_begin;
    std::uint64_t orig_end;
    bool copied;
  };
  // The index of the piece containing text offset `pos` (< text_.size()).
  std::size_t piece_at(std::size_t pos) const;

  std::string text_;
  std::vector<Piece> pieces_;
};

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_MAPPED_TEXT_HPP
