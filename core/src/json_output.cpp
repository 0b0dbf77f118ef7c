#include <cadena/json_output.hpp>
#include <cadena/utf8.hpp>

#include <cmath>
#include <nlohmann/json.hpp>

namespace cadena {

namespace {

void append_string(std::string_view s, std::string& out) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void append_key(std::string_view key, std::string& out) {
  append_string(key, out);
  out += ':';
}

void append_value(const Value& v, std::string& out) {
  if (auto* i = std::get_if<std::int64_t>(&v)) {
    out += std::to_string(*i);
  } else if (auto* d = std::get_if<double>(&v)) {
    // nlohmann prints the shortest form that reads back exactly, the same in
    // every build; JSON has no NaN or infinity.
    out += std::isfinite(*d) ? nlohmann::json(*d).dump() : "null";
  } else {
    append_string(std::get<std::string>(v), out);
  }
}

// Converts the byte offsets of spans to code points of the view and of the original.
class Offsets {
 public:
  explicit Offsets(const Document& doc)
      : doc_(doc), view_(doc.text()), original_(doc.cleaned() ? CodePointIndex(doc.original()) : view_) {}

  void append_span(const Span& s, std::string& out) const {
    std::uint64_t ob = doc_.offsets().to_original_begin(s.begin);
    std::uint64_t oe = doc_.offsets().to_original_end(s.end);
    out += "\"start\":" + std::to_string(view_(s.begin));
    out += ",\"end\":" + std::to_string(view_(s.end));
    out += ",\"orig_start\":" + std::to_string(original_(ob));
    out += ",\"orig_end\":" + std::to_string(original_(oe));
    out += ",\"text\":";
    append_string(doc_.text().substr(s.begin, s.end - s.begin), out);
  }

 private:
  const Document& doc_;
  CodePointIndex view_;
  CodePointIndex original_;
};

void append_span(const Offsets& offsets, const Span& s, std::string& out) {
  out += '{';
  offsets.append_span(s, out);
  for (const Attr& a : s.attrs) {
    out += ',';
    append_key(a.key, out);
    append_value(a.value, out);
  }
  out += '}';
}

void append_spans(const Offsets& offsets, const Layer& layer, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < layer.spans.size(); ++i) {
    if (i) out += ',';
    append_span(offsets, layer.spans[i], out);
  }
  out += ']';
}

// The summary is a layer of sentence spans; its JSON form adds their joined text.
void append_summary(const Offsets& offsets, const Document& doc, const Layer& layer, std::string& out) {
  out += "{\"sentences\":";
  append_spans(offsets, layer, out);
  std::string text;
  for (const Span& s : layer.spans) {
    if (!text.empty()) text += ' ';
    text += doc.text().substr(s.begin, s.end - s.begin);
  }
  out += ",\"text\":";
  append_string(text, out);
  out += '}';
}

}  // namespace

bool is_reserved_attribute(std::string_view key) {
  return key == "start" || key == "end" || key == "orig_start" || key == "orig_end" || key == "text";
}

void append_json(const Document& doc, std::string& out) {
  out += "{\"schema\":";
  append_string(kSchema, out);
  out += ",\"id\":";
  append_string(doc.id, out);
  out += ",\"lang\":";
  append_string(doc.lang, out);
  out += ",\"date\":";
  if (doc.date.empty()) out += "null";
  else append_string(doc.date, out);
  out += ",\"type\":";
  append_string(doc.type, out);
  out += ",\"text\":";
  append_string(doc.text(), out);
  Offsets offsets(doc);
  for (const auto& layer : doc.layers()) {
    out += ',';
    append_key(layer->name, out);
    if (layer->name == "summary") append_summary(offsets, doc, *layer, out);
    else append_spans(offsets, *layer, out);
  }
  out += '}';
}

}  // namespace cadena
