// Words and phrases of language data looked up in tokenized text: a phrase is
// stored as its tokens' folded forms joined by single spaces, so that "por
// ciento", "Por  ciento" and "por ciento" meet, and "a.m." meets "a. m.".
//
// Immutable after loading: safe to share between threads.
#ifndef CADENA_NUMBERS_PHRASE_TABLE_HPP
#define CADENA_NUMBERS_PHRASE_TABLE_HPP

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "text_tokens.hpp"

namespace cadena::numbers {

// The folded key of tokens [first, last) of `text`.
inline void append_key(const TokenizedText& text, std::size_t first, std::size_t last,
                       std::string& key) {
  for (std::size_t i = first; i < last; ++i) {
    if (i > first) key += ' ';
    key += text.folded(i);
  }
}

template <class T>
class PhraseTable {
 public:
  PhraseTable() = default;
  // The entries view strings the table owns: moving keeps them, copying
  // would not.
  PhraseTable(const PhraseTable&) = delete;
  PhraseTable& operator=(const PhraseTable&) = delete;
  PhraseTable(PhraseTable&&) noexcept = default;
  PhraseTable& operator=(PhraseTable&&) noexcept = default;

  struct Match {
    const T* value = nullptr;
    std::size_t tokens = 0;  // how many tokens the phrase spans
    explicit operator bool() const { return value != nullptr; }
  };

  // Adds a phrase as written in data. Returns the value already stored under
  // the same folded phrase, or nullptr when it was new.
  const T* add(std::string_view phrase, T value) {
    TokenizedText tokens(phrase);
    std::string key;
    append_key(tokens, 0, tokens.size(), key);
    auto found = entries_.find(key);
    if (found != entries_.end()) return &found->second;
    keys_.push_back(std::move(key));
    std::string_view stored = keys_.back();
    entries_.emplace(stored, std::move(value));
    std::string_view first = stored.substr(0, stored.find(' '));
    std::size_t& longest = longest_from_[first];
    if (tokens.size() > longest) longest = tokens.size();
    if (tokens.size() > longest_) longest_ = tokens.size();
    return nullptr;
  }

  // A one-token entry by its folded form.
  const T* word(std::string_view folded) const {
    auto it = entries_.find(folded);
    return it == entries_.end() ? nullptr : &it->second;
  }

  // The longest entry whose tokens start at token `i`; no phrase crosses a
  // line break.
  Match longest(const TokenizedText& text, std::size_t i) const {
    return longest_where(text, i, [](const T&) { return true; });
  }

  // The longest entry at token `i` whose value satisfies `accept`.
  template <class Accept>
  Match longest_where(const TokenizedText& text, std::size_t i, Accept accept) const {
    if (i >= text.size()) return {};
    auto first = longest_from_.find(text.folded(i));
    if (first == longest_from_.end()) return {};
    Match best;
    std::string key;
    for (std::size_t n = 1; n <= first->second && i + n <= text.size(); ++n) {
      if (n > 1 && text[i + n - 1].line_before) break;
      key.clear();
      append_key(text, i, i + n, key);
      auto it = entries_.find(key);
      if (it != entries_.end() && accept(it->second)) best = Match{&it->second, n};
    }
    return best;
  }

  // The longest entry whose tokens end just before token `i`.
  Match longest_before(const TokenizedText& text, std::size_t i) const {
    Match best;
    std::string key;
    for (std::size_t n = 1; n <= longest_ && n <= i; ++n) {
      if (text[i - n + 1].line_before && n > 1) break;
      key.clear();
      append_key(text, i - n, i, key);
      auto it = entries_.find(key);
      if (it != entries_.end()) best = Match{&it->second, n};
    }
    return best;
  }

  std::size_t size() const { return entries_.size(); }

  // Calls f(key) for every entry's folded key ("por ciento").
  template <class F>
  void for_each_key(F f) const {
    for (const std::string& key : keys_) f(std::string_view(key));
  }

 private:
  std::deque<std::string> keys_;  // a deque keeps the views below valid
  std::unordered_map<std::string_view, T> entries_;
  std::unordered_map<std::string_view, std::size_t> longest_from_;  // first token -> most tokens
  std::size_t longest_ = 0;
};

}  // namespace cadena::numbers

#endif  // CADENA_NUMBERS_PHRASE_TABLE_HPP
