// A stage that fails through the C ABI, without the SDK and without throwing:
// for a document containing "FAIL" it reports a message with host->fail and
// returns CADENA_ERROR; for one containing "MUTE" it returns CADENA_ERROR
// without a message. Other documents pass untouched.
#include <cadena/abi.h>

#include <string_view>

namespace {

cadena_str str(std::string_view s) { return cadena_str{s.data(), s.size()}; }

cadena_stage* create(const cadena_create_args*) {
  static int instance;
  return reinterpret_cast<cadena_stage*>(&instance);
}

void destroy(cadena_stage*) {}

cadena_status process(const cadena_stage*, cadena_doc* doc, const cadena_host* host) {
  cadena_str t = host->text(doc);
  std::string_view text(t.data, t.size);
  if (text.find("FAIL") != std::string_view::npos) {
    host->fail(doc, str("the status_error plugin refused this document"));
    return CADENA_ERROR;
  }
  if (text.find("MUTE") != std::string_view::npos) return CADENA_ERROR;
  return CADENA_OK;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const cadena_plugin_info* cadena_plugin_entry(void) {
  static const cadena_stage_factory factories[] = {{sizeof(cadena_stage_factory), 0, str("refuse"), str(""),
                                                    str("{}"), str(""), str(""), &create, &destroy, &process, {}}};
  static const cadena_plugin_info info = {CADENA_ABI_MAJOR, CADENA_ABI_MINOR, sizeof(cadena_plugin_info),
                                          str("status_error"), str("1.0.0"), str("MIT"), str(""), factories, 1, {}};
  return &info;
}
