// The service's fixed pool of pipeline workers and its bounded queue of
// documents waiting for one. Connection threads only read and write; the
// pipeline runs here, so a slow client never holds a worker, and a full queue
// is answered at once (503) instead of piling up memory.
#ifndef CADENA_CLI_SERVE_WORK_QUEUE_HPP
#define CADENA_CLI_SERVE_WORK_QUEUE_HPP

#include <cadena/runner.hpp>

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace cadena::cli::serve {

// One document for the pipeline; `finished` becomes ready once `item` holds
// its JSON or its error.
struct Job {
  RunItem item;
  std::string id;  // the document's id, kept for error lines once the document is freed
  std::atomic<bool> cancelled{false};  // the client went away: skip the pipeline
  std::promise<void> done;
  std::shared_future<void> finished = done.get_future().share();
};

class WorkQueue {
 public:
  WorkQueue(const Runner& runner, unsigned workers, std::size_t capacity);
  ~WorkQueue();
  WorkQueue(const WorkQueue&) = delete;
  WorkQueue& operator=(const WorkQueue&) = delete;

  // Queues the job unless `capacity` jobs already wait (or the queue stopped).
  bool try_push(std::shared_ptr<Job> job);
  // Queues the job, waiting for room; false once the queue stopped.
  bool push_wait(std::shared_ptr<Job> job);
  // Runs what is queued, then joins the workers. Later pushes fail.
  void stop();

  std::size_t waiting() const;
  unsigned workers() const { return static_cast<unsigned>(threads_.size()); }
  std::size_t capacity() const { return capacity_; }

 private:
  void work();

  const Runner& runner_;
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable has_job_;
  std::condition_variable has_room_;
  std::deque<std::shared_ptr<Job>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace cadena::cli::serve

#endif  // CADENA_CLI_SERVE_WORK_QUEUE_HPP
