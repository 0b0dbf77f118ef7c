// A well-formed test plugin: stage "shout" marks words written in capitals
// (layer "loud"); a document containing the word FAIL makes it throw, to test
// that one failing document does not stop a run.
#include <cadena/sdk.hpp>

#include <cctype>

namespace {

class Shout : public cadena::Stage {
 public:
  explicit Shout(const cadena::StageContext& ctx) : min_length_(ctx.options.at("min_length").get<int>()) {
    if (min_length_ < 1) throw cadena::OptionError("/min_length", "expected a positive integer, got " +
                                                                      std::to_string(min_length_));
  }

  void process(cadena::DocRef& doc) const override {
    std::string_view text = doc.text();
    if (text.find("FAIL") != std::string_view::npos) throw std::runtime_error("asked to fail");
    auto loud = doc.write("loud");
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t j = i;
      while (j < text.size() && std::isupper(static_cast<unsigned char>(text[j]))) ++j;
      if (j - i >= static_cast<std::size_t>(min_length_)) loud.add(i, j).set("length", static_cast<std::int64_t>(j - i));
      i = j == i ? i + 1 : j;
    }
  }

 private:
  int min_length_;
};

}  // namespace

CADENA_PLUGIN(shout, "0.1.0", "Apache-2.0", "Test plugin: marks words in capitals.",
              cadena::stage<Shout>("shout", "Marks words in capitals.", R"({"min_length": 2})", "", "loud"))
