#include "routes.hpp"

#include <nlohmann/json.hpp>

namespace cadena::cli::serve {

const std::vector<Route>& routes() {
  static const std::vector<Route> all{
      {"/v1/annotate", {"POST"}, true},
      {"/v1/pipeline", {"GET", "HEAD"}, true},
      {"/metrics", {"GET", "HEAD"}, true},
      {"/healthz", {"GET", "HEAD"}, false},
  };
  return all;
}

const Route* find_route(const std::string& path) {
  for (const Route& r : routes())
    if (r.path == path) return &r;
  return nullptr;
}

std::string allowed_methods(const Route& route) {
  std::string out;
  for (const std::string& m : route.methods) out += (out.empty() ? "" : ", ") + m;
  return out;
}

std::string route_label(const std::string& path) { return find_route(path) ? path : "other"; }

void send_error(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  // Messages can quote client bytes (a query parameter): never fail on them.
  nlohmann::json body{{"error", message}};
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", "application/json");
}

}  // namespace cadena::cli::serve
