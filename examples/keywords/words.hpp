// Words and phrase breaks of a UTF-8 text, as the keyword extractor sees them.
// No ICU: Latin-script letters and a case fold that covers Spanish and English
// are enough here, and keep the plugin a few kilobytes.
#ifndef KEYWORDS_WORDS_HPP
#define KEYWORDS_WORDS_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace keywords {

// A run of letters and digits (with inner hyphens and apostrophes), or a
// break: punctuation or a line end, which no key phrase may cross.
struct Token {
  std::size_t begin;  // byte offsets into the text
  std::size_t end;
  bool is_break;
  bool all_digits;  // numbers are never key words
};

std::vector<Token> tokenize(std::string_view text);

// "Ávila" -> "ávila": ASCII and Latin-1 capitals to lower case, the rest as is.
std::string fold_case(std::string_view word);

}  // namespace keywords

#endif  // KEYWORDS_WORDS_HPP
