// eval_sentences [--data DIR] [--errors N] [FILE.conllu ...]
//
// Sentence-boundary precision, recall and F1 of Cadena's splitter and of
// plain ICU on Universal Dependencies CoNLL-U files. The running text is the
// `# text` lines joined with single spaces; a boundary is the end offset of a
// sentence, the end of the text excluded. Without files it reads the UD
// Spanish dev files (AnCora, GSD) from the shared data folder. --errors N
// prints N of Cadena's wrong and missed boundaries of each file in context.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "icu_baseline.hpp"
#include "sentence_splitter.hpp"

namespace {

struct RunningText {
  std::string text;
  std::vector<std::size_t> gold;  // sentence ends, the last one excluded
};

RunningText running_text(const std::string& conllu) {
  constexpr std::string_view kTextLine = "# text = ";
  RunningText running;
  std::size_t pos = 0;
  while (pos < conllu.size()) {
    std::size_t eol = conllu.find('\n', pos);
    if (eol == std::string::npos) eol = conllu.size();
    std::string_view line(conllu.data() + pos, eol - pos);
    if (line.substr(0, kTextLine.size()) == kTextLine) {
      line.remove_prefix(kTextLine.size());
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
      if (!running.text.empty()) {
        running.gold.push_back(running.text.size());
        running.text += ' ';
      }
      running.text += line;
    }
    pos = eol + 1;
  }
  return running;
}

std::vector<std::size_t> cadena_ends(const cadena::split::SentenceSplitter& splitter,
                                     const std::string& text) {
  std::vector<std::size_t> ends;
  for (const cadena::split::ByteRange& sentence : splitter.split(text, "es"))
    ends.push_back(sentence.end);
  if (!ends.empty()) ends.pop_back();
  return ends;
}

// ICU's boundaries moved back over the white space before them, as Cadena's
// sentences are trimmed.
std::vector<std::size_t> icu_ends(const std::string& text) {
  std::size_t content_end = text.find_last_not_of(' ') + 1;
  std::vector<std::size_t> ends;
  for (std::size_t boundary : cadena::bench::icu_sentence_boundaries(text, "es")) {
    std::size_t end = text.find_last_not_of(' ', boundary - 1) + 1;
    if (end < content_end && (ends.empty() || ends.back() != end)) ends.push_back(end);
  }
  return ends;
}

struct Score {
  std::size_t predicted;
  std::size_t gold;
  std::size_t correct;
  double precision() const { return predicted ? double(correct) / predicted : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

Score score(const std::vector<std::size_t>& predicted, const std::vector<std::size_t>& gold) {
  std::vector<std::size_t> correct;
  std::set_intersection(predicted.begin(), predicted.end(), gold.begin(), gold.end(),
                        std::back_inserter(correct));
  return {predicted.size(), gold.size(), correct.size()};
}

void print_score(const char* file, const char* system, const Score& s) {
  std::printf("%-26s %-7s %8zu %8zu %7.4f %7.4f %7.4f\n", file, system, s.gold, s.predicted,
              s.precision(), s.recall(), s.f1());
}

// Up to `count` offsets of `these` missing from `others`, shown in context.
void print_differences(const char* label, const std::string& text,
                       const std::vector<std::size_t>& these,
                       const std::vector<std::size_t>& others, int count) {
  std::vector<std::size_t> only;
  std::set_difference(these.begin(), these.end(), others.begin(), others.end(),
                      std::back_inserter(only));
  for (std::size_t i = 0; i < only.size() && int(i) < count; ++i) {
    std::size_t at = only[i];
    std::size_t from = at > 70 ? at - 70 : 0;
    std::printf("  %s …%s ‖ %s…\n", label, text.substr(from, at - from).c_str(),
                text.substr(at, 50).c_str());
  }
}

const char* base_name(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return path.c_str() + (slash == std::string::npos ? 0 : slash + 1);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir = CADENA_SPLIT_DATA_DIR;
  int errors = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--data" && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (arg == "--errors" && i + 1 < argc) {
      errors = std::atoi(argv[++i]);
    } else if (arg.substr(0, 2) == "--") {
      std::fprintf(stderr, "usage: %s [--data DIR] [--errors N] [FILE.conllu ...]\n", argv[0]);
      return 2;
    } else {
      files.emplace_back(arg);
    }
  }
  if (files.empty()) {
    std::string ud = std::string(CADENA_SHARED_DATA_DIR) + "/ud-spanish/";
    files = {ud + "es_ancora-ud-dev.conllu", ud + "es_gsd-ud-dev.conllu"};
  }
  try {
    cadena::split::SentenceSplitter splitter(data_dir);
    std::printf("%-26s %-7s %8s %8s %7s %7s %7s\n", "file", "system", "gold", "found", "P", "R",
                "F1");
    for (const std::string& file : files) {
      RunningText running = running_text(cadena::bench::read_file(file));
      std::vector<std::size_t> cadena = cadena_ends(splitter, running.text);
      print_score(base_name(file), "cadena", score(cadena, running.gold));
      print_score(base_name(file), "icu", score(icu_ends(running.text), running.gold));
      print_differences("wrong ", running.text, cadena, running.gold, errors);
      print_differences("missed", running.text, running.gold, cadena, errors);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 1;
  }
  return 0;
}
