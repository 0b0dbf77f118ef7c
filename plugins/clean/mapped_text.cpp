#include "mapped_text.hpp"

#include <algorithm>
#include <utility>

namespace cadena::clean {

void MappedText::copy(std::string_view bytes, std::uint64_t orig_begin) {
  if (bytes.empty()) return;
  const std::uint64_t view_begin = text_.size();
  text_.append(bytes);
  if (!pieces_.empty() && pieces_.back().copied && pieces_.back().orig_end == orig_begin) {
    pieces_.back().view_end = text_.size();
    pieces_.back().orig_end += bytes.size();
    return;
  }
  pieces_.push_back({view_begin, text_.size(), orig_begin, orig_begin + bytes.size(), true});
}

void MappedText::replace(std::string_view bytes, std::uint64_t orig_begin, std::uint64_t orig_end) {
  if (bytes.empty()) return;
  const std::uint64_t view_begin = text_.size();
  text_.append(bytes);
  if (!pieces_.empty() && !pieces_.back().copied) {
    Piece& last = pieces_.back();
    const bool overlaps = orig_begin < last.orig_end && orig_end > last.orig_begin;
    const bool same = orig_begin == last.orig_begin && orig_end == last.orig_end;
    if (overlaps || same) {
      last.view_end = text_.size();
      last.orig_begin = std::min(last.orig_begin, orig_begin);
      last.orig_end = std::max(last.orig_end, orig_end);
      return;
    }
  }
  pieces_.push_back({view_begin, text_.size(), orig_begin, orig_end, false});
}

std::size_t MappedText::piece_at(std::size_t pos) const {
  auto after =
      std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                       [](std::size_t p, const Piece& piece) { return p < piece.view_begin; });
  return static_cast<std::size_t>(after - pieces_.begin()) - 1;
}

void MappedText::copy_from(const MappedText& source, std::size_t begin, std::size_t end) {
  if (begin >= end) return;
  std::string_view text = source.text_;
  for (std::size_t i = source.piece_at(begin); begin < end; ++i) {
    const Piece& p = source.pieces_[i];
    const std::size_t stop = std::min<std::size_t>(end, p.view_end);
    std::string_view bytes = text.substr(begin, stop - begin);
    if (p.copied) {
      copy(bytes, p.orig_begin + (begin - p.view_begin));
    } else {
      replace(bytes, p.orig_begin, p.orig_end);
    }
    begin = stop;
  }
}

std::uint64_t MappedText::orig_begin_at(std::size_t pos) const {
  if (pieces_.empty()) return 0;
  if (pos >= text_.size()) return pieces_.back().orig_end;
  const Piece& p = pieces_[piece_at(pos)];
  return p.copied ? p.orig_begin + (pos - p.view_begin) : p.orig_begin;
}

std::uint64_t MappedText::orig_end_at(std::size_t pos) const {
  if (pieces_.empty()) return 0;
  if (pos == 0) return pieces_.front().orig_begin;
  const Piece& p = pieces_[piece_at(std::min(pos, text_.size()) - 1)];
  return p.copied ? p.orig_begin + (std::min<std::uint64_t>(pos, p.view_end) - p.view_begin)
                  : p.orig_end;
}

void MappedText::replace_from(std::string_view bytes, const MappedText& source, std::size_t begin,
                              std::size_t end) {
  const std::uint64_t orig_begin = source.orig_begin_at(begin);
  const std::uint64_t orig_end = begin < end ? source.orig_end_at(end) : orig_begin;
  replace(bytes, orig_begin, std::max(orig_begin, orig_end));
}

void MappedText::append(const MappedText& other) {
  for (const Piece& p : other.pieces_) {
    std::string_view bytes =
        std::string_view(other.text_).substr(p.view_begin, p.view_end - p.view_begin);
    if (p.copied) {
      copy(bytes, p.orig_begin);
    } else {
      replace(bytes, p.orig_begin, p.orig_end);
    }
  }
}

std::string MappedText::release_text() {
  std::string text = std::move(text_);
  text_.clear();
  pieces_.clear();
  return text;
}

std::vector<cadena_offset_piece> MappedText::pieces() const {
  std::vector<cadena_offset_piece> out;
  out.reserve(pieces_.size() + 1);
  std::uint64_t reached = 0;  // pieces go forwards in the original: the host checks it
  for (Piece p : pieces_) {
    if (p.orig_begin < reached) {
      // Text the parser moved ahead of where it stood (a table's stray text
      // goes before the table): it stands for nothing at the current point.
      p.copied = false;
      p.orig_begin = reached;
      p.orig_end = std::max(reached, p.orig_end);
    }
    reached = p.orig_end;
    const std::uint64_t view_len = p.view_end - p.view_begin;
    if (p.copied || view_len != p.orig_end - p.orig_begin) {
      out.push_back({p.view_begin, p.view_end, p.orig_begin, p.orig_end});
    } else if (view_len == 1) {
      // One byte for one other byte (a tab written as a space): it stands
      // for nothing of the original but sits where that byte ended.
      out.push_back({p.view_begin, p.view_end, p.orig_end, p.orig_end});
    } else {
      // Same length, other bytes: all but the last byte stand for the whole
      // original range and the last for the empty range after it, so that
      // neither piece reads as a copy.
      out.push_back({p.view_begin, p.view_end - 1, p.orig_begin, p.orig_end});
      out.push_back({p.view_end - 1, p.view_end, p.orig_end, p.orig_end});
    }
  }
  return out;
}

}  // namespace cadena::clean
