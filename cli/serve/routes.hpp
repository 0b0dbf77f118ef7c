// The routes `cadena serve` answers, the methods each takes, and the JSON
// error answers every route shares.
#ifndef CADENA_CLI_SERVE_ROUTES_HPP
#define CADENA_CLI_SERVE_ROUTES_HPP

#include <httplib.h>

#include <string>
#include <vector>

namespace cadena::cli::serve {

struct Route {
  std::string path;
  std::vector<std::string> methods;
  bool needs_token;  // with --token-file; /healthz stays open for load balancers
};

const std::vector<Route>& routes();
// The route serving `path`, or null (404).
const Route* find_route(const std::string& path);
// "GET, HEAD": the Allow header of a 405.
std::string allowed_methods(const Route& route);
// The metrics label of a path: the route, or "other".
std::string route_label(const std::string& path);

// Sets `res` to {"error": message} with `status`.
void send_error(httplib::Response& res, int status, const std::string& message);

}  // namespace cadena::cli::serve

#endif  // CADENA_CLI_SERVE_ROUTES_HPP
