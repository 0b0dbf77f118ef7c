#include "work_queue.hpp"

namespace cadena::cli::serve {

WorkQueue::WorkQueue(const Runner& runner, unsigned workers, std::size_t capacity)
    : runner_(runner), capacity_(capacity) {
  threads_.reserve(workers);
  for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
}

WorkQueue::~WorkQueue() { stop(); }

bool WorkQueue::try_push(std::shared_ptr<Job> job) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_ || jobs_.size() >= capacity_) return false;
    jobs_.push_back(std::move(job));
  }
  has_job_.notify_one();
  return true;
}

bool WorkQueue::push_wait(std::shared_ptr<Job> job) {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    has_room_.wait(lock, [&] { return stopping_ || jobs_.size() < capacity_; });
    if (stopping_) return false;
    jobs_.push_back(std::move(job));
  }
  has_job_.notify_one();
  return true;
}

void WorkQueue::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  has_job_.notify_all();
  has_room_.notify_all();
  for (std::thread& t : threads_)
    if (t.joinable()) t.join();
}

std::size_t WorkQueue::waiting() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return jobs_.size();
}

void WorkQueue::work() {
  for (;;) {
    std::shared_ptr<Job> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      has_job_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;  // stopping, and nothing left to run
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    has_room_.notify_one();
    if (job->cancelled) job->item.error = "cancelled: the client went away";
    else runner_.process(job->item);  // never throws
    job->done.set_value();
  }
}

}  // namespace cadena::cli::serve
