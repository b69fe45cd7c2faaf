#pragma once
// Following a paginator from the service model (botocore's paginators-1.json), as botocore's
// PageIterator and build_full_result do: send the output tokens back as the input tokens until
// none comes back (or the more-results flag is false), concatenate the result lists, keep the
// other members of the first page, and drop the tokens from the complete result. A token seen
// before ends the loop with an error instead of paging forever; so does passing the page cap.

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "engine/client/aws_client.hpp"
#include "mockaws/models/service_model.hpp"

namespace engine::client {

// The value at a paginator path: "Marker", "DescribeResult.Items", "StreamNames[-1]" (the last
// item); nullptr when absent.
const json* value_at_path(const json& root, std::string_view path);

// The next request's tokens read from a page, one per input token; null where the page has none
// (an empty string counts as none).
std::vector<json> next_page_tokens(const mockaws::models::paginator& pg, const json& page);

// Whether another page follows `page`, given the tokens it carried.
bool more_pages(const mockaws::models::paginator& pg, const json& page,
                const std::vector<json>& tokens);

// Writes the tokens into the input of the next request (absent ones removed).
void set_page_tokens(const mockaws::models::paginator& pg, json& input,
                     const std::vector<json>& tokens);

// Appends a later page's result lists to the accumulated output.
void merge_page(const mockaws::models::paginator& pg, json& total, const json& page);

// Removes the output tokens and the more-results flag from a complete result.
void drop_page_tokens(const mockaws::models::paginator& pg, json& total);

inline constexpr std::size_t default_page_cap = 10'000;

// Calls `call_page` with `input`, then with each next page's input, and returns the complete
// result. `requests` adds up over pages; `attempts` and `request_id` are the last page's. On a
// failed page the result carries its error and the pages read so far.
call_result collect_pages(const mockaws::models::paginator& pg, json input,
                          const std::function<call_result(const json& input)>& call_page,
                          std::size_t page_cap = default_page_cap);

}  // namespace engine::client
