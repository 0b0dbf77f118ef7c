// The C++ SDK for stage authors: an ordinary C++ class on top of the C ABI in
// cadena/abi.h. Header-only, so a plugin depends on no Cadena library; the
// first-party plugins use exactly this file.
//
//   class Shout : public cadena::Stage {
//    public:
//     explicit Shout(const cadena::StageContext& ctx) : min_(ctx.options.at("min").get<int>()) {}
//     void process(cadena::DocRef& doc) const override { ... }
//    private:
//     int min_;
//   };
//   CADENA_PLUGIN(shout, "1.0.0", "MIT", "Marks loud words.",
//                 cadena::stage<Shout>("shout", "Marks loud words.", R"({"min": 3})", "", "loud"))
//
// Threading: one Stage object serves many documents from several threads at
// once, so process() is const and keeps per-document state on its own stack.
// Errors: throw from the constructor (bad options, missing data) or from
// process() (this document failed); the SDK turns the exception into an error
// message at the boundary. OptionError names the offending option.
#ifndef CADENA_SDK_HPP
#define CADENA_SDK_HPP

#include <cadena/abi.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#if defined(_WIN32)
#define CADENA_EXPORT __declspec(dllexport)
#else
#define CADENA_EXPORT __attribute__((visibility("default")))
#endif

namespace cadena {

inline cadena_str to_c(std::string_view s) { return cadena_str{s.data(), s.size()}; }
inline std::string_view from_c(cadena_str s) {
  return s.size == 0 ? std::string_view() : std::string_view(s.data, s.size);
}

// A bad option value: `pointer` is the JSON pointer inside the stage's options.
class OptionError : public std::runtime_error {
 public:
  OptionError(const std::string& pointer, const std::string& what)
      : std::runtime_error("/options" + pointer + ": " + what) {}
};

// What a stage is built from.
struct StageContext {
  std::string name;        // the stage's name in the pipeline config
  nlohmann::json options;  // defaults merged with the user's options, types already checked
  std::string data_dir;    // this plugin's data folder ("" if it has none)
  std::string data_dir_sought;  // where the host looked for it (ABI 1.1; may be "")

  // A file in the data folder. Never resolved against the working folder: a
  // plugin without a data folder gets an error naming where the host looked,
  // rather than whatever file of that name the current folder holds.
  std::string data_path(std::string_view relative) const {
    if (data_dir.empty())
      throw std::runtime_error("cannot read data file '" + std::string(relative) +
                               "': this plugin has no data folder" +
                               (data_dir_sought.empty() ? std::string() : " (looked for '" + data_dir_sought + "')"));
    return data_dir + "/" + std::string(relative);
  }
};

// Byte offsets into the text; the ABI carries them as 64-bit values, but a
// text in memory is always addressable with size_t (also on wasm32).
struct SpanRange {
  std::size_t begin;
  std::size_t end;
};

// Read access to a layer written by an earlier stage. A default-constructed
// LayerRef is the absent layer: size() == 0.
class LayerRef {
 public:
  LayerRef() = default;
  LayerRef(const cadena_layer* layer, const cadena_host* host) : layer_(layer), host_(host) {}

  explicit operator bool() const { return layer_ != nullptr; }
  std::size_t size() const { return layer_ ? host_->span_count(layer_) : 0; }
  SpanRange operator[](std::size_t i) const {
    cadena_span s{0, 0};
    host_->span_at(layer_, i, &s);
    return {static_cast<std::size_t>(s.begin), static_cast<std::size_t>(s.end)};
  }
  std::optional<std::int64_t> attr_int(std::size_t i, std::string_view key) const {
    cadena_value v = get(i, key);
    if (v.kind == CADENA_VALUE_INT) return v.i;
    return std::nullopt;
  }
  std::optional<double> attr_double(std::size_t i, std::string_view key) const {
    cadena_value v = get(i, key);
    if (v.kind == CADENA_VALUE_DOUBLE) return v.d;
    if (v.kind == CADENA_VALUE_INT) return static_cast<double>(v.i);
    return std::nullopt;
  }
  // The view stays valid for the current process() call.
  std::optional<std::string_view> attr_string(std::size_t i, std::string_view key) const {
    cadena_value v = get(i, key);
    if (v.kind == CADENA_VALUE_STRING) return from_c(v.s);
    return std::nullopt;
  }

 private:
  cadena_value get(std::size_t i, std::string_view key) const {
    cadena_value v{};
    if (!layer_ || host_->span_attr(layer_, i, to_c(key), &v) != CADENA_OK) v.kind = CADENA_VALUE_NONE;
    return v;
  }
  const cadena_layer* layer_ = nullptr;
  const cadena_host* host_ = nullptr;
};

// Adds attributes to one span just added to a layer.
class SpanWriter {
 public:
  SpanWriter(cadena_layer* layer, std::size_t index, const cadena_host* host)
      : layer_(layer), index_(index), host_(host) {}
  SpanWriter& set(std::string_view key, std::int64_t value) {
    cadena_value v{};
    v.kind = CADENA_VALUE_INT;
    v.i = value;
    return put(key, v);
  }
  SpanWriter& set(std::string_view key, int value) { return set(key, static_cast<std::int64_t>(value)); }
  SpanWriter& set(std::string_view key, double value) {
    cadena_value v{};
    v.kind = CADENA_VALUE_DOUBLE;
    v.d = value;
    return put(key, v);
  }
  SpanWriter& set(std::string_view key, std::string_view value) {
    cadena_value v{};
    v.kind = CADENA_VALUE_STRING;
    v.s = to_c(value);
    return put(key, v);
  }
  SpanWriter& set(std::string_view key, const char* value) { return set(key, std::string_view(value)); }
  std::size_t index() const { return index_; }

 private:
  SpanWriter& put(std::string_view key, const cadena_value& v) {
    if (host_->set_attr(layer_, index_, to_c(key), &v) != CADENA_OK)
      throw std::runtime_error("cannot set attribute '" + std::string(key) + "'");
    return *this;
  }
  cadena_layer* layer_;
  std::size_t index_;
  const cadena_host* host_;
};

// A layer this stage writes.
class LayerWriter {
 public:
  LayerWriter(cadena_layer* layer, const cadena_host* host) : layer_(layer), host_(host) {}
  SpanWriter add(std::uint64_t begin, std::uint64_t end) {
    std::size_t index = 0;
    if (host_->add_span(layer_, cadena_span{begin, end}, &index) != CADENA_OK)
      throw std::runtime_error("span [" + std::to_string(begin) + ", " + std::to_string(end) +
                               ") is not inside the text");
    return SpanWriter(layer_, index, host_);
  }
  SpanWriter at(std::size_t index) { return SpanWriter(layer_, index, host_); }
  LayerRef read() const { return LayerRef(layer_, host_); }

 private:
  cadena_layer* layer_;
  const cadena_host* host_;
};

// One piece of the cleaned text's map back to the original (see abi.h).
using OffsetPiece = cadena_offset_piece;

// The document being processed; valid for one process() call.
class DocRef {
 public:
  DocRef(cadena_doc* doc, const cadena_host* host) : doc_(doc), host_(host) {}

  std::string_view text() const { return from_c(host_->text(doc_)); }
  std::string_view original() const { return from_c(host_->original(doc_)); }
  std::string_view id() const { return meta("id"); }
  std::string_view lang() const { return meta("lang"); }
  std::string_view date() const { return meta("date"); }  // YYYY-MM-DD[THH:MM[:SS]] or empty
  std::string_view type() const { return meta("type"); }
  std::string_view source() const { return meta("source"); }
  std::string_view format() const { return meta("format"); }  // "text" or "html", from the input

  void set_lang(std::string_view v) { set_meta("lang", v); }
  void set_date(std::string_view v) { set_meta("date", v); }
  void set_type(std::string_view v) { set_meta("type", v); }
  void set_text(std::string_view text, const std::vector<OffsetPiece>& pieces) {
    if (host_->set_text(doc_, to_c(text), pieces.data(), pieces.size()) != CADENA_OK)
      throw std::runtime_error("the host refused the cleaned text");
  }

  // A layer an earlier stage wrote (empty if none did). `name` must be in the
  // stage's `needs`, `reads_if_present` or `writes`; any other name fails
  // the document ("read layer 'x' without declaring it...").
  LayerRef layer(std::string_view name) const {
    return LayerRef(host_->layer(doc_, to_c(name)), host_);
  }
  LayerWriter write(std::string_view name) {
    cadena_layer* l = host_->writable_layer(doc_, to_c(name));
    if (!l) throw std::runtime_error("layer '" + std::string(name) + "' is not declared in `writes`");
    return LayerWriter(l, host_);
  }

 private:
  std::string_view meta(const char* key) const { return from_c(host_->meta(doc_, to_c(key))); }
  void set_meta(const char* key, std::string_view v) {
    if (host_->set_meta(doc_, to_c(key), to_c(v)) != CADENA_OK)
      throw std::runtime_error(std::string("the host refused to set ") + key);
  }
  cadena_doc* doc_;
  const cadena_host* host_;
};

class Stage {
 public:
  virtual ~Stage() = default;
  virtual void process(DocRef& doc) const = 0;
};

namespace detail {

template <class S>
cadena_stage* create(const cadena_create_args* args) {
  auto report = [args](const std::string& message) {
    args->error(args->error_context, to_c(message));
  };
  try {
    StageContext ctx;
    ctx.name = std::string(from_c(args->stage_name));
    ctx.options = nlohmann::json::parse(from_c(args->options_json));
    ctx.data_dir = std::string(from_c(args->data_dir));
    if (args->struct_size >= offsetof(cadena_create_args, reserved))
      ctx.data_dir_sought = std::string(from_c(args->data_dir_sought));
    Stage* stage = new S(ctx);
    return reinterpret_cast<cadena_stage*>(stage);
  } catch (const std::exception& e) {
    report(e.what());
  } catch (...) {
    report("unknown error while building the stage");
  }
  return nullptr;
}

inline void destroy(cadena_stage* stage) { delete reinterpret_cast<Stage*>(stage); }

inline cadena_status process(const cadena_stage* stage, cadena_doc* doc, const cadena_host* host) {
  try {
    DocRef ref(doc, host);
    reinterpret_cast<const Stage*>(stage)->process(ref);
    return CADENA_OK;
  } catch (const std::exception& e) {
    host->fail(doc, to_c(e.what()));
  } catch (...) {
    host->fail(doc, to_c("unknown error"));
  }
  return CADENA_ERROR;
}

}  // namespace detail

// Describes one stage kind: S must derive from Stage and be constructible from
// a StageContext. `needs`, `writes` and `reads_if_present` are comma-separated
// layer names. The pipeline refuses a config where no earlier stage writes a
// layer in `needs`; a layer in `reads_if_present` is read when an earlier
// stage wrote it (doc.layer() is then non-empty) and is not required.
// doc.layer() of a layer in none of the three fails the document.
template <class S>
constexpr cadena_stage_factory stage(const char* name, const char* description,
                                     const char* default_options, const char* needs,
                                     const char* writes, const char* reads_if_present = "") {
  return cadena_stage_factory{sizeof(cadena_stage_factory),
                              0,
                              cadena_str{name, std::char_traits<char>::length(name)},
                              cadena_str{description, std::char_traits<char>::length(description)},
                              cadena_str{default_options, std::char_traits<char>::length(default_options)},
                              cadena_str{needs, std::char_traits<char>::length(needs)},
                              cadena_str{writes, std::char_traits<char>::length(writes)},
                              &detail::create<S>,
                              &detail::destroy,
                              &detail::process,
                              cadena_str{reads_if_present, std::char_traits<char>::length(reads_if_present)},
                              {nullptr, nullptr}};
}

}  // namespace cadena

// A plugin built as a shared library exports `cadena_plugin_entry`. Built for a
// static link (WebAssembly, CADENA_STATIC_PLUGIN defined), each plugin gets its
// own entry name, which the generated registration table calls.
#ifdef CADENA_STATIC_PLUGIN
#define CADENA_PLUGIN_ENTRY(id) extern "C" const cadena_plugin_info* cadena_plugin_entry_##id(void)
#else
#define CADENA_PLUGIN_ENTRY(id) extern "C" CADENA_EXPORT const cadena_plugin_info* cadena_plugin_entry(void)
#endif

#define CADENA_STR_LITERAL(s) cadena_str{s, sizeof(s) - 1}

// CADENA_PLUGIN(id, version, license, description, factories...)
#define CADENA_PLUGIN(id, version, license, description, ...)                                   \
  static const cadena_stage_factory cadena_factories_##id[] = {__VA_ARGS__};                    \
  CADENA_PLUGIN_ENTRY(id) {                                                                     \
    static const cadena_plugin_info info = {                                                    \
        CADENA_ABI_MAJOR,                                                                       \
        CADENA_ABI_MINOR,                                                                       \
        sizeof(cadena_plugin_info),                                                             \
        CADENA_STR_LITERAL(#id),                                                                \
        CADENA_STR_LITERAL(version),                                                            \
        CADENA_STR_LITERAL(license),                                                            \
        CADENA_STR_LITERAL(description),                                                        \
        cadena_factories_##id,                                                                  \
        sizeof(cadena_factories_##id) / sizeof(cadena_factories_##id[0]),                      \
        {nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}};              \
    return &info;                                                                               \
  }

#endif  // CADENA_SDK_HPP
