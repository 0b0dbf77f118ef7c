// Mapping text an HTML parser decoded back onto the source it decoded.
//
// The parser hands over a text node twice: as decoded text (character
// references decoded, CR LF folded to LF, NULs dropped) and as the source
// bytes it came from. They agree byte for byte except around those few
// changes, so a greedy alignment recovers the map exactly: each reference is
// matched to the bytes it decoded to, and after any other difference the two
// texts are brought back in step. What the alignment cannot place (it has
// never been seen to happen) maps, with the rest of the node, as one
// replacement: coarse but never wrong.
#ifndef CADENA_CLEAN_DECODED_TEXT_HPP
#define CADENA_CLEAN_DECODED_TEXT_HPP

#include <cstdint>
#include <string_view>

#include "mapped_text.hpp"

namespace cadena::clean {

// Appends `decoded` to `out`, mapped onto `source`, which starts at byte
// `source_offset` of the original.
void append_decoded(MappedText& out, std::string_view decoded, std::string_view source,
                    std::uint64_t source_offset);

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_DECODED_TEXT_HPP
