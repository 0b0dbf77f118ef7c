// A plugin that takes a name the "shout" plugin already has, built twice
// (tests/core/CMakeLists.txt): as plugin "shout_again" with a stage "shout" (a
// duplicate stage name) and as plugin "shout" with a stage "whisper" (a
// duplicate plugin name). Both are refused.
#include <cadena/sdk.hpp>

namespace {

class Quiet : public cadena::Stage {
 public:
  explicit Quiet(const cadena::StageContext&) {}
  void process(cadena::DocRef&) const override {}
};

}  // namespace

// One more step, so that TAKEN_PLUGIN is expanded before CADENA_PLUGIN pastes it.
#define TAKEN_NAME_PLUGIN(id, ...) CADENA_PLUGIN(id, __VA_ARGS__)
TAKEN_NAME_PLUGIN(TAKEN_PLUGIN, "0.1.0", "Apache-2.0", "Test plugin: a name already taken.",
                  cadena::stage<Quiet>(TAKEN_STAGE, "Does nothing.", "{}", "", ""))
