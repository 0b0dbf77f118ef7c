#include "page_metadata.hpp"

#include <string_view>

#include "html_elements.hpp"

namespace cadena::clean {
namespace {

std::string collapse_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!is_html_space(c)) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "2022-05-04T08:27:49-0300" -> "2022-05-04"; anything else -> "".
std::string iso_date_prefix(std::string_view value) {
  while (!value.empty() && is_html_space(value.front())) value.remove_prefix(1);
  if (value.size() < 10 || value[4] != '-' || value[7] != '-') return "";
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (value[i] < '0' || value[i] > '9') return "";
  }
  const int month = (value[5] - '0') * 10 + (value[6] - '0');
  const int day = (value[8] - '0') * 10 + (value[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return std::string(value.substr(0, 10));
}

}  // namespace

void PageMetadata::read_head(const GumboNode* head) {
  const GumboVector& children = head->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    switch (child->v.element.tag) {
      case GUMBO_TAG_TITLE:
        if (title_.empty()) title_ = child_text(child);
        break;
      case GUMBO_TAG_META:
        read_meta(child);
        break;
      case GUMBO_TAG_SCRIPT:
        read_script(child);
        break;
      default:
        break;
    }
  }
}

void PageMetadata::read_meta(const GumboNode* meta) {
  std::string_view key = attribute(meta, "property");
  if (key.empty()) key = attribute(meta, "name");
  if (key.empty()) key = attribute(meta, "itemprop");
  const std::string_view content = attribute(meta, "content");
  if (key == "og:title" && og_title_.empty()) og_title_ = content;
  if ((key == "article:published_time" || key == "datePublished" || key == "date") &&
      meta_date_.empty()) {
    meta_date_ = iso_date_prefix(content);
  }
}

void PageMetadata::read_script(const GumboNode* script) {
  if (!linked_data_date_.empty() ||
      attribute(script, "type").find("ld+json") == std::string_view::npos) {
    return;
  }
  // A look for one key, not a JSON parse: the first "datePublished" names the
  // page's article (later ones belong to related items).
  const std::string_view json = child_text(script);
  const std::string_view key = "\"datePublished\"";
  std::size_t at = json.find(key);
  if (at == std::string_view::npos) return;
  at = json.find('"', json.find(':', at + key.size()));
  if (at == std::string_view::npos) return;
  linked_data_date_ = iso_date_prefix(json.substr(at + 1));
}

std::string PageMetadata::title() const {
  return collapse_spaces(og_title_.empty() ? title_ : og_title_);
}

std::string PageMetadata::published() const {
  return linked_data_date_.empty() ? meta_date_ : linked_data_date_;
}

}  // namespace cadena::clean
