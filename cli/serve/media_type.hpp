// Which body a POST /v1/annotate carries, from its Content-Type header.
#ifndef CADENA_CLI_SERVE_MEDIA_TYPE_HPP
#define CADENA_CLI_SERVE_MEDIA_TYPE_HPP

#include <string>

namespace cadena::cli::serve {

enum class BodyKind {
  kJson,      // application/json: one document, {"text", ...}
  kNdjson,    // application/x-ndjson: one document a line, results streamed back
  kText,      // text/plain: the text itself
  kHtml,      // text/html: a page the clean stage extracts
  kUnserved,  // anything else: 415
};

// The kind of a Content-Type value ("text/plain; charset=utf-8"). Type and
// parameters are case-insensitive; a charset other than UTF-8 is not served,
// since every stage reads UTF-8.
BodyKind body_kind(const std::string& content_type);

// The media types served, for the 415 message.
const char* served_media_types();

}  // namespace cadena::cli::serve

#endif  // CADENA_CLI_SERVE_MEDIA_TYPE_HPP
