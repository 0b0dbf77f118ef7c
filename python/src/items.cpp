// Python inputs to documents, with the checks and messages of a JSONL line.
#include <cadena/input_checks.hpp>
#include <cadena/input_record.hpp>

#include <nlohmann/json.hpp>

#include "native.hpp"

namespace py = pybind11;

namespace cadena::python {

namespace {

constexpr const char* kFields[] = {"id", "text", "date", "lang", "format", "type"};

// A str as UTF-8, or false (and the Python error cleared) when it holds
// lone surrogates, which UTF-8 cannot carry.
bool utf8_of(PyObject* str, std::string& out) {
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(str, &size);
  if (!data) {
    PyErr_Clear();
    return false;
  }
  out.assign(data, static_cast<std::size_t>(size));
  return true;
}

// One field of a dict input as JSON, as it would be on a JSONL line. A
// datetime.date (anything with isoformat()) stands for its ISO string.
bool field_to_json(py::handle value, nlohmann::json& out, std::string& error, const char* key) {
  if (value.is_none()) {
    out = nullptr;
  } else if (PyUnicode_Check(value.ptr())) {
    std::string s;
    if (!utf8_of(value.ptr(), s)) {
      error = std::string("\"") + key + "\" is not valid Unicode (it holds a lone surrogate)";
      return false;
    }
    out = std::move(s);
  } else if (PyBool_Check(value.ptr())) {
    out = value.ptr() == Py_True;
  } else if (PyLong_Check(value.ptr())) {
    int overflow = 0;
    long long n = PyLong_AsLongLongAndOverflow(value.ptr(), &overflow);
    if (overflow) {
      error = std::string("\"") + key + "\" is an integer out of range";
      return false;
    }
    out = n;
  } else if (PyFloat_Check(value.ptr())) {
    out = PyFloat_AsDouble(value.ptr());
  } else if (py::hasattr(value, "isoformat")) {
    return field_to_json(value.attr("isoformat")(), out, error, key);
  } else {
    error = std::string("\"") + key + "\" has an unsupported type: " +
            std::string(py::str(py::type::handle_of(value).attr("__name__")));
    return false;
  }
  return true;
}

}  // namespace

void fill_item(py::handle input, const std::string& default_id, RunItem& item) {
  item.keep_document = true;
  item.where = default_id;
  if (PyUnicode_Check(input.ptr())) {
    std::string text;
    if (!utf8_of(input.ptr(), text)) {
      item.error = "the text is not valid Unicode (it holds a lone surrogate)";
      return;
    }
    item.input_bytes = text.size();
    item.error = check_text(text, RecordDefaults{}.max_bytes);
    if (!item.error.empty()) return;
    item.doc = std::make_unique<Document>(default_id, std::move(text));
    item.doc->source = default_id;
    return;
  }
  if (!PyDict_Check(input.ptr())) {
    item.error = "expected a str or a dict with \"text\", got " +
                 std::string(py::str(py::type::handle_of(input).attr("__name__")));
    return;
  }
  py::dict dict = py::reinterpret_borrow<py::dict>(input);
  nlohmann::json record = nlohmann::json::object();
  for (const char* key : kFields) {
    PyObject* value = PyDict_GetItemString(dict.ptr(), key);  // borrowed
    if (!value) continue;
    if (!field_to_json(value, record[key], item.error, key)) return;
  }
  // Name the document in messages by its own id when it has a usable one.
  auto id = record.find("id");
  if (id != record.end() && id->is_string()) item.where = id->get<std::string>();
  else if (id != record.end() && id->is_number_integer()) item.where = id->dump();
  RecordDefaults defaults;
  defaults.id = default_id;
  if (auto text = record.find("text"); text != record.end() && text->is_string())
    item.input_bytes = text->get_ref<const std::string&>().size();
  item.doc = document_from_record(record, defaults, item.error);
  if (item.doc) item.doc->source = item.where;
}

std::shared_ptr<DocResult> take_result(const std::shared_ptr<const PipelineHandle>& handle, RunItem& item) {
  auto result = std::make_shared<DocResult>();
  result->handle = handle;
  result->where = std::move(item.where);
  result->error = std::move(item.error);
  result->json = std::move(item.json);
  if (result->error.empty()) result->doc = std::move(item.doc);  // a failed one is of no use to Python
  return result;
}

}  // namespace cadena::python
