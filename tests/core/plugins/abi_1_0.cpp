// A plugin written against ABI 1.0 with the C ABI alone and its own copies of
// the 1.0 struct layouts, which end before the reserved fields: the shortest
// description a host must read, factories packed at that shorter stride. Its
// minor stays 0 whatever the SDK's is, so once the ABI gains a minor this is
// the "an older minor is accepted" plugin.
// Stages "bytes" and "bytes_again" write one span over the whole text (layer
// "size", "size_again") with its length in bytes.
#include <cadena/abi.h>

#include <stddef.h>

namespace {

struct Factory_1_0 {
  uint32_t struct_size;
  uint32_t reserved0;
  cadena_str name, description, default_options, needs, writes;
  cadena_stage* (*create)(const cadena_create_args*);
  void (*destroy)(cadena_stage*);
  cadena_status (*process)(const cadena_stage*, cadena_doc*, const cadena_host*);
};
struct Info_1_0 {
  uint16_t abi_major, abi_minor;
  uint32_t struct_size;
  cadena_str name, version, license, description;
  const Factory_1_0* factories;
  size_t factory_count;
};
static_assert(sizeof(Factory_1_0) == offsetof(cadena_stage_factory, reads_if_present), "the 1.0 factory layout");
static_assert(offsetof(Info_1_0, factory_count) == offsetof(cadena_plugin_info, factory_count), "the 1.0 info layout");

cadena_str str(const char* s) {
  size_t n = 0;
  while (s[n]) ++n;
  return cadena_str{s, n};
}

// The instance handle is the name of the layer it writes.
const char kSize[] = "size";
const char kSizeAgain[] = "size_again";
cadena_stage* create_size(const cadena_create_args*) { return (cadena_stage*)kSize; }
cadena_stage* create_size_again(const cadena_create_args*) { return (cadena_stage*)kSizeAgain; }
void destroy(cadena_stage*) {}

cadena_status process(const cadena_stage* stage, cadena_doc* doc, const cadena_host* host) {
  cadena_str text = host->text(doc);
  cadena_layer* layer = host->writable_layer(doc, str((const char*)stage));
  size_t index = 0;
  if (!layer || host->add_span(layer, cadena_span{0, text.size}, &index) != CADENA_OK) return CADENA_ERROR;
  cadena_value bytes{};
  bytes.kind = CADENA_VALUE_INT;
  bytes.i = static_cast<int64_t>(text.size);
  return host->set_attr(layer, index, str("bytes"), &bytes);
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const cadena_plugin_info* cadena_plugin_entry(void) {
  static const Factory_1_0 factories[] = {
      {sizeof(Factory_1_0), 0, str("bytes"), str(""), str("{}"), str(""), str("size"), &create_size, &destroy,
       &process},
      {sizeof(Factory_1_0), 0, str("bytes_again"), str(""), str("{}"), str(""), str("size_again"),
       &create_size_again, &destroy, &process}};
  static const Info_1_0 info = {1, 0, sizeof(Info_1_0), str("abi_1_0"), str("1.0.0"), str("MIT"), str(""),
                                factories, 2};
  return reinterpret_cast<const cadena_plugin_info*>(&info);
}
