#include <cadena/document.hpp>
#include <cadena/error.hpp>

#include <algorithm>

namespace cadena {

const Value* Span::find(std::string_view key) const {
  for (const Attr& a : attrs)
    if (a.key == key) return &a.value;
  return nullptr;
}

void Span::set(std::string_view key, Value value) {
  for (Attr& a : attrs) {
    if (a.key == key) {
      a.value = std::move(value);
      return;
    }
  }
  attrs.push_back(Attr{std::string(key), std::move(value)});
}

OffsetMap::OffsetMap(std::vector<cadena_offset_piece> pieces, std::uint64_t view_size,
                     std::uint64_t original_size)
    : pieces_(std::move(pieces)) {
  std::uint64_t view = 0;
  std::uint64_t orig = 0;
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    const cadena_offset_piece& p = pieces_[i];
    std::string where = "offset map piece " + std::to_string(i) + ": ";
    if (p.view_begin != view)
      throw Error(where + "starts at view byte " + std::to_string(p.view_begin) + ", expected " +
                  std::to_string(view) + " (pieces must cover the text in order)");
    if (p.view_end < p.view_begin || p.orig_end < p.orig_begin)
      throw Error(where + "ends before it begins");
    if (p.orig_begin < orig) throw Error(where + "goes backwards in the original");
    if (p.orig_end > original_size) throw Error(where + "ends past the original text");
    view = p.view_end;
    orig = p.orig_end;
  }
  if (view != view_size)
    throw Error("offset map covers " + std::to_string(view) + " bytes of a " +
                std::to_string(view_size) + "-byte text");
}

namespace {

bool byte_for_byte(const cadena_offset_piece& p) {
  return p.view_end - p.view_begin == p.orig_end - p.orig_begin;
}

}  // namespace

std::uint64_t OffsetMap::to_original_begin(std::uint64_t view) const {
  if (pieces_.empty()) return view;
  // The last piece starting at or before `view`.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), view,
                             [](std::uint64_t v, const cadena_offset_piece& p) { return v < p.view_begin; });
  if (it == pieces_.begin()) return 0;
  const cadena_offset_piece& p = *std::prev(it);
  if (view >= p.view_end) return p.orig_end;  // only at the very end of the text
  return byte_for_byte(p) ? p.orig_begin + (view - p.view_begin) : p.orig_begin;
}

std::uint64_t OffsetMap::to_original_end(std::uint64_t view) const {
  if (pieces_.empty()) return view;
  // The first piece ending at or after `view`.
  auto it = std::lower_bound(pieces_.begin(), pieces_.end(), view,
                             [](const cadena_offset_piece& p, std::uint64_t v) { return p.view_end < v; });
  if (it == pieces_.end()) return pieces_.back().orig_end;
  const cadena_offset_piece& p = *it;
  if (view <= p.view_begin) return p.orig_begin;
  return byte_for_byte(p) ? p.orig_begin + (view - p.view_begin) : p.orig_end;
}

Document::Document(std::string id_, std::string original) : id(std::move(id_)), original_(std::move(original)) {}

void Document::set_view(std::string text, OffsetMap map) {
  if (!layers_.empty())
    throw Error("the text cannot be replaced after layer '" + layers_.front()->name +
                "' was written");
  view_ = std::make_unique<std::string>(std::move(text));
  map_ = std::move(map);
}

const Layer* Document::layer(std::string_view name) const {
  for (const auto& l : layers_)
    if (l->name == name) return l.get();
  return nullptr;
}

Layer* Document::layer(std::string_view name) {
  return const_cast<Layer*>(static_cast<const Document*>(this)->layer(name));
}

Layer& Document::layer_for(std::string_view name, std::string_view producer) {
  if (Layer* l = layer(name)) return *l;
  layers_.push_back(std::make_unique<Layer>(Layer{std::string(name), std::string(producer), {}}));
  return *layers_.back();
}

}  // namespace cadena
