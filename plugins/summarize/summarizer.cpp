#include "summarizer.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <stdexcept>

#include "concepts.hpp"
#include "lexicon.hpp"
#include "sentence_graph.hpp"
#include "sentence_screen.hpp"
#include "term_vectors.hpp"

namespace cadena::summarize {
namespace {

// Weaker links are noise between sentences that share a common word or two;
// 0.1 is the threshold Erkan & Radev found best.
constexpr double kMinSimilarity = 0.1;

// News puts its facts first: 1, 1/2, 1/3... for the first, second, third
// candidate of a document.
double position_prior(std::size_t position) { return 1 / (1 + static_cast<double>(position)); }

// The sentences that may be chosen, in document order.
struct Candidates {
  std::vector<std::size_t> document;
  std::vector<std::size_t> sentence;
  std::vector<std::size_t> position;  // among its document's candidates; 0 = the first
  std::vector<std::size_t> characters;
  std::vector<std::size_t> words;
  std::vector<TermCounts> terms;
  std::vector<bool> continues;                 // needs the sentence before it: "Asimismo, …"
  std::vector<std::vector<Concept>> concepts;  // only when settings.concept_min_documents > 0
  std::vector<TermCounts> headlines;           // by document: its headline's terms, or none

  std::size_t size() const { return document.size(); }
  void add(std::size_t d, std::size_t s, std::size_t p, std::size_t chars, std::size_t w,
           TermCounts t, bool c, std::vector<Concept> k) {
    document.push_back(d);
    sentence.push_back(s);
    position.push_back(p);
    characters.push_back(chars);
    words.push_back(w);
    terms.push_back(std::move(t));
    continues.push_back(c);
    concepts.push_back(std::move(k));
  }
  Candidates subset(const std::vector<std::size_t>& indices) const {
    Candidates out;
    out.headlines = headlines;
    for (std::size_t i : indices)
      out.add(document[i], sentence[i], position[i], characters[i], words[i], terms[i],
              continues[i], concepts[i]);
    return out;
  }
};

struct Ranking {
  std::vector<TermVector> vectors;
  std::vector<double> relevance;  // in [0, 1]
};

// The similarity of each candidate to its document's headline, scaled so
// that the most similar has 1; -1 for a candidate whose document has none.
std::vector<double> headline_similarity(const Candidates& candidates,
                                        const InverseDocumentFrequency& idf,
                                        const std::vector<TermVector>& vectors) {
  std::vector<TermVector> queries;
  for (const TermCounts& headline : candidates.headlines) {
    TermCounts known;
    for (const TermCount& c : headline)
      if (idf.knows(c.term)) known.push_back(c);
    queries.push_back(tf_idf(known, idf));
  }
  std::vector<double> similarity(candidates.size(), 0.0);
  double top = 0;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const TermVector& query = queries[candidates.document[i]];
    similarity[i] = query.empty() ? -1 : cosine(vectors[i], query);
    top = std::max(top, similarity[i]);
  }
  if (top > 0)
    for (double& s : similarity)
      if (s > 0) s /= top;
  return similarity;
}

Ranking rank(const Candidates& candidates, double position_weight, double headline_weight) {
  Ranking ranking;
  InverseDocumentFrequency idf(candidates.terms);
  for (const TermCounts& counts : candidates.terms) ranking.vectors.push_back(tf_idf(counts, idf));
  std::vector<double> centrality = lexrank(SentenceGraph(ranking.vectors, kMinSimilarity));
  double top = centrality.empty() ? 0 : *std::max_element(centrality.begin(), centrality.end());
  std::vector<double> headline = headline_similarity(candidates, idf, ranking.vectors);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    double relevance = (1 - position_weight) * (centrality[i] / top) +
                       position_weight * position_prior(candidates.position[i]);
    // A document without a headline is ranked by the mix above alone.
    if (headline[i] >= 0)
      relevance = (1 - headline_weight) * relevance + headline_weight * headline[i];
    ranking.relevance.push_back(relevance);
  }
  return ranking;
}

// The `count` indices of the highest values, in increasing order of index.
std::vector<std::size_t> best(const std::vector<double>& values, std::size_t count) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return values[a] != values[b] ? values[a] > values[b] : a < b;
  });
  order.resize(std::min(count, order.size()));
  std::sort(order.begin(), order.end());
  return order;
}

// Each document's best `pool` candidates, ranked within their document.
Candidates pooled(const Candidates& all, std::size_t pool, double position_weight,
                  double headline_weight) {
  std::vector<std::size_t> kept;
  for (std::size_t first = 0; first < all.size();) {
    std::size_t last = first;
    while (last < all.size() && all.document[last] == all.document[first]) ++last;
    std::vector<std::size_t> members(last - first);
    std::iota(members.begin(), members.end(), first);
    for (std::size_t k : best(rank(all.subset(members), position_weight, headline_weight).relevance, pool))
      kept.push_back(first + k);
    first = last;
  }
  return all.subset(kept);
}

void check_ranges(const SourceDocument& doc, std::size_t index) {
  std::size_t previous_end = 0;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const ByteRange& r = doc.sentences[s];
    if (r.begin < previous_end || r.end < r.begin || r.end > doc.text.size())
      throw std::invalid_argument("document " + std::to_string(index) + ", sentence " +
                                  std::to_string(s) + ": bytes [" + std::to_string(r.begin) + ", " +
                                  std::to_string(r.end) +
                                  ") are out of order or outside the text of " +
                                  std::to_string(doc.text.size()) + " bytes");
    previous_end = r.end;
  }
}

}  // namespace

Settings corpus_settings() {
  Settings settings;
  settings.pool_per_document = 10;
  settings.concept_min_documents = 2;
  return settings;
}

std::vector<ChosenSentence> Summarizer::summarize(const std::vector<SourceDocument>& documents,
                                                  const Settings& settings) const {
  TermIds terms;
  std::map<const LanguageData*, Lexicon> lexicons;  // looked up, never iterated
  Candidates candidates;
  bool use_concepts = settings.concept_min_documents > 0;
  ConceptWeights concept_weights(static_cast<std::uint32_t>(settings.concept_min_documents));
  std::size_t sentence_count = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const SourceDocument& doc = documents[d];
    check_ranges(doc, d);
    const LanguageData* language = language_for(doc.lang);
    if (!language)
      throw std::invalid_argument("no summarization data for language '" + std::string(doc.lang) +
                                  "' (have: " + languages_.names() + ")");
    Lexicon& lexicon = lexicons.try_emplace(language, *language, terms).first->second;
    std::vector<SentenceFacts> facts = sentence_facts(doc.text, doc.sentences, lexicon);
    std::vector<Verdict> verdicts =
        settings.screen ? screen(facts) : std::vector<Verdict>(facts.size(), Verdict::kEligible);
    std::vector<std::vector<Concept>> concepts(facts.size());
    if (use_concepts) {
      for (std::size_t s = 0; s < facts.size(); ++s)
        concepts[s] = sentence_concepts(facts[s].terms);
      concept_weights.add_document(concepts);
    }
    // The headline: the text's first line, when it is one sentence with no
    // final period.
    TermCounts headline;
    if (!facts.empty() && facts[0].starts_line && facts[0].ends_line &&
        facts[0].ending != Ending::kPeriod)
      headline = count_terms(facts[0].terms);
    candidates.headlines.push_back(std::move(headline));
    std::size_t position = 0;
    for (std::size_t s = 0; s < facts.size(); ++s) {
      if (verdicts[s] == Verdict::kEligible && position < settings.max_candidates_per_document) {
        bool needs_previous = facts[s].continues || facts[s].points_back;
        candidates.add(d, s, position++, facts[s].characters, facts[s].words,
                       count_terms(std::move(facts[s].terms)),
                       settings.screen && needs_previous, std::move(concepts[s]));
      }
    }
    sentence_count += doc.sentences.size();
  }
  if (settings.pool_per_document > 0 && documents.size() > 1)
    candidates = pooled(candidates, settings.pool_per_document, settings.position_weight,
                        settings.headline_weight);

  Ranking ranking = rank(candidates, settings.position_weight, settings.headline_weight);
  std::vector<ConceptList> weighed;
  if (use_concepts)
    for (const std::vector<Concept>& c : candidates.concepts)
      weighed.push_back(concept_weights.weigh(c));
  // A sentence that opens with a connective ("Asimismo, recalcó que…") or a
  // pointer ("Con esa frase, …", "Por ello …") goes on from the one before
  // it: taken out of its place it reads as a non sequitur, its subject or its
  // point left behind. It may follow that sentence into the summary, never
  // go alone; it stays in the graph, where its words still vouch for the
  // sentences it resembles.
  std::vector<std::size_t> needs(candidates.size(), kNoRequirement);
  for (std::size_t i = 0; i < candidates.size(); ++i)
      if (candidates.continues[i])
        needs[i] = i > 0 && candidates.document[i - 1] == candidates.document[i] &&
                              candidates.sentence[i - 1] + 1 == candidates.sentence[i]
                          ? i - 1
                          : kNeverChosen;
  std::vector<std::size_t> chosen =
      select_mmr(ranking.relevance, ranking.vectors, candidates.characters,
                 limits_of(settings.budget, sentence_count), settings.mmr, weighed, needs, candidates.words);
  std::sort(chosen.begin(), chosen.end());  // candidates are in document order
  std::vector<ChosenSentence> summary;
  for (std::size_t i : chosen)
    summary.push_back({candidates.document[i], candidates.sentence[i], ranking.relevance[i]});
  return summary;
}

}  // namespace cadena::summarize
