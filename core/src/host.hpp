// The host side of the C ABI: what a cadena_doc and a cadena_layer are, and
// the function table handed to every process() call.
#ifndef CADENA_SRC_HOST_HPP
#define CADENA_SRC_HOST_HPP

#include <cadena/abi.h>
#include <cadena/document.hpp>

#include <deque>
#include <string>
#include <vector>

struct cadena_layer {
  cadena::Layer* layer;
  cadena_doc* call;
  bool writable;
};

// One stage's call on one document; lives on the stack of Pipeline::process.
struct cadena_doc {
  cadena::Document* doc;
  const std::string* stage;                // its name, recorded as the layers' producer
  const std::vector<std::string>* writes;  // the layers it declared it writes
  const std::vector<std::string>* reads;   // every layer it may read: needs, reads_if_present, writes
  std::deque<cadena_layer> handles;        // stable addresses for the call's duration
  std::string error;                       // why it failed, if it did
};

namespace cadena {

const cadena_host& host_table();

}  // namespace cadena

#endif  // CADENA_SRC_HOST_HPP
