// A second plugin that provides a stage named "shout" too: refused as a duplicate.
#include <cadena/sdk.hpp>

namespace {

class Quiet : public cadena::Stage {
 public:
  explicit Quiet(const cadena::StageContext&) {}
  void process(cadena::DocRef&) const override {}
};

}  // namespace

CADENA_PLUGIN(shout_again, "0.1.0", "Apache-2.0", "Test plugin: a duplicate stage name.",
              cadena::stage<Quiet>("shout", "Does nothing.", "{}", "", ""))
