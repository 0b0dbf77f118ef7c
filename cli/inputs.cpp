#include "inputs.hpp"

#include "jsonl_record.hpp"

#include <cadena/input_checks.hpp>
#include <cadena/input_record.hpp>
#include <cadena/page_encoding.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>


namespace fs = std::filesystem;

namespace cadena::cli {

namespace {

enum class Kind { kText, kHtml, kJsonl, kOther };

Kind kind_of(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".txt") return Kind::kText;
  if (ext == ".html" || ext == ".htm") return Kind::kHtml;
  if (ext == ".jsonl") return Kind::kJsonl;
  return Kind::kOther;
}

// Reads one line, keeping at most `cap` bytes of it: a longer line is consumed
// to its end and reported as too long rather than held in memory.
enum class Line { kOk, kTooLong, kEnd };
Line read_line(std::istream& in, std::string& line, std::uint64_t cap, std::uint64_t& consumed) {
  line.clear();
  std::streambuf* buf = in.rdbuf();
  bool any = false, too_long = false;
  for (int c = buf->sbumpc(); c != std::char_traits<char>::eof(); c = buf->sbumpc()) {
    any = true;
    ++consumed;
    if (c == '\n') break;
    if (too_long) continue;
    if (line.size() == cap) {
      too_long = true;
      std::string().swap(line);
      continue;
    }
    line.push_back(static_cast<char>(c));
  }
  if (!any) return Line::kEnd;
  if (too_long) return Line::kTooLong;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return Line::kOk;
}

// The document files under a folder, recursively, hidden ones left out, in
// no particular order; the others go to `skipped`.
std::vector<fs::path> documents_under(const fs::path& folder, std::vector<std::string>& skipped,
                                      std::error_code& ec) {
  std::vector<fs::path> found;
  for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    if (p.filename().string().rfind('.', 0) == 0) {  // hidden files and folders
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (kind_of(p) == Kind::kOther) skipped.push_back(p.string());
    else found.push_back(p);
  }
  return found;
}

}  // namespace

InputReader::InputReader(std::vector<std::string> inputs, InputOptions options)
    : options_(std::move(options)), inputs_(inputs.begin(), inputs.end()) {}

void InputReader::expand(const std::string& input) {
  std::error_code ec;
  fs::path path(input);
  if (!fs::is_directory(path, ec)) {
    files_.push_back(Pending{input, path.stem().string()});
    return;
  }
  std::vector<fs::path> found = documents_under(path, skipped_, ec);
  if (ec) {
    files_.push_back(Pending{input, ""});  // reported when read
    return;
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& p : found) {
    // The id is the path inside the folder, without extension: "000_5ca8", "es/a".
    fs::path rel = p.lexically_relative(path);
    files_.push_back(Pending{p.string(), (rel.parent_path() / rel.stem()).generic_string()});
  }
}

std::optional<std::uint64_t> InputReader::total_bytes() const {
  std::uint64_t total = 0;
  for (const std::string& input : inputs_) {
    if (input == "-") return std::nullopt;
    std::error_code ec;
    std::vector<std::string> skipped;
    std::vector<fs::path> files =
        fs::is_directory(input, ec) ? documents_under(input, skipped, ec) : std::vector<fs::path>{input};
    for (const fs::path& file : files) {
      std::uint64_t size = fs::file_size(file, ec);
      if (!ec) total += size;  // unreadable ones are reported when read
    }
  }
  return total;
}

void InputReader::read_file(const Pending& p, RunItem& item) {
  std::error_code ec;
  fs::path path(p.path);
  if (!fs::exists(path, ec)) {
    item.error = "no such file or folder";
    return;
  }
  std::uint64_t size = fs::file_size(path, ec);
  if (ec) {
    item.error = "cannot read: " + ec.message();
    return;
  }
  item.input_bytes = size;
  item.error = check_size(size, options_.max_bytes);  // refused before it is read into memory
  if (!item.error.empty()) return;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    item.error = "cannot open for reading";
    return;
  }
  std::string text(size, '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::uint64_t>(in.gcount()) != size) {
    item.error = "read error";
    return;
  }
  // A page in Latin-1 or UTF-16 becomes UTF-8 here; its offsets then count
  // characters of the decoded page.
  decode_to_utf8(text, kind_of(path) == Kind::kHtml);
  strip_bom(text);
  item.error = check_text(text, options_.max_bytes);
  if (!item.error.empty()) return;
  item.doc = std::make_unique<Document>(p.id, std::move(text));
  item.doc->source = p.path;
  item.doc->lang = options_.lang;
  item.doc->date = options_.date;
  item.doc->format = kind_of(path) == Kind::kHtml ? "html" : "text";
}

bool InputReader::next_jsonl_line(RunItem& item) {
  std::string line;
  for (;;) {
    // JSON escapes can make a line up to six times its text; allow for them.
    Line got = read_line(*jsonl_, line, options_.max_bytes * 6 + 1024, item.input_bytes);
    if (got == Line::kEnd) {
      jsonl_ = nullptr;
      jsonl_file_.reset();
      return false;
    }
    ++jsonl_line_;
    item.where = jsonl_name_ + ":" + std::to_string(jsonl_line_);
    if (got == Line::kTooLong) {
      item.error = "line too long for a document under the " + std::to_string(options_.max_bytes) +
                   "-byte limit (--max-bytes)";
      return true;
    }
    if (jsonl_line_ == 1) strip_bom(line);
    if (!is_blank_line(line)) break;  // blank lines separate nothing
  }
  RecordDefaults defaults{jsonl_stem_ + ":" + std::to_string(jsonl_line_), options_.date, options_.lang,
                          options_.max_bytes};
  document_from_jsonl_line(line, defaults, item);
  if (!item.doc) return true;
  item.doc->source = item.where;
  return true;
}

bool InputReader::next(RunItem& item) {
  item = RunItem{};
  for (;;) {
    if (jsonl_) {
      if (next_jsonl_line(item)) return true;
      continue;
    }
    if (!files_.empty()) {
      Pending p = std::move(files_.front());
      files_.pop_front();
      item.where = p.path;
      if (kind_of(p.path) == Kind::kJsonl) {
        jsonl_file_ = std::make_unique<std::ifstream>(p.path, std::ios::binary);
        std::error_code ec;
        if (!fs::exists(p.path, ec)) {
          item.error = "no such file or folder";
          jsonl_file_.reset();
          return true;
        }
        if (!*jsonl_file_) {
          item.error = "cannot open for reading";
          jsonl_file_.reset();
          return true;
        }
        jsonl_ = jsonl_file_.get();
        jsonl_name_ = p.path;
        jsonl_stem_ = p.id;
        jsonl_line_ = 0;
        continue;
      }
      read_file(p, item);
      return true;
    }
    if (inputs_.empty()) return false;
    std::string input = std::move(inputs_.front());
    inputs_.pop_front();
    if (input == "-") {
      jsonl_ = &std::cin;
      bool named = !options_.stdin_name.empty();
      jsonl_name_ = named ? options_.stdin_name : "<stdin>";
      jsonl_stem_ = named ? fs::path(options_.stdin_name).stem().string() : "stdin";
      jsonl_line_ = options_.stdin_lines_before;
      continue;
    }
    expand(input);
  }
}

}  // namespace cadena::cli
