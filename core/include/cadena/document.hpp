// The document a pipeline works on (host side).
//
// The original UTF-8 text is never changed. A cleaning stage may replace the
// working text by a cleaned *view* plus an OffsetMap back to the original;
// every layer is stand-off: spans of byte offsets into the view.
// A Document is used by one thread at a time.
#ifndef CADENA_DOCUMENT_HPP
#define CADENA_DOCUMENT_HPP

#include <cadena/abi.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cadena {

using Value = std::variant<std::int64_t, double, std::string>;

struct Attr {
  std::string key;
  Value value;
};

// Bytes [begin, end) of the view, with typed attributes in insertion order.
struct Span {
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
  std::vector<Attr> attrs;

  const Value* find(std::string_view key) const;
  void set(std::string_view key, Value value);
};

struct Layer {
  std::string name;
  std::string producer;  // the stage that wrote it
  std::vector<Span> spans;
};

// Maps byte offsets of the view back to the original text. Built from the
// pieces a cleaning stage reports (see cadena_offset_piece); without pieces it
// is the identity.
class OffsetMap {
 public:
  OffsetMap() = default;
  // Checks that the pieces cover [0, view_size) in order and stay inside
  // [0, original_size) without going backwards; throws cadena::Error if not.
  OffsetMap(std::vector<cadena_offset_piece> pieces, std::uint64_t view_size,
            std::uint64_t original_size);

  bool identity() const { return pieces_.empty(); }
  const std::vector<cadena_offset_piece>& pieces() const { return pieces_; }
  // Where a span starting at `view` starts in the original.
  std::uint64_t to_original_begin(std::uint64_t view) const;
  // Where a span ending at `view` ends in the original.
  std::uint64_t to_original_end(std::uint64_t view) const;

 private:
  std::vector<cadena_offset_piece> pieces_;
};

struct StageTiming {
  std::string stage;
  double milliseconds;
};

class Document {
 public:
  Document(std::string id, std::string original);

  std::string id;
  std::string lang = "es";
  std::string date;  // reference date, YYYY-MM-DD[THH:MM[:SS]], or empty
  std::string type = "news";
  std::string source;           // where it was read from (file or file:line)
  std::string format = "text";  // "text" or "html"
  std::vector<StageTiming> timings;

  const std::string& original() const { return original_; }
  std::string_view text() const { return view_ ? std::string_view(*view_) : original_; }
  bool cleaned() const { return view_ != nullptr; }
  const OffsetMap& offsets() const { return map_; }
  // Replaces the working text; refused (cadena::Error) once a layer exists,
  // since the layer's offsets would point into the old text.
  void set_view(std::string text, OffsetMap map);

  const Layer* layer(std::string_view name) const;
  Layer* layer(std::string_view name);
  // The layer `name`, created (empty, owned by `producer`) if absent.
  Layer& layer_for(std::string_view name, std::string_view producer);
  // In the order they were created; the pointers stay valid.
  const std::vector<std::unique_ptr<Layer>>& layers() const { return layers_; }

 private:
  std::string original_;
  std::unique_ptr<std::string> view_;
  OffsetMap map_;
  std::vector<std::unique_ptr<Layer>> layers_;
};

}  // namespace cadena

#endif  // CADENA_DOCUMENT_HPP
