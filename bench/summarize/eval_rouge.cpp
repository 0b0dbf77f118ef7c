// eval_rouge: ROUGE-1/2/L F1 of Cadena's summaries against the reference
// summaries of gold/summaries.json, next to lead-3 and a plain LexRank,
// per article and for the summary of the whole story. Runs the real pipeline
// (clean, split, summarize as built); prints Markdown tables.
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "baselines.hpp"
#include "corpus_pipeline.hpp"
#include "rouge.hpp"
#include "summarizer.hpp"

namespace {

using namespace cadena::summarize;
using namespace cadena::summarize::testing;

// A way to summarize one article, scored per article.
struct System {
  std::string name;
  std::function<std::string(const ProcessedArticle&)> summarize;
  bool per_article_rows;  // false: only the mean is printed (ablations)
  std::vector<rouge::Scores> scores = {};
};

std::string joined(const nlohmann::json& sentences) {
  std::string text;
  for (const auto& s : sentences) text += (text.empty() ? "" : " ") + s.get<std::string>();
  return text;
}

void print_header(const char* first_column) {
  std::printf("| %s | system | ROUGE-1 | ROUGE-2 | ROUGE-L |\n|---|---|---|---|---|\n",
              first_column);
}

void print_row(const std::string& what, const std::string& system, const rouge::Scores& s) {
  std::printf("| %s | %s | %.4f | %.4f | %.4f |\n", what.c_str(), system.c_str(), s.rouge1.f,
              s.rouge2.f, s.rougeL.f);
}

rouge::Scores mean(const std::vector<rouge::Scores>& all) {
  rouge::Scores m;
  for (const rouge::Scores& s : all) {
    m.rouge1.f += s.rouge1.f / all.size();
    m.rouge2.f += s.rouge2.f / all.size();
    m.rougeL.f += s.rougeL.f / all.size();
  }
  return m;
}

}  // namespace

int main() {
  std::ifstream gold_file(CADENA_GOLD_SUMMARIES);
  if (!gold_file) {
    std::cerr << "eval_rouge: " << CADENA_GOLD_SUMMARIES << ": cannot open\n";
    return 2;
  }
  nlohmann::json gold = nlohmann::json::parse(gold_file);
  CorpusPipeline pipeline;
  Summarizer summarizer(CADENA_SUMMARIZE_DATA_DIR);

  std::vector<ProcessedArticle> articles;
  for (const Article& article : corpus_articles()) articles.push_back(pipeline.run(article));

  Settings no_prior;
  no_prior.position_weight = 0;
  Settings no_mmr;
  no_mmr.mmr.lambda = 1;
  no_mmr.mmr.near_duplicate = 2;
  // lead-3 of the prose: the first three sentences the screen lets through
  // (no headline, label or caption), by the position prior alone.
  Settings prose_lead = no_mmr;
  prose_lead.position_weight = 1;
  auto alone = [&](const Settings& settings) {
    return [&summarizer, settings](const ProcessedArticle& a) {
      return summary_text(summarizer, {a}, settings);
    };
  };
  std::vector<System> systems{
      {"Cadena", [](const ProcessedArticle& a) { return a.summary_text(); }, true},
      {"lead-3", [](const ProcessedArticle& a) { return lead(a, 3); }, true},
      {"plain LexRank",
       [&](const ProcessedArticle& a) { return plain_lexrank(summarizer, {a}, 3); }, true},
      {"lead-3 of the prose", alone(prose_lead), true},
      {"Cadena without position prior", alone(no_prior), false},
      {"Cadena without MMR", alone(no_mmr), false}};
  std::printf("Per article (F1):\n\n");
  print_header("article");
  for (const ProcessedArticle& a : articles) {
    std::string reference = joined(gold.at("documents").at(a.id));
    for (System& system : systems) {
      system.scores.push_back(rouge::score(system.summarize(a), reference));
      if (system.per_article_rows) print_row(a.id, system.name, system.scores.back());
    }
  }
  for (const System& system : systems) print_row("**mean**", system.name, mean(system.scores));

  std::string reference = joined(gold.at("story"));
  std::printf("\nThe whole story, one summary of the five articles (F1):\n\n");
  print_header("summary");
  print_row("story", "Cadena (--corpus-summary)",
            rouge::score(summary_text(summarizer, articles, corpus_settings()), reference));
  print_row("story", "lead-3 (first article)", rouge::score(lead(articles.front(), 3), reference));
  print_row("story", "lead-1 of the first three articles",
            rouge::score(leads(articles, 3), reference));
  print_row("story", "plain LexRank",
            rouge::score(plain_lexrank(summarizer, articles, 3), reference));
  // How much rests on the shared facts, and on what counts as shared.
  Settings mmr_alone = corpus_settings();
  mmr_alone.concept_min_documents = 0;
  print_row("story", "Cadena without shared facts (MMR alone)",
            rouge::score(summary_text(summarizer, articles, mmr_alone), reference));
  Settings three_outlets = corpus_settings();
  three_outlets.concept_min_documents = 3;
  print_row("story", "Cadena, a fact shared by 3 outlets",
            rouge::score(summary_text(summarizer, articles, three_outlets), reference));
  return 0;
}
