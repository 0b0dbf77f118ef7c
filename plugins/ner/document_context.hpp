// What the rest of a document says about a word (Ratinov & Roth's "context
// aggregation"): how often it is written in lowercase, how often capitalised
// inside a sentence, and which words stand before and after it where it is
// capitalised. "Bari" after "en" elsewhere in the article is a place; a
// sentence-initial "Lavrov" that the article also writes mid-sentence is a
// name, where "Durante" written "durante" elsewhere is not.
//
// Counts sentences in and out, so that a sentence can be tagged against the
// rest of its document (remove it, tag it, add it back) and training files
// without document breaks can use a window of sentences around each one.
// Not thread-safe; build one per document.
#ifndef CADENA_NER_DOCUMENT_CONTEXT_HPP
#define CADENA_NER_DOCUMENT_CONTEXT_HPP

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cadena::ner {

class DocumentContext {
 public:
  struct WordStats {
    int lowercase = 0;
    int capitalised_inside = 0;                    // not the first word of its sentence
    std::unordered_map<std::uint64_t, int> left;   // word before a capitalised occurrence
    std::unordered_map<std::uint64_t, int> right;  // word after one
  };

  // A sentence given by its tokens' token_form().
  void add(const std::vector<std::string>& forms) { count(forms, 1); }
  void remove(const std::vector<std::string>& forms) { count(forms, -1); }

  // By the hash of the word's word_key(); null when the document has none.
  const WordStats* find(std::uint64_t word_key_hash) const {
    auto it = words_.find(word_key_hash);
    return it == words_.end() ? nullptr : &it->second;
  }

 private:
  void count(const std::vector<std::string>& forms, int delta);
  std::unordered_map<std::uint64_t, WordStats> words_;
};

// How many sentences on each side stand for the document in files without
// document breaks (CoNLL training and evaluation files keep article order).
constexpr std::size_t kNeighbourSentences = 10;

// Calls visit(i, context) for each sentence in order, `context` holding the
// sentences within `radius` of sentence i, itself left out. A radius at least
// the number of sentences makes the context the whole document.
void visit_in_context(const std::vector<std::vector<std::string>>& sentences, std::size_t radius,
                      const std::function<void(std::size_t, const DocumentContext&)>& visit);

}  // namespace cadena::ner

#endif  // CADENA_NER_DOCUMENT_CONTEXT_HPP
