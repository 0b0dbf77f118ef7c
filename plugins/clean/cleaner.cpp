#include "cleaner.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "block_features.hpp"
#include "boilerplate.hpp"
#include "dateline.hpp"
#include "html_page.hpp"
#include "repeated_text.hpp"
#include "text_blocks.hpp"

namespace cadena::clean {
namespace {

// A dateline opens one of the first paragraphs of the article (after the
// headline and standfirst), never anything later.
constexpr std::size_t kDatelineBlocks = 3;

// The kept blocks, a blank line between two; the blank line stands for
// nothing of the original.
MappedText join(const std::vector<Block>& blocks, const std::vector<bool>& keep) {
  std::size_t size = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (keep[i]) size += blocks[i].text.text().size() + 2;
  }
  MappedText text;
  text.reserve(size);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!keep[i]) continue;
    if (!text.empty()) {
      const std::uint64_t at = text.orig_end_at(text.text().size());
      text.replace("\n\n", at, at);
    }
    text.append(blocks[i].text);
  }
  return text;
}

}  // namespace

Cleaner::Cleaner(const std::string& data_dir, CleanOptions options) : options_(std::move(options)) {
  namespace fs = std::filesystem;
  std::error_code error;
  for (fs::directory_iterator it(data_dir, error), end; !error && it != end; it.increment(error)) {
    if (it->is_directory()) {
      languages_.emplace(it->path().filename().string(), LanguageData::load(it->path().string()));
    }
  }
  if (error)
    throw std::runtime_error(data_dir + ": cannot read the data folder: " + error.message());
  if (languages_.count(options_.default_language) == 0) {
    throw std::runtime_error(data_dir + ": no data for the default language '" +
                             options_.default_language + "'");
  }
}

const LanguageData& Cleaner::language(std::string_view lang) const {
  const std::string primary = lowercase(lang.substr(0, lang.find_first_of("-_")));
  auto it = languages_.find(primary);
  return it != languages_.end() ? it->second : languages_.find(options_.default_language)->second;
}

CleanResult Cleaner::clean(std::string_view original, InputFormat format,
                           std::string_view lang) const {
  CleanResult result;
  std::vector<Block> blocks;
  std::string published;
  if (format == InputFormat::kHtml) {
    HtmlPage page = read_html(original);
    blocks = std::move(page.blocks);
    result.title = std::move(page.title);
    published = std::move(page.published);
  } else {
    blocks = read_text(original);
  }

  std::vector<Block> normalized;
  normalized.reserve(blocks.size());
  for (Block& block : blocks) {
    block.text = normalizer_.normalize(block.text);
    if (!block.text.empty()) normalized.push_back(std::move(block));
  }

  const LanguageData& words = language(lang);
  const std::vector<BlockFeatures> features = measure_blocks(normalized, words, result.title);
  std::vector<bool> content(normalized.size(), true);
  if (options_.remove_boilerplate) {
    content = find_content(normalized, features);
    drop_repeated_text(features, content);
    // A text the features would empty entirely ("Hola mundo.", a short note
    // said twice) is more likely short than all menus: it stays whole rather
    // than become a document with no text.
    if (std::none_of(content.begin(), content.end(), [](bool c) { return c; }))
      content.assign(content.size(), true);
  }

  MappedText text = join(normalized, content);
  result.pieces = text.pieces();
  result.text = text.release_text();

  // The first blocks kept: a plain text's headline, a dateline. `offset` is
  // where the block starts in the text (join puts "\n\n" between two).
  std::size_t kept = 0;
  std::size_t offset = 0;
  for (std::size_t i = 0; i < normalized.size() && kept < kDatelineBlocks; ++i) {
    if (!content[i]) continue;
    const std::string& block = normalized[i].text.text();
    if (kept == 0 && result.title.empty() && headline_like(normalized[i], features[i])) {
      result.title = block;
    }
    if (!result.dateline) {
      if (std::optional<Dateline> dateline = find_dateline(block, words)) {
        result.dateline = std::make_pair(offset, offset + dateline->end);
        if (published.empty()) result.date = std::move(dateline->date);
      }
    }
    offset += block.size() + 2;
    ++kept;
  }
  if (!published.empty()) result.date = published;
  return result;
}

}  // namespace cadena::clean
