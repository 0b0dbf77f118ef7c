// `cadena serve`: loads the pipeline once, then answers HTTP until SIGTERM or
// SIGINT. HTTP itself is cpp-httplib's (docs/serve.md says why); this file
// wires the checks every request passes, the routes, and the clean stop.
#include <cadena/error.hpp>
#include <cadena/pipeline.hpp>
#include <cadena/runner.hpp>

#include <httplib.h>
#include <pthread.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "../commands.hpp"
#include "annotate.hpp"
#include "media_type.hpp"
#include "metrics.hpp"
#include "pipeline_info.hpp"
#include "routes.hpp"
#include "serve_options.hpp"
#include "token.hpp"
#include "work_queue.hpp"

namespace cadena::cli::serve {

namespace {

using Clock = std::chrono::steady_clock;

// Each request is read, handled and answered on one connection thread, so
// its start time can live there between httplib's hooks.
thread_local bool tl_counted = false;
thread_local Clock::time_point tl_start;

void begin_request(Metrics& metrics) {
  if (tl_counted) return;  // the Expect: 100-continue hook saw it first
  tl_counted = true;
  tl_start = Clock::now();
  metrics.request_started();
}

bool has_body(const httplib::Request& req) {
  return req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos ||
         req.get_header_value<std::uint64_t>("Content-Length") > 0;
}

// The checks a request passes before its body is read: 0 when it may go on,
// else the status, with `res` set.
class Gate {
 public:
  Gate(const std::string& token, std::uint64_t max_bytes, const std::atomic<bool>& draining)
      : token_(token), max_bytes_(max_bytes), draining_(draining) {}

  int refuse(const httplib::Request& req, httplib::Response& res) const {
    int status = check(req, res);
    // A body left unread would be taken for the next request: close instead.
    if (status != 0 && has_body(req)) res.set_header("Connection", "close");
    return status;
  }

 private:
  int check(const httplib::Request& req, httplib::Response& res) const {
    if (draining_) {
      send_error(res, 503, "shutting down");
      res.set_header("Retry-After", "1");
      res.set_header("Connection", "close");
      return 503;
    }
    const Route* route = find_route(req.path);
    if (!route) {
      send_error(res, 404, "no such route: " + req.path + " (see docs/serve.md)");
      return 404;
    }
    if (std::find(route->methods.begin(), route->methods.end(), req.method) == route->methods.end()) {
      send_error(res, 405, req.method + " is not served on " + route->path + "; use " + allowed_methods(*route));
      res.set_header("Allow", allowed_methods(*route));
      return 405;
    }
    if (route->needs_token && !token_.empty() && !token_matches(req.get_header_value("Authorization"), token_)) {
      send_error(res, 401, req.has_header("Authorization") ? "wrong token" : "missing 'Authorization: Bearer TOKEN'");
      res.set_header("WWW-Authenticate", "Bearer");
      return 401;
    }
    if (req.method != "POST") return 0;
    if (body_kind(req.get_header_value("Content-Type")) == BodyKind::kUnserved) {
      std::string given = req.has_header("Content-Type") ? "'" + req.get_header_value("Content-Type") + "'" : "none";
      send_error(res, 415, std::string("Content-Type ") + given + " is not served; send " + served_media_types());
      return 415;
    }
    std::uint64_t length = req.get_header_value<std::uint64_t>("Content-Length");
    if (length > max_bytes_) {
      send_error(res, 413, "body of " + std::to_string(length) + " bytes, over the " + std::to_string(max_bytes_) +
                               "-byte limit (--max-bytes)");
      return 413;
    }
    return 0;
  }

  const std::string& token_;
  std::uint64_t max_bytes_;
  const std::atomic<bool>& draining_;
};

}  // namespace

int serve_command(const ServeOptions& o) {
  // Only the waiter thread below takes SIGTERM and SIGINT: block them before
  // any other thread starts. A client that hangs up must not kill the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  Registry registry = load_registry(o.plugin_path, true);
  PipelineConfig config;
  std::unique_ptr<Pipeline> pipeline;
  std::string token;
  try {
    config = o.config.empty() ? default_pipeline_config() : load_pipeline_config(o.config);
    pipeline = std::make_unique<Pipeline>(config, registry);
    if (!o.token_file.empty()) token = read_token_file(o.token_file);
  } catch (const Error& e) {
    std::cerr << "cadena: error: " << e.what() << "\n";
    return 2;
  }
  const std::string pipeline_json = describe_pipeline(config, *pipeline, registry).dump(2) + "\n";

  Runner runner(*pipeline, RunnerOptions{o.jobs, 0, {}});
  WorkQueue queue(runner, runner.jobs(), o.max_queue);
  Metrics metrics;
  Annotator annotator(queue, metrics, o.max_bytes);
  std::atomic<bool> draining{false};
  Gate gate(token, o.max_bytes, draining);

  httplib::Server server;
  server.new_task_queue = [n = o.max_connections] { return new httplib::ThreadPool(n); };
  server.set_read_timeout(o.timeout, 0);
  server.set_write_timeout(o.timeout, 0);
  server.set_keep_alive_timeout(std::min<time_t>(o.timeout, 5));
  server.set_keep_alive_max_count(1000);
  server.set_payload_max_length(o.max_bytes);
  server.set_tcp_nodelay(true);  // small answers go out at once, not after the peer's delayed ACK
  // httplib's default also sets SO_REUSEPORT, which would let a second server
  // share a port in use instead of failing: reuse only TIME_WAIT addresses.
  std::atomic<int> listen_fd{-1};
  server.set_socket_options([&listen_fd](socket_t sock) {
    listen_fd = sock;
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });

  // Refused before the body is read: both when the client waits for
  // "100 Continue" (curl does for large bodies) and when it sends at once.
  server.set_expect_100_continue_handler([&](const httplib::Request& req, httplib::Response& res) {
    begin_request(metrics);
    int status = gate.refuse(req, res);
    if (status == 0) return 100;
    // httplib writes this answer without its length: say it, so that the
    // client need not wait for the connection to close.
    res.set_header("Content-Length", std::to_string(res.body.size()));
    return status;
  });
  server.set_pre_routing_handler([&](const httplib::Request& req, httplib::Response& res) {
    begin_request(metrics);
    return gate.refuse(req, res) ? httplib::Server::HandlerResponse::Handled
                                 : httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_logger([&](const httplib::Request& req, const httplib::Response& res) {
    if (!tl_counted) {  // answered by httplib before our hooks (a malformed request line)
      tl_start = Clock::now();
      metrics.request_started();
    }
    tl_counted = false;
    double seconds = std::chrono::duration<double>(Clock::now() - tl_start).count();
    metrics.request_finished(route_label(req.path), res.status, seconds, res.body.size());
  });
  server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    send_error(res, res.status, "the request was refused (HTTP " + std::to_string(res.status) + ")");
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    send_error(res, 500, "internal error: " + what);
  });

  server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("{\"status\":\"ok\"}\n", "application/json");
  });
  server.Get("/v1/pipeline", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(pipeline_json, "application/json");
  });
  server.Get("/metrics", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(metrics.render(queue.waiting(), queue.capacity(), queue.workers()),
                    "text/plain; version=0.0.4; charset=utf-8");
  });
  server.Post("/v1/annotate",
              [&](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read_body) {
                annotator.handle(req, res, read_body);
              });

  int port = o.port;
  bool bound = port == 0 ? (port = server.bind_to_any_port(o.host)) > 0 : server.bind_to_port(o.host, port);
  if (!bound) {
    std::cerr << "cadena: error: cannot listen on " << o.host << ":" << o.port
              << " (address in use, or not an address of this machine)\n";
    return 2;
  }

  // httplib listens with a backlog of 5: sixteen clients connecting at once
  // overflow it and some first requests are lost. Linux takes a second
  // listen() as a new backlog.
  ::listen(listen_fd, SOMAXCONN);

  std::atomic<bool> signalled{false};
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (signalled.exchange(true)) return;  // woken by the code below, not by a user
    draining = true;
    std::cerr << "cadena serve: " << (sig == SIGINT ? "SIGINT" : "SIGTERM")
              << ": no new connections; finishing the requests in flight\n";
    // Not server.stop(): that also cuts streamed (NDJSON) answers short. A
    // listening socket shut down refuses new connections, and httplib's
    // accept loop then ends and waits for every connection thread.
    ::shutdown(listen_fd, SHUT_RDWR);
  });

  std::cerr << "cadena serve: listening on http://" << o.host << ":" << port << " (" << queue.workers()
            << " workers, queue " << queue.capacity() << ", pipeline " << config.source << ")" << std::endl;
  bool listened = server.listen_after_bind();  // returns once every connection thread is done
  if (!signalled.exchange(true)) {
    pthread_kill(waiter.native_handle(), SIGTERM);  // wake the waiter
  }
  waiter.join();
  queue.stop();
  if (!listened && !draining) {
    std::cerr << "cadena: error: the server stopped accepting connections\n";
    return 2;
  }
  std::cerr << "cadena serve: stopped\n";
  return 0;
}

}  // namespace cadena::cli::serve
