// What a page says about itself that the cleaner reports: its title and its
// publication date.
//   title: og:title, else <title>, white space collapsed;
//   date:  schema.org linked data ("datePublished" in a JSON-LD script), which
//          states the date in the page's own time zone, else a <meta>
//          article:published_time, datePublished or date. Only ISO 8601 values
//          ("2022-05-04T08:27:49-03:00") count; others ("10/05/2022") are
//          ambiguous and ignored.
#ifndef CADENA_CLEAN_PAGE_METADATA_HPP
#define CADENA_CLEAN_PAGE_METADATA_HPP

#include <gumbo.h>

#include <string>

namespace cadena::clean {

class PageMetadata {
 public:
  // Elements as the page walk meets them; the first value of each kind wins.
  void read_head(const GumboNode* head);
  void read_meta(const GumboNode* meta);
  void read_script(const GumboNode* script);

  std::string title() const;
  std::string published() const;  // YYYY-MM-DD or ""

 private:
  std::string title_;
  std::string og_title_;
  std::string meta_date_;
  std::string linked_data_date_;
};

}  // namespace cadena::clean

#endif  // CADENA_CLEAN_PAGE_METADATA_HPP
