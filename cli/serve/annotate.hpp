// POST /v1/annotate: request bodies to documents, documents through the
// worker pool, results back as `cadena run` writes them.
#ifndef CADENA_CLI_SERVE_ANNOTATE_HPP
#define CADENA_CLI_SERVE_ANNOTATE_HPP

#include <httplib.h>

#include <cstdint>
#include <string>

#include "media_type.hpp"
#include "metrics.hpp"
#include "work_queue.hpp"

namespace cadena::cli::serve {

class Annotator {
 public:
  Annotator(WorkQueue& queue, Metrics& metrics, std::uint64_t max_bytes)
      : queue_(queue), metrics_(metrics), max_bytes_(max_bytes) {}

  // Reads the body (at most max_bytes: past that 413, the rest unread) and
  // answers according to its media type, already checked to be served.
  void handle(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read_body) const;

 private:
  // application/json, text/plain, text/html: one document, 200 with its line.
  void one(BodyKind kind, const httplib::Request& req, std::string body, httplib::Response& res) const;
  // application/x-ndjson: a line per document, streamed back in order.
  void many(std::string body, httplib::Response& res) const;

  WorkQueue& queue_;
  Metrics& metrics_;
  std::uint64_t max_bytes_;
};

// The 503 every route gives when the queue is full.
void send_queue_full(httplib::Response& res, std::size_t capacity);

}  // namespace cadena::cli::serve

#endif  // CADENA_CLI_SERVE_ANNOTATE_HPP
