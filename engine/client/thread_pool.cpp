#include "engine/client/thread_pool.hpp"

namespace engine::client {

void thread_pool::shutdown() {
  std::vector<std::thread> workers;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    workers.swap(workers_);
  }
  ready_.notify_all();
  for (auto& worker : workers) worker.join();
}

std::future<call_result> thread_pool::submit(std::function<call_result()> task) {
  std::packaged_task<call_result()> packaged(std::move(task));
  auto future = packaged.get_future();
  std::unique_lock lock(mutex_);
  if (stopping_) {
    lock.unlock();
    packaged();
    return future;
  }
  tasks_.push_back(std::move(packaged));
  if (workers_.empty())
    for (unsigned i = 0; i < workers_wanted_; ++i) workers_.emplace_back([this] { work(); });
  lock.unlock();
  ready_.notify_one();
  return future;
}

void thread_pool::work() {
  for (;;) {
    std::packaged_task<call_result()> task;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [&] { return stopping_ || !tasks_.empty(); });
      if (tasks_.empty()) return;  // stopping, and nothing left to run
      task = std::move(tasks_.front());
      tasks_.pop_front();
    }
    task();  // a task's exception lands in its future
  }
}

}  // namespace engine::client
