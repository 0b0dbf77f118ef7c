#include "html_page.hpp"

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "decoded_text.hpp"
#include "html_elements.hpp"
#include "nesting_cap.hpp"
#include "page_metadata.hpp"

namespace cadena::clean {
namespace {

const GumboVector& children_of(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

// Walks the tree in document order, without recursion (pages nest deep), and
// collects blocks.
class PageWalker {
 public:
  explicit PageWalker(std::string_view input) : input_(input) {}

  HtmlPage walk(const GumboNode* document) {
    contexts_.push_back({BlockKind::kText, 0});
    stack_.push_back({document, 0, false, false, false});
    while (!stack_.empty()) {
      const GumboVector& children = children_of(stack_.back().node);
      if (stack_.back().next < children.length) {
        visit(static_cast<const GumboNode*>(children.data[stack_.back().next++]));
      } else {
        leave(stack_.back());
        stack_.pop_back();
      }
    }
    flush();
    page_.title = metadata_.title();
    page_.published = metadata_.published();
    return std::move(page_);
  }

 private:
  // An element being walked, and what entering it changed.
  struct Frame {
    const GumboNode* node;
    unsigned next;  // the next child to visit
    bool block;
    bool link;
    bool article;
  };

  void visit(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        add_text(node->v.text);
        return;
      case GUMBO_NODE_ELEMENT:
        enter(node);
        return;
      default:  // comments, templates
        return;
    }
  }

  void enter(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    switch (tag) {
      case GUMBO_TAG_HEAD:
        metadata_.read_head(node);
        return;
      case GUMBO_TAG_META:
        metadata_.read_meta(node);
        return;
      case GUMBO_TAG_SCRIPT:
        metadata_.read_script(node);
        return;
      case GUMBO_TAG_BR:
      case GUMBO_TAG_HR:
        flush();
        return;
      default:
        break;
    }
    if (leaves_out(node, articles_ > 0)) {
      if (is_block_level(tag)) flush();  // the text around it is not one block
      return;
    }
    const Frame frame{node, 0, is_block_level(tag), tag == GUMBO_TAG_A, is_article_container(node)};
    if (frame.block) {
      flush();
      contexts_.push_back(context_of(tag, contexts_.back()));
    }
    if (frame.link) ++links_;
    if (frame.article) ++articles_;
    stack_.push_back(frame);
  }

  void leave(const Frame& frame) {
    if (frame.block) {
      flush();
      contexts_.pop_back();
    }
    if (frame.link) --links_;
    if (frame.article) --articles_;
  }

  void add_text(const GumboText& text) {
    const std::string_view decoded = text.text;
    const GumboStringPiece& source = text.original_text;
    const char* begin = input_.data();
    const char* end = begin + input_.size();
    if (source.data && source.data >= begin && source.data + source.length <= end) {
      append_decoded(current_.text, decoded, std::string_view(source.data, source.length),
                     static_cast<std::uint64_t>(source.data - begin));
    } else {
      // Text the parser made up: it stands for nothing, where it would start.
      const std::uint64_t at = std::min<std::uint64_t>(text.start_pos.offset, input_.size());
      current_.text.replace(decoded, at, at);
    }
    const auto visible = static_cast<std::size_t>(
        std::count_if(decoded.begin(), decoded.end(), [](char c) { return !is_html_space(c); }));
    current_.text_bytes += visible;
    if (links_ > 0) current_.link_bytes += visible;
  }

  void flush() {
    if (current_.text_bytes > 0) {
      current_.kind = contexts_.back().kind;
      current_.heading_level = contexts_.back().heading_level;
      page_.blocks.push_back(std::move(current_));
    }
    current_ = Block();
  }

  std::string_view input_;
  HtmlPage page_;
  PageMetadata metadata_;
  Block current_;
  std::vector<Frame> stack_;
  std::vector<BlockContext> contexts_;
  int links_ = 0;     // links open around the walk
  int articles_ = 0;  // article-like elements open around the walk
};

struct OutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

}  // namespace

HtmlPage read_html(std::string_view html) {
  // Parse errors are of no use here, and gumbo copies the whole stack of open
  // elements into each one it records.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  const std::optional<std::string> capped = cap_nesting(html);
  const std::string_view input = capped ? std::string_view(*capped) : html;
  std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&options, input.data(), input.size()));
  if (!output) return {};
  return PageWalker(input).walk(output->document);
}

}  // namespace cadena::clean
