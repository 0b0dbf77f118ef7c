#include "host.hpp"

#include <cadena/error.hpp>
#include <cadena/iso_date.hpp>
#include <cadena/json_output.hpp>
#include <cadena/utf8.hpp>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace cadena {

namespace {

std::string_view sv(cadena_str s) { return s.size ? std::string_view(s.data, s.size) : std::string_view(); }
cadena_str cs(std::string_view s) { return cadena_str{s.data(), s.size()}; }

void record_error(cadena_doc* call, std::string message) {
  if (call->error.empty()) call->error = std::move(message);
}

cadena_str text(const cadena_doc* c) { return cs(c->doc->text()); }
cadena_str original(const cadena_doc* c) { return cs(c->doc->original()); }

cadena_str meta(const cadena_doc* c, cadena_str key) {
  std::string_view k = sv(key);
  const Document& d = *c->doc;
  if (k == "id") return cs(d.id);
  if (k == "lang") return cs(d.lang);
  if (k == "date") return cs(d.date);
  if (k == "type") return cs(d.type);
  if (k == "source") return cs(d.source);
  if (k == "format") return cs(d.format);
  return cadena_str{nullptr, 0};
}

cadena_status set_meta(cadena_doc* c, cadena_str key, cadena_str value) {
  std::string_view k = sv(key), v = sv(value);
  Document& d = *c->doc;
  if (k == "date") {
    std::string problem = v.empty() ? "" : check_iso_date(v);
    if (!problem.empty()) {
      record_error(c, "set an invalid reference date: " + problem);
      return CADENA_ERROR;
    }
    d.date = std::string(v);
  } else if (k == "lang") {
    d.lang = std::string(v);
  } else if (k == "type") {
    d.type = std::string(v);
  } else {
    record_error(c, "cannot set document field '" + std::string(k) + "'");
    return CADENA_ERROR;
  }
  return CADENA_OK;
}

bool declared(const cadena_doc* c, std::string_view layer) {
  return std::find(c->writes->begin(), c->writes->end(), layer) != c->writes->end();
}

cadena_status set_text(cadena_doc* c, cadena_str new_text, const cadena_offset_piece* pieces, size_t count) {
  std::string_view t = sv(new_text);
  if (!declared(c, "text")) {
    record_error(c, "replaced the text without declaring \"text\" in its `writes`");
    return CADENA_ERROR;
  }
  std::size_t bad = find_invalid_utf8(t);
  if (bad != std::string_view::npos) {
    record_error(c, "produced a text that is not valid UTF-8 at byte " + std::to_string(bad));
    return CADENA_ERROR;
  }
  try {
    OffsetMap map(std::vector<cadena_offset_piece>(pieces, pieces + count), t.size(),
                  c->doc->original().size());
    c->doc->set_view(std::string(t), std::move(map));
  } catch (const Error& e) {
    record_error(c, e.what());
    return CADENA_ERROR;
  }
  return CADENA_OK;
}

const cadena_layer* layer(const cadena_doc* c, cadena_str name) {
  auto* call = const_cast<cadena_doc*>(c);
  std::string_view n = sv(name);
  // Whether a layer exists depends on the pipeline around the stage; an
  // undeclared read fails always, so the mistake shows in the first test.
  if (std::find(call->reads->begin(), call->reads->end(), n) == call->reads->end()) {
    record_error(call, "read layer '" + std::string(n) +
                           "' without declaring it in its `needs` (or `reads_if_present`, if optional)");
    return nullptr;
  }
  Layer* l = call->doc->layer(n);
  if (!l) return nullptr;
  for (const cadena_layer& h : call->handles)
    if (h.layer == l) return &h;
  call->handles.push_back(cadena_layer{l, call, false});
  return &call->handles.back();
}

cadena_layer* writable_layer(cadena_doc* c, cadena_str name) {
  std::string_view n = sv(name);
  if (n == "text" || !declared(c, n)) {
    record_error(c, "wrote layer '" + std::string(n) + "' without declaring it in its `writes`");
    return nullptr;
  }
  Layer& l = c->doc->layer_for(n, *c->stage);
  for (cadena_layer& h : c->handles) {
    if (h.layer == &l) {
      h.writable = true;
      return &h;
    }
  }
  c->handles.push_back(cadena_layer{&l, c, true});
  return &c->handles.back();
}

size_t span_count(const cadena_layer* l) { return l ? l->layer->spans.size() : 0; }

cadena_status span_at(const cadena_layer* l, size_t i, cadena_span* out) {
  if (!l || i >= l->layer->spans.size()) return CADENA_NOT_FOUND;
  out->begin = l->layer->spans[i].begin;
  out->end = l->layer->spans[i].end;
  return CADENA_OK;
}

void to_c(const Value& v, cadena_value* out) {
  *out = cadena_value{};
  if (auto* i = std::get_if<std::int64_t>(&v)) {
    out->kind = CADENA_VALUE_INT;
    out->i = *i;
  } else if (auto* d = std::get_if<double>(&v)) {
    out->kind = CADENA_VALUE_DOUBLE;
    out->d = *d;
  } else {
    out->kind = CADENA_VALUE_STRING;
    out->s = cs(std::get<std::string>(v));
  }
}

cadena_status span_attr(const cadena_layer* l, size_t i, cadena_str key, cadena_value* out) {
  if (!l || i >= l->layer->spans.size()) return CADENA_NOT_FOUND;
  const Value* v = l->layer->spans[i].find(sv(key));
  if (!v) return CADENA_NOT_FOUND;
  to_c(*v, out);
  return CADENA_OK;
}

size_t attr_count(const cadena_layer* l, size_t i) {
  if (!l || i >= l->layer->spans.size()) return 0;
  return l->layer->spans[i].attrs.size();
}

cadena_status attr_at(const cadena_layer* l, size_t i, size_t a, cadena_str* key, cadena_value* out) {
  if (!l || i >= l->layer->spans.size() || a >= l->layer->spans[i].attrs.size()) return CADENA_NOT_FOUND;
  const Attr& attr = l->layer->spans[i].attrs[a];
  *key = cs(attr.key);
  to_c(attr.value, out);
  return CADENA_OK;
}

cadena_status add_span(cadena_layer* l, cadena_span span, size_t* index) {
  if (!l || !l->writable) return CADENA_ERROR;
  std::string_view t = l->call->doc->text();
  if (span.begin > span.end || span.end > t.size()) {
    record_error(l->call, "wrote a span [" + std::to_string(span.begin) + ", " + std::to_string(span.end) +
                              ") outside the " + std::to_string(t.size()) + "-byte text of layer '" +
                              l->layer->name + "'");
    return CADENA_ERROR;
  }
  if (!on_char_boundary(t, span.begin) || !on_char_boundary(t, span.end)) {
    record_error(l->call, "wrote a span [" + std::to_string(span.begin) + ", " + std::to_string(span.end) +
                              ") that cuts a UTF-8 character, in layer '" + l->layer->name + "'");
    return CADENA_ERROR;
  }
  l->layer->spans.push_back(Span{span.begin, span.end, {}});
  if (index) *index = l->layer->spans.size() - 1;
  return CADENA_OK;
}

cadena_status set_attr(cadena_layer* l, size_t i, cadena_str key, const cadena_value* value) {
  if (!l || !l->writable || i >= l->layer->spans.size() || !value) return CADENA_ERROR;
  if (is_reserved_attribute(sv(key))) {
    record_error(l->call, "set attribute '" + std::string(sv(key)) + "', a name the output reserves for offsets and text");
    return CADENA_ERROR;
  }
  Value v;
  switch (value->kind) {
    case CADENA_VALUE_INT: v = value->i; break;
    case CADENA_VALUE_DOUBLE: v = value->d; break;
    case CADENA_VALUE_STRING: {
      std::string_view s = sv(value->s);
      if (find_invalid_utf8(s) != std::string_view::npos) {
        record_error(l->call, "set attribute '" + std::string(sv(key)) + "' to invalid UTF-8");
        return CADENA_ERROR;
      }
      v = std::string(s);
      break;
    }
    default:
      record_error(l->call, "set attribute '" + std::string(sv(key)) + "' to a value of unknown kind");
      return CADENA_ERROR;
  }
  l->layer->spans[i].set(sv(key), std::move(v));
  return CADENA_OK;
}

void fail(cadena_doc* c, cadena_str message) {
  std::string m(sv(message));
  record_error(c, m.empty() ? "failed without a message" : m);
}

}  // namespace

const cadena_host& host_table() {
  static const cadena_host table = {
      sizeof(cadena_host), 0,         text,      original,     meta,    set_meta, set_text,
      layer,               writable_layer, span_count, span_at, span_attr, attr_count, attr_at,
      add_span,            set_attr,  fail,      {}};
  return table;
}

}  // namespace cadena
