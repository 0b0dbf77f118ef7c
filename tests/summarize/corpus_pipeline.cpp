#include "corpus_pipeline.hpp"

#include <algorithm>
#include <cadena/config.hpp>
#include <cadena/loader.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cadena::summarize::testing {

std::vector<Article> corpus_articles() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(CADENA_SOURCE_DIR "/corpus"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<Article> articles;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    articles.push_back({path.stem().string(), text.str()});
  }
  return articles;
}

std::string ProcessedArticle::summary_text() const {
  std::string joined;
  for (const SummarySpan& s : summary)
    joined += (joined.empty() ? "" : " ") + sentence_text(s.range);
  return joined;
}

CorpusPipeline::CorpusPipeline(const std::string& summarize_options, bool with_clean)
    : registry_(std::make_unique<Registry>()) {
  load_plugins({CADENA_CLEAN_PLUGIN, CADENA_SPLIT_PLUGIN, CADENA_SUMMARIZE_PLUGIN}, *registry_);
  if (!registry_->rejections().empty())
    throw std::runtime_error(registry_->rejections()[0].path + ": " +
                             registry_->rejections()[0].reason);
  std::string stages = std::string(with_clean ? R"({"plugin": "clean"}, )" : "") +
                       R"({"plugin": "split"}, {"plugin": "summarize", "options": )" +
                       summarize_options + "}";
  pipeline_ = std::make_unique<Pipeline>(
      parse_pipeline_config(R"({"pipeline": [)" + stages + "]}", "corpus_pipeline.json"),
      *registry_);
}

ProcessedArticle CorpusPipeline::run(const Article& article) const {
  Document doc(article.id, article.text);
  std::string error = pipeline_->process(doc);
  if (!error.empty()) throw std::runtime_error(article.id + ": " + error);
  ProcessedArticle out{article.id, std::string(doc.text()), {}, {}};
  for (const Span& s : doc.layer("sentences")->spans) out.sentences.push_back({s.begin, s.end});
  for (const Span& s : doc.layer("summary")->spans)
    out.summary.push_back({{s.begin, s.end}, std::get<double>(*s.find("score"))});
  return out;
}

}  // namespace cadena::summarize::testing
