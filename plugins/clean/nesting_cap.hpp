// Capping how deep an HTML page nests before the parser sees it.
//
// gumbo 0.10 (Debian 12) has no depth limit, and its scope checks walk the
// stack of open elements for every tag: 100 000 nested <div>s take minutes.
// Browsers cap the tree depth (Blink at 512); we do the same ahead of the
// parser. A light scan estimates the depth as a parser would (void elements,
// optional end tags, raw text elements, comments) and rewrites every start tag
// opened beyond the cap, and its end tag, as a bogus comment "</   >" of the
// same length: the text around it, and every offset, stay as they were.
#ifndef CADENA_CLEAN_NESTING_CAP_HPP
#define CADENA_CLEAN_NESTING_CAP_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cadena::clean {

constexpr std::size_t kMaxNesting = 512;

// A copy of `html` with the tags nested deeper than `max_depth` neutralized,
// or nothing when no tag is that deep (the common case: no copy is made).
std::optional<std::string> cap_nesting(std::string_view html, std::size_t max_depth = kMaxNesting);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_NESTING_CAP_HPP
