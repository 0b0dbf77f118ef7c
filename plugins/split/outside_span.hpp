// Sentences with a span of the text left out of them: the dateline the
// `clean` stage found ("Wonsan, Corea del Norte – 13 de julio de 2025 –") is
// no part of the story's first sentence, which starts after it.
#ifndef CADENA_SPLIT_OUTSIDE_SPAN_HPP
#define CADENA_SPLIT_OUTSIDE_SPAN_HPP

#include <string_view>
#include <vector>

#include "sentence_splitter.hpp"

namespace cadena::split {

// `sentences` (of `text`, in order) without the bytes of `excluded`: a
// sentence overlapping it keeps what lies before and after it, without the
// white space at the cut; one left blank goes.
std::vector<ByteRange> outside_span(const std::vector<ByteRange>& sentences, ByteRange excluded,
                                    std::string_view text);

}  // namespace cadena::split

#endif  // CADENA_SPLIT_OUTSIDE_SPAN_HPP
