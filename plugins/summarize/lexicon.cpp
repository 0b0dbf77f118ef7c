#include "lexicon.hpp"

namespace cadena::summarize {

std::uint32_t TermIds::id(const std::string& stem) {
  return ids_.emplace(stem, static_cast<std::uint32_t>(ids_.size())).first->second;
}

std::uint32_t Lexicon::add(const std::string& folded) {
  auto it = ids_.find(folded);
  if (it != ids_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(words_.size());
  Word word{folded, language_.is_stopword(folded) ? kNoTerm : terms_.id(language_.stem(folded)),
            language_.is_credit_label(folded), language_.phrases_starting_with(folded) != nullptr};
  words_.push_back(std::move(word));
  ids_.emplace(folded, id);
  return id;
}

}  // namespace cadena::summarize
