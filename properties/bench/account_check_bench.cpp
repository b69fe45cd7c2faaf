// Generated accounts checked per second through the whole HTTP path: load the scenario, serve
// it with mockaws on loopback, scan it with the engine's client, evaluate the HIPAA pack and
// compare with the oracle. Accounts are generated up front at the sizes a property run draws
// (RapidCheck's size 0..99), so the figure is what a campaign sees. Figures: BENCHMARKS.md.

#include <benchmark/benchmark.h>

#include "properties/accounts/account_check.hpp"
#include "properties/accounts/account_generators.hpp"

namespace properties {
namespace {

std::vector<json> generated_accounts(std::size_t count) {
  std::vector<json> out;
  rc::Random random(20261123);
  for (std::size_t i = 0; i < count; ++i)
    out.push_back(render(compliant_account()(random.split(), int(i % 100)).value()));
  return out;
}

void BM_compliant_accounts(benchmark::State& state) {
  static const auto accounts = generated_accounts(100);
  hipaa_pack();  // loaded once, as in a property run
  std::size_t i = std::size_t(state.thread_index()) * 37, requests = 0, checked = 0;
  for (auto _ : state) {
    // The comparison with the oracle runs as in a property; whether it agrees is the
    // properties' business, not the benchmark's.
    account_check result = check_account(accounts[i++ % accounts.size()], {});
    benchmark::DoNotOptimize(result);
    requests += result.requests;
    ++checked;
  }
  state.SetItemsProcessed(std::int64_t(checked));
  state.counters["requests_per_account"] =
      benchmark::Counter(double(requests) / double(checked), benchmark::Counter::kAvgThreads);
}

// Wall-clock time: a scan mostly waits on loopback round trips, so CPU time would flatter it.
// Several threads: the accounts a campaign checks at once on this machine (one shard per
// process, GTEST_TOTAL_SHARDS); each thread scans its own accounts with its own server.
BENCHMARK(BM_compliant_accounts)->Unit(benchmark::kMillisecond)->MinTime(5)->UseRealTime()->Threads(1)->Threads(2)->Threads(4);

}  // namespace
}  // namespace properties

BENCHMARK_MAIN();
