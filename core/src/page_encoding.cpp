#include <cadena/page_encoding.hpp>

#include <cadena/input_checks.hpp>
#include <cadena/utf8.hpp>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace cadena {

namespace {

// Browsers look for a declaration in the first 1024 bytes; pages with a long
// <head> of scripts put it later, and looking further costs nothing.
constexpr std::size_t kPrescanBytes = 4096;
// Bytes are UTF-8 with damage when valid multi-byte characters outnumber the
// invalid sequences this many times (ICU's own UTF-8 recognizer's ratio).
constexpr std::size_t kDamagedUtf8Ratio = 10;
// ucsdet's confidence (0-100) below which its guess is not taken: a few
// stray bytes in a short text give every single-byte charset a low score.
constexpr int32_t kMinDetectorConfidence = 30;
// Nor is it taken on less text than this: on a line or two ucsdet is sure of
// anything ("A\xFFo. Dos." is ISO-8859-1 at 98), and a few stray bytes in a
// note are better refused with their position than decoded by a guess.
constexpr std::size_t kMinDetectorBytes = 64;

std::string lowercase_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_charset_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
         c == ':';
}

// The value after `key` (and optional blanks, '=', quotes) in `tag`, or "".
std::string value_after(std::string_view tag, std::string_view key) {
  const std::size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  std::size_t i = at + key.size();
  auto skip = [&](std::string_view chars) {
    while (i < tag.size() && chars.find(tag[i]) != std::string_view::npos) ++i;
  };
  skip(" \t\r\n");
  if (i >= tag.size() || tag[i] != '=') return "";
  ++i;
  skip(" \t\r\n\"'");
  std::size_t end = i;
  while (end < tag.size() && is_charset_char(tag[end])) ++end;
  return std::string(tag.substr(i, end - i));
}

bool is_utf8_name(std::string_view name) { return name == "utf-8" || name == "utf8"; }

// What browsers do with the labels of the Latin-1 family: Windows-1252 is a
// superset that also gives meaning to bytes 0x80-0x9F (curly quotes, dashes).
std::string converter_name(std::string name) {
  name = lowercase_ascii(name);
  if (name == "iso-8859-1" || name == "iso8859-1" || name == "latin1" || name == "latin-1" ||
      name == "us-ascii" || name == "ascii" || name == "l1" || name == "cp819") {
    return "windows-1252";
  }
  return name;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

std::vector<UChar> to_utf16(UConverter* converter, std::string_view bytes, UErrorCode& status) {
  std::vector<UChar> out(bytes.size() + 16);
  int32_t length = ucnv_toUChars(converter, out.data(), static_cast<int32_t>(out.size()),
                                 bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    out.resize(static_cast<std::size_t>(length) + 1);
    ucnv_resetToUnicode(converter);
    length = ucnv_toUChars(converter, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &status);
  }
  out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(length) : 0);
  return out;
}

// `bytes` read as `charset`, in UTF-8; false (and `bytes` untouched) when ICU
// has no such converter or the text is too large for it.
bool convert(std::string& bytes, const std::string& charset) {
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX / 2)) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status)) return false;
  std::vector<UChar> utf16 = to_utf16(converter.get(), bytes, status);
  if (U_FAILURE(status)) return false;
  // Single-byte converters write U+001A (SUB) for a byte they cannot map;
  // U+FFFD says the same thing the way every other decoder does.
  std::replace(utf16.begin(), utf16.end(), static_cast<UChar>(0x1A), static_cast<UChar>(0xFFFD));
  int32_t length = 0;
  u_strToUTF8WithSub(nullptr, 0, &length, utf16.data(), static_cast<int32_t>(utf16.size()), 0xFFFD,
                     nullptr, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return false;
  status = U_ZERO_ERROR;
  std::string out(static_cast<std::size_t>(length), '\0');
  u_strToUTF8WithSub(out.data(), length, &length, utf16.data(), static_cast<int32_t>(utf16.size()),
                     0xFFFD, nullptr, &status);
  if (U_FAILURE(status)) return false;
  bytes = std::move(out);
  return true;
}

// True when `bytes` is UTF-8 but for a few damaged sequences; then each of
// them becomes U+FFFD.
bool repair_damaged_utf8(std::string& bytes) {
  std::size_t valid = 0;
  std::size_t invalid = 0;
  const auto size = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes.data(), i, size, c);
    if (c < 0) ++invalid;
    else if (c >= 0x80) ++valid;
  }
  if (valid == 0 || valid < kDamagedUtf8Ratio * invalid) return false;
  std::string out;
  out.reserve(bytes.size() + 2 * invalid);
  for (int32_t i = 0; i < size;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, size, c);
    if (c < 0) out += "\xEF\xBF\xBD";
    else out.append(bytes, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
  }
  bytes = std::move(out);
  return true;
}

// ucsdet's best guess, or "" when it has none it is confident of.
std::string detect(std::string_view bytes, bool html) {
  if (bytes.size() < kMinDetectorBytes) return "";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return "";
  ucsdet_enableInputFilter(detector.get(), html);  // markup says nothing of the language
  ucsdet_setText(detector.get(), bytes.data(),
                 static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX)), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &status);
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || name == nullptr || confidence < kMinDetectorConfidence) return "";
  return name;
}

bool has_early_nul(std::string_view bytes) { return find_binary_marker(bytes) != std::string_view::npos; }

}  // namespace

std::string declared_charset(std::string_view html) {
  const std::string head = lowercase_ascii(html.substr(0, kPrescanBytes));
  if (head.rfind("<?xml", 0) == 0) {
    const std::string_view decl = std::string_view(head).substr(0, head.find("?>"));
    std::string value = value_after(decl, "encoding");
    if (!value.empty()) return value;
  }
  for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag =
        std::string_view(head).substr(at, end == std::string::npos ? std::string::npos : end - at);
    std::string value = value_after(tag, "charset");
    if (!value.empty()) return value;
  }
  return "";
}

std::string decode_to_utf8(std::string& bytes, bool html) {
  if (bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0) {
    // ICU's "UTF-16" reads the byte order mark and drops it.
    const std::string name = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
    return convert(bytes, "UTF-16") ? name : "";
  }
  if (find_invalid_utf8(bytes) == std::string::npos || has_early_nul(bytes)) return "";
  if (html) {
    const std::string declared = declared_charset(bytes);
    if (!declared.empty() && !is_utf8_name(declared) && declared.rfind("utf-16", 0) != 0) {
      const std::string name = converter_name(declared);
      if (convert(bytes, name)) return name;
    }
  }
  if (repair_damaged_utf8(bytes)) return "utf-8";
  const std::string detected = detect(bytes, html);
  if (detected.empty() || is_utf8_name(lowercase_ascii(detected))) return "";
  const std::string name = converter_name(detected);
  return convert(bytes, name) ? name : "";
}

}  // namespace cadena
