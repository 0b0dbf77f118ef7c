// Runs one stage on one text, with given layers, inside a unit test: no CLI,
// no pipeline config, no Cadena library (header-only, like the SDK).
//
//   #include <cadena/stage_test.hpp>
//   extern "C" const cadena_plugin_info* cadena_plugin_entry_quotes(void);  // built with CADENA_STATIC_PLUGIN
//
//   TEST(Quotes, FindsTheSpeaker) {
//     cadena::StageTest quotes(cadena_plugin_entry_quotes(), "quotes", R"({"lang": "es"})", "data");
//     cadena::TestDoc doc("«Vamos», dijo Ana.", "es");
//     doc.add_layer("sentences", {{0, 21}});
//     ASSERT_EQ(quotes.run(doc), "");                   // "" or why the document failed
//     EXPECT_EQ(doc.span_text("quotes", 0), "«Vamos»");
//     EXPECT_EQ(doc.attr("quotes", 0, "speaker"), "Ana");
//   }
//
// The stage's options are its defaults with `options` merged on (top-level
// keys; an unknown key is refused, as the pipeline does). The host here keeps
// the promises a stage relies on: writes only to declared layers, reads only
// of declared layers (`needs`, `reads_if_present`, `writes`), spans inside the
// text and on UTF-8 character boundaries. It is not the pipeline: order checks
// between stages and the JSON output are tested with the CLI.
#ifndef CADENA_STAGE_TEST_HPP
#define CADENA_STAGE_TEST_HPP

#include <cadena/sdk.hpp>

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace cadena {

// One span of a TestDoc layer: bytes [begin, end) and its attributes as JSON.
struct TestSpan {
  std::size_t begin;
  std::size_t end;
  nlohmann::json attrs = nlohmann::json::object();
};

// The document a StageTest runs on.
class TestDoc {
 public:
  explicit TestDoc(std::string text, std::string lang = "es", std::string date = "")
      : text_(std::move(text)), lang_(std::move(lang)), date_(std::move(date)) {}

  // A layer as an earlier stage would have written it.
  void add_layer(const std::string& name, std::vector<TestSpan> spans) { layers_[name] = std::move(spans); }

  const std::string& text() const { return text_; }
  bool has_layer(const std::string& name) const { return layers_.count(name) > 0; }
  const std::vector<TestSpan>& layer(const std::string& name) const { return layers_.at(name); }
  std::string span_text(const std::string& name, std::size_t i) const {
    const TestSpan& s = layer(name).at(i);
    return text_.substr(s.begin, s.end - s.begin);
  }
  const nlohmann::json& attr(const std::string& name, std::size_t i, const std::string& key) const {
    return layer(name).at(i).attrs.at(key);
  }

 private:
  friend class StageTest;
  std::string text_, lang_, date_, id_ = "test", type_, source_, format_ = "text";
  std::map<std::string, std::vector<TestSpan>> layers_;
};

class StageTest {
 public:
  // `info`: the plugin's entry point's result; `stage`: one of its stage
  // names; `data_dir`: its data folder ("" for none). Throws std::runtime_error
  // with the stage's own message when it cannot be built (a bad option).
  StageTest(const cadena_plugin_info* info, const std::string& stage, const std::string& options_json = "{}",
            const std::string& data_dir = "")
      : data_dir_(data_dir) {
    for (std::size_t i = 0; info && i < info->factory_count; ++i) {
      const auto& f = *reinterpret_cast<const cadena_stage_factory*>(
          reinterpret_cast<const char*>(info->factories) + i * info->factories[0].struct_size);
      if (from_c(f.name) == stage) factory_ = &f;
    }
    if (!factory_) throw std::runtime_error("the plugin has no stage '" + stage + "'");
    writes_ = split(from_c(factory_->writes));
    reads_ = split(from_c(factory_->needs));
    if (info->abi_minor >= 1) {
      auto optional = split(from_c(factory_->reads_if_present));
      reads_.insert(reads_.end(), optional.begin(), optional.end());
    }
    reads_.insert(reads_.end(), writes_.begin(), writes_.end());
    nlohmann::json options = nlohmann::json::parse(std::string(from_c(factory_->default_options)));
    nlohmann::json given = nlohmann::json::parse(options_json);
    for (auto& [key, value] : given.items()) {
      if (!options.contains(key)) throw std::runtime_error("/options/" + key + ": unknown option");
      options[key] = value;
    }
    std::string merged = options.dump(), error;
    cadena_create_args args{};
    args.struct_size = sizeof(args);
    args.stage_name = to_c(stage);
    args.options_json = to_c(merged);
    args.data_dir = to_c(data_dir_);
    args.data_dir_sought = to_c(data_dir_);
    args.error_context = &error;
    args.error = [](void* ctx, cadena_str m) { static_cast<std::string*>(ctx)->assign(from_c(m)); };
    handle_ = factory_->create(&args);
    if (!handle_) throw std::runtime_error(error.empty() ? "the stage could not be built" : error);
  }
  ~StageTest() {
    if (handle_) factory_->destroy(handle_);
  }
  StageTest(const StageTest&) = delete;
  StageTest& operator=(const StageTest&) = delete;

  // Runs the stage on `doc`, adding the layers it writes. Returns "" or why
  // the document failed.
  std::string run(TestDoc& doc) const {
    Call call{&doc, this, {}, {}};
    cadena_status status = factory_->process(handle_, reinterpret_cast<cadena_doc*>(&call), &host());
    if (status == CADENA_OK && call.error.empty()) return "";
    return call.error.empty() ? "failed without a message" : call.error;
  }

 private:
  struct Call;
  struct Layer {
    std::vector<TestSpan>* spans;
    Call* call;
    bool writable;
  };
  struct Call {
    TestDoc* doc;
    const StageTest* test;
    std::deque<Layer> handles;
    std::string error;
    void fail(std::string m) {
      if (error.empty()) error = std::move(m);
    }
  };

  static std::vector<std::string> split(std::string_view list) {
    std::vector<std::string> out;
    while (!list.empty()) {
      std::size_t comma = std::min(list.find(','), list.size());
      std::string_view item = list.substr(0, comma);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      if (!item.empty()) out.emplace_back(item);
      list.remove_prefix(std::min(comma + 1, list.size()));
    }
    return out;
  }
  static bool listed(const std::vector<std::string>& list, std::string_view name) {
    return std::find(list.begin(), list.end(), name) != list.end();
  }
  static Call* call_of(const cadena_doc* d) { return reinterpret_cast<Call*>(const_cast<cadena_doc*>(d)); }
  static Layer* layer_of(const cadena_layer* l) { return reinterpret_cast<Layer*>(const_cast<cadena_layer*>(l)); }
  static cadena_layer* handle(Call* c, std::vector<TestSpan>* spans, bool writable) {
    for (Layer& h : c->handles)
      if (h.spans == spans) {
        h.writable = h.writable || writable;
        return reinterpret_cast<cadena_layer*>(&h);
      }
    c->handles.push_back(Layer{spans, c, writable});
    return reinterpret_cast<cadena_layer*>(&c->handles.back());
  }
  static bool on_boundary(std::string_view t, std::uint64_t i) {
    return i == t.size() || (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80;
  }
  static cadena_status to_value(const nlohmann::json& v, cadena_value* out) {
    *out = cadena_value{};
    if (v.is_number_integer()) {
      out->kind = CADENA_VALUE_INT;
      out->i = v.get<std::int64_t>();
    } else if (v.is_number()) {
      out->kind = CADENA_VALUE_DOUBLE;
      out->d = v.get<double>();
    } else if (v.is_string()) {
      out->kind = CADENA_VALUE_STRING;
      out->s = to_c(v.get_ref<const std::string&>());
    } else {
      return CADENA_NOT_FOUND;
    }
    return CADENA_OK;
  }
  static nlohmann::json to_json(const cadena_value& v) {
    if (v.kind == CADENA_VALUE_INT) return v.i;
    if (v.kind == CADENA_VALUE_DOUBLE) return v.d;
    return std::string(from_c(v.s));
  }

  static const cadena_host& host() {
    static const cadena_host table = [] {
      cadena_host h{};
      h.struct_size = sizeof(h);
      h.text = [](const cadena_doc* d) { return to_c(call_of(d)->doc->text_); };
      h.original = [](const cadena_doc* d) { return to_c(call_of(d)->doc->text_); };
      h.meta = [](const cadena_doc* d, cadena_str key) {
        const TestDoc& doc = *call_of(d)->doc;
        std::string_view k = from_c(key);
        return to_c(k == "id"       ? doc.id_
                    : k == "lang"   ? doc.lang_
                    : k == "date"   ? doc.date_
                    : k == "type"   ? doc.type_
                    : k == "source" ? doc.source_
                    : k == "format" ? doc.format_
                                    : std::string_view());
      };
      h.set_meta = [](cadena_doc* d, cadena_str key, cadena_str value) {
        TestDoc& doc = *call_of(d)->doc;
        std::string_view k = from_c(key);
        if (k == "lang") doc.lang_ = std::string(from_c(value));
        else if (k == "date") doc.date_ = std::string(from_c(value));
        else if (k == "type") doc.type_ = std::string(from_c(value));
        else return CADENA_ERROR;
        return CADENA_OK;
      };
      h.set_text = [](cadena_doc* d, cadena_str, const cadena_offset_piece*, size_t) {
        call_of(d)->fail("StageTest does not run text-replacing stages; test those with the CLI");
        return CADENA_ERROR;
      };
      h.layer = [](const cadena_doc* d, cadena_str name) -> const cadena_layer* {
        Call* c = call_of(d);
        std::string n(from_c(name));
        if (!listed(c->test->reads_, n)) {
          c->fail("read layer '" + n + "' without declaring it in its `needs` (or `reads_if_present`, if optional)");
          return nullptr;
        }
        auto it = c->doc->layers_.find(n);
        return it == c->doc->layers_.end() ? nullptr : handle(c, &it->second, false);
      };
      h.writable_layer = [](cadena_doc* d, cadena_str name) -> cadena_layer* {
        Call* c = call_of(d);
        std::string n(from_c(name));
        if (!listed(c->test->writes_, n)) {
          c->fail("wrote layer '" + n + "' without declaring it in its `writes`");
          return nullptr;
        }
        return handle(c, &c->doc->layers_[n], true);
      };
      h.span_count = [](const cadena_layer* l) -> size_t { return l ? layer_of(l)->spans->size() : 0; };
      h.span_at = [](const cadena_layer* l, size_t i, cadena_span* out) {
        if (!l || i >= layer_of(l)->spans->size()) return CADENA_NOT_FOUND;
        const TestSpan& s = (*layer_of(l)->spans)[i];
        *out = cadena_span{s.begin, s.end};
        return CADENA_OK;
      };
      h.span_attr = [](const cadena_layer* l, size_t i, cadena_str key, cadena_value* out) {
        if (!l || i >= layer_of(l)->spans->size()) return CADENA_NOT_FOUND;
        const nlohmann::json& attrs = (*layer_of(l)->spans)[i].attrs;
        auto it = attrs.find(std::string(from_c(key)));
        return it == attrs.end() ? CADENA_NOT_FOUND : to_value(*it, out);
      };
      h.attr_count = [](const cadena_layer* l, size_t i) -> size_t {
        return l && i < layer_of(l)->spans->size() ? (*layer_of(l)->spans)[i].attrs.size() : 0;
      };
      h.attr_at = [](const cadena_layer* l, size_t i, size_t a, cadena_str* key, cadena_value* out) {
        if (!l || i >= layer_of(l)->spans->size()) return CADENA_NOT_FOUND;
        const nlohmann::json& attrs = (*layer_of(l)->spans)[i].attrs;
        if (a >= attrs.size()) return CADENA_NOT_FOUND;
        auto it = std::next(attrs.begin(), static_cast<std::ptrdiff_t>(a));
        *key = to_c(it.key());
        return to_value(it.value(), out);
      };
      h.add_span = [](cadena_layer* l, cadena_span span, size_t* index) {
        Layer* h = layer_of(l);
        if (!h || !h->writable) return CADENA_ERROR;
        std::string_view t = h->call->doc->text_;
        if (span.begin > span.end || span.end > t.size() || !on_boundary(t, span.begin) || !on_boundary(t, span.end)) {
          h->call->fail("wrote a span [" + std::to_string(span.begin) + ", " + std::to_string(span.end) +
                        ") outside the text or cutting a UTF-8 character");
          return CADENA_ERROR;
        }
        h->spans->push_back(TestSpan{static_cast<std::size_t>(span.begin), static_cast<std::size_t>(span.end)});
        if (index) *index = h->spans->size() - 1;
        return CADENA_OK;
      };
      h.set_attr = [](cadena_layer* l, size_t i, cadena_str key, const cadena_value* value) {
        Layer* h = layer_of(l);
        if (!h || !h->writable || i >= h->spans->size() || !value) return CADENA_ERROR;
        (*h->spans)[i].attrs[std::string(from_c(key))] = to_json(*value);
        return CADENA_OK;
      };
      h.fail = [](cadena_doc* d, cadena_str m) { call_of(d)->fail(std::string(from_c(m))); };
      return h;
    }();
    return table;
  }

  const cadena_stage_factory* factory_ = nullptr;
  cadena_stage* handle_ = nullptr;
  std::string data_dir_;
  std::vector<std::string> writes_, reads_;
};

}  // namespace cadena

#endif  // CADENA_STAGE_TEST_HPP
