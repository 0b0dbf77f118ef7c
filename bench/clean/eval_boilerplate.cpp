// Boilerplate removal measured on the development half of the Spanish pages of
// trafilatura's evaluation (see ../shared/data/boilerplate/SOURCE.md).
//
// Each page comes with snippets that must appear in the extracted text
// ("with") and snippets that must not ("without"). As in trafilatura's
// evaluation, a "with" snippet found is a true positive and one missing a
// false negative; a "without" snippet found is a false positive. Snippets and
// text are compared with white space collapsed.
//
//   eval_boilerplate [--verbose] [--lang CODE] [gold.jsonl]
//
// --verbose lists, under each page, the snippets it gets wrong. Pages are read
// as `cadena run` reads them: decoded to UTF-8 from the charset they declare
// (or one detected), with the language `--lang` names ("es" by default, as
// `cadena run` without --lang). With gold lines that carry a `lang` (the
// multilingual set), the totals are also given per language.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include <cadena/page_encoding.hpp>

#include "cleaner.hpp"

namespace {

struct Counts {
  int with_total = 0;
  int with_found = 0;  // true positives
  int without_total = 0;
  int without_found = 0;  // false positives

  void add(const Counts& o) {
    with_total += o.with_total;
    with_found += o.with_found;
    without_total += o.without_total;
    without_found += o.without_found;
  }
  double recall() const { return with_total ? double(with_found) / with_total : 1.0; }
  double precision() const {
    const int flagged = with_found + without_found;
    return flagged ? double(with_found) / flagged : 1.0;
  }
  double excluded() const {
    return without_total ? double(without_total - without_found) / without_total : 1.0;
  }
  double f1() const {
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// White space runs (ASCII and U+00A0) as one space, none at the ends.
std::string squeeze(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool nbsp = s.compare(i, 2, "\xC2\xA0") == 0;
    if (nbsp || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
      if (nbsp) ++i;
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += s[i];
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void print_row(const std::string& name, const Counts& c) {
  std::printf("%-40s %3d/%-3d  %6.3f  %6.3f  %3d/%-3d  %6.3f\n", name.c_str(), c.with_found,
              c.with_total, c.recall(), c.precision(), c.without_total - c.without_found,
              c.without_total, c.excluded());
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::string lang = "es";
  std::string gold_path = std::string(CADENA_SHARED_DATA_DIR) + "/boilerplate/gold.jsonl";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--verbose") {
      verbose = true;
    } else if (arg == "--lang" && i + 1 < argc) {
      lang = argv[++i];
    } else {
      gold_path = arg;
    }
  }
  try {
    const std::string gold_dir = gold_path.substr(0, gold_path.find_last_of('/') + 1);
    const cadena::clean::Cleaner cleaner(CADENA_CLEAN_DATA_DIR, {});
    std::ifstream gold(gold_path);
    if (!gold) throw std::runtime_error(gold_path + ": cannot open");
    std::printf("%-40s %7s  %6s  %6s  %7s  %6s\n", "page", "with", "recall", "prec.", "without",
                "excl.");
    Counts all;
    std::map<std::string, Counts> by_language;
    std::string line;
    int line_number = 0;
    while (std::getline(gold, line)) {
      ++line_number;
      if (line.empty()) continue;
      const nlohmann::json page = nlohmann::json::parse(line);
      const std::string file = page.at("html_file").get<std::string>();
      std::string html = read_file(gold_dir + file);
      cadena::decode_to_utf8(html, true);
      const cadena::clean::CleanResult result =
          cleaner.clean(html, cadena::clean::InputFormat::kHtml, lang);
      const std::string text = squeeze(result.text);
      Counts counts;
      std::vector<std::string> wrong;
      for (const auto& snippet : page.at("with")) {
        ++counts.with_total;
        const std::string s = squeeze(snippet.get<std::string>());
        if (text.find(s) != std::string::npos) {
          ++counts.with_found;
        } else {
          wrong.push_back("  missing: " + s);
        }
      }
      for (const auto& snippet : page.at("without")) {
        ++counts.without_total;
        const std::string s = squeeze(snippet.get<std::string>());
        if (text.find(s) != std::string::npos) {
          ++counts.without_found;
          wrong.push_back("  kept:    " + s);
        }
      }
      print_row(file.substr(file.find('/') + 1), counts);
      if (verbose) {
        for (const std::string& w : wrong) std::printf("%s\n", w.c_str());
      }
      all.add(counts);
      if (page.contains("lang")) by_language[page.at("lang").get<std::string>()].add(counts);
    }
    std::printf("\n");
    for (const auto& [language, counts] : by_language) print_row("lang " + language, counts);
    print_row("all pages", all);
    std::printf(
        "F1 %.3f (recall: with-snippets found; precision: TP/(TP+FP), trafilatura's; "
        "excl.: without-snippets left out)\n",
        all.f1());
  } catch (const std::exception& e) {
    std::cerr << "eval_boilerplate: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
