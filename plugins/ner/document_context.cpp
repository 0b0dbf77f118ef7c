#include "document_context.hpp"

#include "feature_hash.hpp"
#include "word_form.hpp"

namespace cadena::ner {

void DocumentContext::count(const std::vector<std::string>& forms, int delta) {
  static const std::uint64_t kEdge = hash_text("<s>");
  std::vector<std::uint64_t> keys;
  keys.reserve(forms.size());
  for (const std::string& form : forms) keys.push_back(hash_text(word_key(form)));
  bool seen_word = false;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    WordCase c = word_case(forms[i]);
    if (c == WordCase::none) continue;
    WordStats& stats = words_[keys[i]];
    if (c == WordCase::lower) {
      stats.lowercase += delta;
    } else {
      if (seen_word) stats.capitalised_inside += delta;
      stats.left[i ? keys[i - 1] : kEdge] += delta;
      stats.right[i + 1 < forms.size() ? keys[i + 1] : kEdge] += delta;
    }
    seen_word = true;
  }
}

void visit_in_context(const std::vector<std::vector<std::string>>& sentences, std::size_t radius,
                      const std::function<void(std::size_t, const DocumentContext&)>& visit) {
  DocumentContext context;
  std::size_t added = 0;  // sentences [first, added) are in the context
  std::size_t first = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    for (; added < sentences.size() && added - i <= radius; ++added) context.add(sentences[added]);
    for (; i - first > radius; ++first) context.remove(sentences[first]);
    context.remove(sentences[i]);
    visit(i, context);
    context.add(sentences[i]);
  }
}

}  // namespace cadena::ner
