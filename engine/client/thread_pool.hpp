#pragma once
// The workers behind aws_client::submit: a fixed number of threads, started on the first
// submission (a client used only synchronously never starts any), taking tasks in order.

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/client/aws_client.hpp"

namespace engine::client {

class thread_pool {
 public:
  explicit thread_pool(unsigned workers) : workers_wanted_(workers ? workers : 1) {}
  ~thread_pool() { shutdown(); }
  // Runs every task already submitted, then joins the workers. Idempotent; submitting afterwards
  // runs the task on the calling thread.
  void shutdown();
  thread_pool(const thread_pool&) = delete;
  thread_pool& operator=(const thread_pool&) = delete;

  std::future<call_result> submit(std::function<call_result()> task);

 private:
  void work();

  unsigned workers_wanted_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::packaged_task<call_result()>> tasks_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace engine::client
