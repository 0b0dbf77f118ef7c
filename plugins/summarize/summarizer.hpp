// Extractive summarization of one document, or of several documents at once
// (one summary of a story told by several outlets).
//
//  1. Screening (sentence_screen.hpp): headlines, labels, captions, credits,
//     boilerplate and repeated sentences are never chosen.
//  2. Relevance: LexRank centrality (sentence_graph.hpp) over TF-IDF vectors of
//     accent-folded, stop-word-filtered, lightly stemmed words
//     (term_vectors.hpp), scaled to [0, 1] and mixed with a news position
//     prior (the first sentences of an article state its news) and the
//     similarity to the headline. A sentence that opens with a connective
//     ("Asimismo, …") or a pointer ("Por ello …") goes on from the one
//     before and may only follow it into the summary.
//  3. Selection (selection.hpp): Maximal Marginal Relevance within the budget;
//     across documents, first the weight of the facts several outlets share
//     that a sentence adds (concepts.hpp). The summary keeps document order.
//
// Built once from the data folder; summarize() is const and safe to call from
// several threads at once. The same input gives the same summary, bit for
// bit, on every run and in every build: nothing depends on hash-table order,
// sums run in a fixed order, and ties go to the earlier sentence.
#ifndef CADENA_SUMMARIZE_SUMMARIZER_HPP
#define CADENA_SUMMARIZE_SUMMARIZER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "language_data.hpp"
#include "selection.hpp"
#include "sentence_facts.hpp"

namespace cadena::summarize {

// A document to summarize: its text and its sentences, byte ranges into the
// text, in order and not overlapping (the `sentences` layer).
struct SourceDocument {
  std::string_view text;
  std::vector<ByteRange> sentences;
  std::string_view lang;  // a language tag; "" = Spanish
};

struct Settings {
  Budget budget;
  // The share of the position prior in a sentence's relevance; the rest is
  // its centrality.
  double position_weight = 0.5;
  // The share of the similarity to the document's headline (its first line,
  // with no final period) in a sentence's relevance; the rest is the mix
  // above. The headline says what the article is about.
  double headline_weight = 0.15;
  MmrSettings mmr;
  // false: every sentence may be chosen, and one that opens with a connective
  // is ranked like any other. Only for comparisons (plain LexRank).
  bool screen = true;
  // Across documents: each document's best this many sentences, ranked in
  // their own document, enter the ranking across documents; 0 = all. Bounds
  // the cross-document graph by the number of documents, not of sentences.
  std::size_t pool_per_document = 0;
  // Across documents: choose first by the shared facts a sentence adds
  // (concepts.hpp), counting a fact when at least this many documents have
  // it; then by MMR. 0 = MMR alone. With one document no fact is shared.
  std::size_t concept_min_documents = 0;
  // Only a document's first this many eligible sentences are candidates: the
  // sentence graph is quadratic in them, and a text of tens of thousands of
  // sentences (a book, a whole feed pasted as one document) would take
  // seconds to minutes. News articles have far fewer, so they are unaffected;
  // later sentences in a huge one are not chosen (news puts its facts first).
  std::size_t max_candidates_per_document = 1000;
};

// The settings of one summary of several documents (`cadena run
// --corpus-summary`): three sentences, from each document's best ten, chosen
// first by the facts at least two documents share.
Settings corpus_settings();

struct ChosenSentence {
  std::size_t document;  // index into the documents given
  std::size_t sentence;  // index into that document's sentences
  double score;          // its relevance, in [0, 1]
};

class Summarizer {
 public:
  // Loads every language folder of `data_dir`. Throws std::runtime_error
  // naming the folder, or the file and line of a bad entry.
  explicit Summarizer(const std::string& data_dir) : languages_(data_dir) {}

  // The chosen sentences in document order (document, then sentence). Throws
  // std::invalid_argument for a language with no data or sentence ranges
  // that are out of order or outside their text.
  std::vector<ChosenSentence> summarize(const std::vector<SourceDocument>& documents,
                                        const Settings& settings) const;

  // Whether there is data for `lang` ("" = Spanish).
  bool supports(std::string_view lang) const { return language_for(lang) != nullptr; }
  const Languages& languages() const { return languages_; }

 private:
  const LanguageData* language_for(std::string_view lang) const {
    return languages_.find(lang.empty() ? cadena::kDefaultLanguage : lang);
  }
  Languages languages_;
};

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_SUMMARIZER_HPP
