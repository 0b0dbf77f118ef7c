#include "nesting_cap.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace cadena::clean {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never have content.
bool is_void(std::string_view name) {
  return one_of(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "param", "source", "track", "wbr", "keygen", "frame"});
}

// Elements whose text is not markup: the scan skips to their end tag.
bool is_raw_text(std::string_view name) {
  return one_of(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                       "noframes", "noscript"});
}

// Elements a parser closes when a sibling of the same name starts.
bool closes_itself(std::string_view name) {
  return one_of(name, {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
                       "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp"});
}

// How far down the stack an end tag or a self-closing sibling is looked for:
// enough for any page a parser builds sensibly, and it keeps the scan linear.
constexpr std::size_t kSearchWindow = 1024;

struct Open {
  std::string name;
  bool neutralized;
};

class Scanner {
 public:
  Scanner(std::string_view html, std::size_t max_depth) : html_(html), max_depth_(max_depth) {}

  std::optional<std::string> run() {
    std::size_t i = 0;
    while ((i = html_.find('<', i)) != std::string_view::npos) {
      i = tag(i);
    }
    return copy_;
  }

 private:
  // Handles the markup starting with '<' at `i`; returns where to go on.
  std::size_t tag(std::size_t i) {
    std::string_view rest = html_.substr(i);
    if (rest.substr(0, 4) == "<!--") return skip_past(i + 4, "-->");
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) return skip_past(i + 2, ">");
    const bool end_tag = rest.size() > 1 && rest[1] == '/';
    const std::size_t name_begin = i + (end_tag ? 2 : 1);
    if (name_begin >= html_.size() || !is_alpha(html_[name_begin])) return i + 1;
    std::size_t j = name_begin;
    std::string name;
    while (j < html_.size() && html_[j] != '>' && html_[j] != '/' &&
           !std::isspace(static_cast<unsigned char>(html_[j]))) {
      name += lower(html_[j++]);
    }
    const std::size_t end = tag_end(j);
    const bool self_closing = end >= 2 && html_[end - 2] == '/';
    if (end_tag) {
      close(name, i, end);
      return end;
    }
    open(name, self_closing, i, end);
    if (is_raw_text(name)) return skip_raw_text(end, name);
    return end;
  }

  // The position after the '>' closing a tag whose name ends at `i`, quoted
  // attribute values included.
  std::size_t tag_end(std::size_t i) const {
    char quote = 0;
    for (; i < html_.size(); ++i) {
      const char c = html_[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return html_.size();
  }

  std::size_t skip_past(std::size_t from, std::string_view marker) const {
    const std::size_t at = html_.find(marker, from);
    return at == std::string_view::npos ? html_.size() : at + marker.size();
  }

  std::size_t skip_raw_text(std::size_t from, const std::string& name) const {
    for (std::size_t at = html_.find("</", from); at != std::string_view::npos;
         at = html_.find("</", at + 2)) {
      std::size_t k = 0;
      while (k < name.size() && at + 2 + k < html_.size() && lower(html_[at + 2 + k]) == name[k])
        ++k;
      if (k == name.size()) return at;
    }
    return html_.size();
  }

  bool in_foreign() const { return foreign_depth_ > 0; }

  void open(const std::string& name, bool self_closing, std::size_t begin, std::size_t end) {
    if (is_void(name) || (self_closing && in_foreign())) return;
    if (closes_itself(name)) pop_to(name);
    const bool neutralized = stack_.size() >= max_depth_;
    if (neutralized) neutralize(begin, end);
    if (name == "svg" || name == "math") ++foreign_depth_;
    stack_.push_back({name, neutralized});
  }

  void close(const std::string& name, std::size_t begin, std::size_t end) {
    const std::size_t window = std::min(stack_.size(), kSearchWindow);
    for (std::size_t k = 1; k <= window; ++k) {
      if (stack_[stack_.size() - k].name != name) continue;
      if (stack_[stack_.size() - k].neutralized) neutralize(begin, end);
      pop(k);
      return;
    }
  }

  // Closes an open `name` near the top of the stack, as its sibling starts.
  void pop_to(const std::string& name) {
    const std::size_t window = std::min<std::size_t>(stack_.size(), 8);
    for (std::size_t k = 1; k <= window; ++k) {
      if (stack_[stack_.size() - k].name == name) {
        pop(k);
        return;
      }
    }
  }

  void pop(std::size_t count) {
    for (; count > 0; --count) {
      const std::string& name = stack_.back().name;
      if (name == "svg" || name == "math") --foreign_depth_;
      stack_.pop_back();
    }
  }

  // "</   >": an end tag without a name, which a parser reads as a bogus
  // comment; three bytes fit the shortest tag ("<b>").
  void neutralize(std::size_t begin, std::size_t end) {
    if (end - begin < 3) return;  // "<b" cut off by the end of the input: no tag
    if (!copy_) copy_.emplace(html_);
    std::string& s = *copy_;
    s[begin] = '<';
    s[begin + 1] = '/';
    std::fill(s.begin() + begin + 2, s.begin() + end - 1, ' ');
    s[end - 1] = '>';
  }

  std::string_view html_;
  std::size_t max_depth_;
  std::vector<Open> stack_;
  int foreign_depth_ = 0;
  std::optional<std::string> copy_;
};

}  // namespace

std::optional<std::string> cap_nesting(std::string_view html, std::size_t max_depth) {
  return Scanner(html, max_depth).run();
}

}  // namespace cadena::clean
