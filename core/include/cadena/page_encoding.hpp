// Files in other encodings than UTF-8: a page saved as ISO-8859-1 or
// Windows-1252 that says so in its <meta charset>, a text with a UTF-16 byte
// order mark, a page that declares nothing. Front ends that read files decode
// them here before the checks of input_checks.hpp, so that a document's
// original is always UTF-8 and its offsets count characters of the decoded
// page (docs/schema.md).
#ifndef CADENA_PAGE_ENCODING_HPP
#define CADENA_PAGE_ENCODING_HPP

#include <string>
#include <string_view>

namespace cadena {

// The charset a page declares: a <meta charset>, a <meta http-equiv=
// "Content-Type" content="…; charset=…">, or an <?xml … encoding=…?>, looked
// for in its first 4096 bytes as a browser's prescan does; "" for none.
// Lowercased, as written ("iso-8859-1", "utf-8").
std::string declared_charset(std::string_view html);

// Decodes `bytes` to UTF-8 in place and returns the charset it was decoded
// from, or "" when it was left as it was. In order:
//  - valid UTF-8 is left as it is, whatever the page declares (a page that
//    declares Latin-1 but whose bytes are well-formed UTF-8 is UTF-8: Latin-1
//    text almost never forms multi-byte sequences by chance);
//  - a UTF-16 byte order mark decodes UTF-16;
//  - a file with a NUL byte near its start is left for input_checks to refuse
//    as binary;
//  - an HTML page's declared charset (ISO-8859-1 and US-ASCII read as
//    Windows-1252, as browsers read them) when it is not UTF-8 and ICU knows it;
//  - bytes that are UTF-8 but for a few damaged sequences (a page cut in the
//    middle of a character) are UTF-8, each damaged sequence U+FFFD;
//  - otherwise ICU's detector (ucsdet), when it is confident enough and has
//    text enough (64 bytes) to judge.
// When none applies the bytes are left as they are, for input_checks to
// refuse with the position of the first invalid byte.
std::string decode_to_utf8(std::string& bytes, bool html);

}  // namespace cadena

#endif  // CADENA_PAGE_ENCODING_HPP
