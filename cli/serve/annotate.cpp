#include "annotate.hpp"

#include <cadena/input_checks.hpp>
#include <cadena/input_record.hpp>
#include <cadena/utf8.hpp>

#include <deque>
#include <nlohmann/json.hpp>
#include <vector>

#include "../jsonl_record.hpp"
#include "routes.hpp"

namespace cadena::cli::serve {

namespace {

// The id a document gets when its request names none: the request, and for
// NDJSON its line, as `cadena run` names a JSONL file's lines "file:N".
constexpr const char* kDefaultId = "request";

std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// "stage 'split': ..." -> "split"; "" for failures of no stage.
std::string failed_stage(const std::string& error) {
  const std::string prefix = "stage '";
  if (error.compare(0, prefix.size(), prefix) != 0) return "";
  std::size_t end = error.find('\'', prefix.size());
  return end == std::string::npos ? "" : error.substr(prefix.size(), end - prefix.size());
}

// The id a record asks for, to name it in an error line even when the record
// itself is refused.
std::string record_id(const nlohmann::json& record, const std::string& fallback) {
  if (!record.is_object()) return fallback;
  auto it = record.find("id");
  if (it == record.end()) return fallback;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return it->dump();
  return fallback;
}

// A refused record is the client's mistake (400), except for a text that is
// well-formed JSON but no processable text (422: invalid UTF-8, empty, binary,
// too large), which is what check_text says.
int refusal_status(const nlohmann::json& record, const std::string& error, std::uint64_t max_bytes) {
  if (!record.is_object()) return 400;
  auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return 400;
  return check_text(text->get_ref<const std::string&>(), max_bytes) == error ? 422 : 400;
}

std::shared_ptr<Job> finished_job(std::string id, std::string error) {
  auto job = std::make_shared<Job>();
  job->id = std::move(id);
  job->item.error = std::move(error);
  job->done.set_value();
  return job;
}

std::string result_line(const Job& job) {
  if (job.item.error.empty()) return job.item.json + "\n";
  return dump({{"id", job.id}, {"error", job.item.error}}) + "\n";
}

// One NDJSON request on its way out: the body, its document lines, and the
// jobs between the pool and the client, oldest first.
struct Stream {
  struct Line {
    std::size_t begin, end, number;
  };
  std::string body;
  std::vector<Line> lines;
  std::size_t next_submit = 0;
  std::deque<std::shared_ptr<Job>> in_flight;

  ~Stream() {
    for (auto& job : in_flight) job->cancelled = true;  // the client went away, or the answer is complete
  }

  std::shared_ptr<Job> make_job(std::size_t i, std::uint64_t max_bytes) const {
    const Line& l = lines[i];
    std::string text = body.substr(l.begin, l.end - l.begin);
    std::string fallback = std::string(kDefaultId) + ":" + std::to_string(l.number);
    nlohmann::json record;
    std::string error;
    if (!parse_json_line(text, record, error)) return finished_job(fallback, error);
    auto job = std::make_shared<Job>();
    job->id = record_id(record, fallback);
    job->item.where = fallback;
    job->item.doc = document_from_record(record, RecordDefaults{fallback, "", "es", max_bytes}, job->item.error);
    if (!job->item.doc) return finished_job(job->id, job->item.error);
    return job;
  }
};

std::vector<Stream::Line> document_lines(const std::string& body) {
  std::vector<Stream::Line> lines;
  std::size_t begin = 0, number = 0;
  while (begin < body.size()) {
    std::size_t end = body.find('\n', begin);
    std::size_t next = end == std::string::npos ? body.size() : end + 1;
    if (end == std::string::npos) end = body.size();
    ++number;
    std::size_t stop = end > begin && body[end - 1] == '\r' ? end - 1 : end;
    std::string_view line(body.data() + begin, stop - begin);
    if (line.find_first_not_of(" \t") != std::string_view::npos) lines.push_back({begin, stop, number});
    begin = next;
  }
  return lines;
}

}  // namespace

void send_queue_full(httplib::Response& res, std::size_t capacity) {
  send_error(res, 503, "busy: " + std::to_string(capacity) + " documents already wait (--max-queue); retry later");
  res.set_header("Retry-After", "1");
}

void Annotator::handle(const httplib::Request& req, httplib::Response& res,
                       const httplib::ContentReader& read_body) const {
  std::string body;
  bool too_large = false;
  read_body([&](const char* data, std::size_t n) {
    if (body.size() + n > max_bytes_) {
      too_large = true;
      return false;  // stop reading: the rest is never read
    }
    body.append(data, n);
    return true;
  });
  metrics_.add_request_bytes(body.size());
  if (too_large) {
    send_error(res, 413, "body over " + std::to_string(max_bytes_) + " bytes (--max-bytes)");
    res.set_header("Connection", "close");
    return;
  }
  BodyKind kind = body_kind(req.get_header_value("Content-Type"));
  if (kind == BodyKind::kNdjson) many(std::move(body), res);
  else one(kind, req, std::move(body), res);
}

void Annotator::one(BodyKind kind, const httplib::Request& req, std::string body, httplib::Response& res) const {
  strip_bom(body);
  nlohmann::json record;
  if (kind == BodyKind::kJson) {
    std::string error;
    if (!parse_json_line(body, record, error)) {
      metrics_.document_done(false);
      return send_error(res, 400, error);
    }
  } else {
    // The text itself, with what a JSON record would carry as query parameters.
    record = {{"text", std::move(body)}, {"format", kind == BodyKind::kHtml ? "html" : "text"}};
    for (const char* key : {"id", "date", "lang"}) {
      if (!req.has_param(key)) continue;
      std::string value = req.get_param_value(key);
      if (find_invalid_utf8(value) != std::string_view::npos) {
        metrics_.document_done(false);
        return send_error(res, 400, std::string("query parameter '") + key + "': invalid UTF-8");
      }
      record[key] = value;
    }
  }
  auto job = std::make_shared<Job>();
  job->id = record_id(record, kDefaultId);
  job->item.doc =
      document_from_record(record, RecordDefaults{kDefaultId, "", "es", max_bytes_}, job->item.error);
  if (!job->item.doc) {
    metrics_.document_done(false);
    return send_error(res, refusal_status(record, job->item.error, max_bytes_), job->item.error);
  }
  record = nullptr;  // the document holds its own copy of the text
  if (!queue_.try_push(job)) return send_queue_full(res, queue_.capacity());
  job->finished.wait();
  metrics_.document_done(job->item.error.empty());
  if (job->item.error.empty()) return res.set_content(job->item.json + "\n", "application/json");
  send_error(res, 422, job->item.error);
  std::string stage = failed_stage(job->item.error);
  if (!stage.empty()) {
    nlohmann::json answer{{"error", job->item.error}, {"stage", stage}};
    res.set_content(dump(answer) + "\n", "application/json");
  }
}

void Annotator::many(std::string body, httplib::Response& res) const {
  auto stream = std::make_shared<Stream>();
  strip_bom(body);
  stream->body = std::move(body);
  stream->lines = document_lines(stream->body);
  if (stream->lines.empty()) return send_error(res, 400, "no documents in the body (one JSON object a line)");

  // The first document decides between 503 and a stream: once 200 is sent,
  // later documents wait for room in the queue instead.
  std::shared_ptr<Job> first = stream->make_job(0, max_bytes_);
  if (first->item.doc && !queue_.try_push(first)) return send_queue_full(res, queue_.capacity());
  stream->in_flight.push_back(first);
  stream->next_submit = 1;

  // Enough documents in flight to keep every worker busy, few enough that
  // one large request does not fill the queue for the others.
  std::size_t window = std::max<std::size_t>(2, std::size_t{queue_.workers()} * 2);
  WorkQueue& queue = queue_;
  Metrics& metrics = metrics_;
  std::uint64_t max_bytes = max_bytes_;
  res.set_chunked_content_provider(
      "application/x-ndjson", [stream, window, &queue, &metrics, max_bytes](std::size_t, httplib::DataSink& sink) {
        while (stream->in_flight.size() < window && stream->next_submit < stream->lines.size()) {
          std::shared_ptr<Job> job = stream->make_job(stream->next_submit++, max_bytes);
          if (job->item.doc && !queue.push_wait(job)) {
            job->item.doc.reset();
            job->item.error = "the server is shutting down";
            job->done.set_value();
          }
          stream->in_flight.push_back(std::move(job));
        }
        if (stream->in_flight.empty()) {
          sink.done();
          return true;
        }
        std::shared_ptr<Job> job = std::move(stream->in_flight.front());
        stream->in_flight.pop_front();
        job->finished.wait();
        metrics.document_done(job->item.error.empty());
        std::string line = result_line(*job);
        metrics.add_response_bytes(line.size());
        if (!sink.write(line.data(), line.size())) return false;
        if (stream->in_flight.empty() && stream->next_submit == stream->lines.size()) sink.done();
        return true;
      });
}

}  // namespace cadena::cli::serve
