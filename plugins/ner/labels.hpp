// The tagger's labels: entity types (PER, LOC, ORG, MISC…) in a BILOU scheme —
// Begin, Inside, Last, Unit-length entity, Outside — which lets the model learn
// how names end, not only how they start (Ratinov & Roth 2009 measured it
// better than IOB2). Files speak IOB2; this converts both ways.
//
// Label 0 is O; type t has labels 1+4t (B), 2+4t (I), 3+4t (L), 4+4t (U).
#ifndef CADENA_NER_LABELS_HPP
#define CADENA_NER_LABELS_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace cadena::ner {

// An entity as a range of tokens [begin, end) with its type.
struct Chunk {
  std::size_t begin;
  std::size_t end;
  std::string type;
  bool operator==(const Chunk& o) const {
    return begin == o.begin && end == o.end && type == o.type;
  }
};

// The entities of an IOB2 tag sequence, conlleval's way: a chunk starts at B-,
// at I- after O, or at I- of another type.
std::vector<Chunk> chunks_of_tags(const std::vector<std::string>& tags);

// IOB2 tags of `tokens` tokens holding `chunks`.
std::vector<std::string> tags_of_chunks(const std::vector<Chunk>& chunks, std::size_t tokens);

class LabelSet {
 public:
  explicit LabelSet(std::vector<std::string> types);

  const std::vector<std::string>& types() const { return types_; }
  std::size_t size() const { return 1 + 4 * types_.size(); }
  // The type's index, or -1.
  int type_index(const std::string& type) const;

  // The labels of a tagged sentence's entities (types must be known).
  std::vector<int> encode(const std::vector<Chunk>& chunks, std::size_t tokens) const;
  // The entities of a valid label sequence (one Viterbi can produce).
  std::vector<Chunk> decode(const std::vector<int>& labels) const;

  // Whether `next` may follow `prev`; prev = -1 is the sentence start. And
  // whether a sentence may end on `last`.
  bool may_follow(int prev, int next) const;
  bool may_end(int last) const;
  // The same as tables: 1 where allowed, 0 where not; (labels + 1) × labels
  // with row 0 for the sentence start and row p + 1 for label p, and labels.
  std::vector<char> allowed_moves() const;
  std::vector<char> allowed_ends() const;

 private:
  std::vector<std::string> types_;
};

}  // namespace cadena::ner

#endif  // CADENA_NER_LABELS_HPP
