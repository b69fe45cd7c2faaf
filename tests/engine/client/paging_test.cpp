// Following a model's paginator over scripted pages: tokens sent back, several tokens at once,
// the more-results flag, result lists concatenated, and the guards against a server that never
// stops paging.

#include <gtest/gtest.h>

#include <vector>

#include "engine/client/paging.hpp"
#include "mockaws/models/model_registry.hpp"

namespace engine::client {
namespace {

using mockaws::models::paginator;

// Answers page i of `pages` and records the inputs it was called with.
struct scripted_pages {
  std::vector<json> pages;
  std::vector<json> inputs;

  call_result operator()(const json& input) {
    inputs.push_back(input);
    call_result r;
    r.output = pages.at(inputs.size() - 1);
    r.attempts = 1;
    r.requests = 1;
    return r;
  }
};

const paginator& model_paginator(const char* service, const char* operation) {
  const auto* model = mockaws::models::model_registry::embedded().find(service);
  return *model->find_operation(operation)->pagination;
}

TEST(paging, follows_iam_markers_while_is_truncated_and_concatenates_users) {
  const paginator& pg = model_paginator("iam", "ListUsers");
  scripted_pages pages{{
      {{"Users", {{{"UserName", "a"}}, {{"UserName", "b"}}}}, {"IsTruncated", true}, {"Marker", "m1"}},
      {{"Users", {{{"UserName", "c"}}}}, {"IsTruncated", true}, {"Marker", "m2"}},
      {{"Users", {{{"UserName", "d"}}}}, {"IsTruncated", false}},
  }};
  call_result r = collect_pages(pg, {{"MaxItems", 2}}, std::ref(pages));
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.output, json({{"Users", {{{"UserName", "a"}}, {{"UserName", "b"}}, {{"UserName", "c"}},
                                       {{"UserName", "d"}}}}}));
  ASSERT_EQ(pages.inputs.size(), 3u);
  EXPECT_EQ(pages.inputs[0], json({{"MaxItems", 2}}));
  EXPECT_EQ(pages.inputs[1], json({{"MaxItems", 2}, {"Marker", "m1"}}));
  EXPECT_EQ(pages.inputs[2], json({{"MaxItems", 2}, {"Marker", "m2"}}));
  EXPECT_EQ(r.requests, 3u);
}

TEST(paging, stops_when_the_flag_says_no_more_even_if_a_token_is_left) {
  const paginator& pg = model_paginator("iam", "ListUsers");
  scripted_pages pages{{{{"Users", json::array()}, {"IsTruncated", false}, {"Marker", "stale"}}}};
  call_result r = collect_pages(pg, json::object(), std::ref(pages));
  ASSERT_FALSE(r.error);
  EXPECT_EQ(pages.inputs.size(), 1u);
  EXPECT_EQ(r.output, json({{"Users", json::array()}}));
}

TEST(paging, sends_several_tokens_together_and_drops_an_absent_one) {
  paginator pg;
  pg.input_tokens = {"KeyMarker", "VersionIdMarker"};
  pg.output_tokens = {"NextKeyMarker", "NextVersionIdMarker"};
  pg.more_results = "IsTruncated";
  pg.result_keys = {"Versions", "DeleteMarkers"};
  scripted_pages pages{{
      {{"Versions", {1, 2}}, {"IsTruncated", true}, {"NextKeyMarker", "k2"},
       {"NextVersionIdMarker", "v2"}, {"Name", "bucket"}},
      {{"DeleteMarkers", {9}}, {"IsTruncated", true}, {"NextKeyMarker", "k3"},
       {"NextVersionIdMarker", ""}, {"Name", "bucket"}},
      {{"Versions", {3}}, {"IsTruncated", false}, {"Name", "bucket"}},
  }};
  call_result r = collect_pages(pg, {{"Bucket", "bucket"}}, std::ref(pages));
  ASSERT_FALSE(r.error);
  EXPECT_EQ(pages.inputs[1], json({{"Bucket", "bucket"}, {"KeyMarker", "k2"}, {"VersionIdMarker", "v2"}}));
  EXPECT_EQ(pages.inputs[2], json({{"Bucket", "bucket"}, {"KeyMarker", "k3"}}));
  EXPECT_EQ(r.output, json({{"Versions", {1, 2, 3}}, {"DeleteMarkers", {9}}, {"Name", "bucket"}}));
}

TEST(paging, reads_tokens_from_nested_paths_and_the_last_item_of_a_list) {
  paginator pg;
  pg.input_tokens = {"ExclusiveStartStreamName"};
  pg.output_tokens = {"StreamNames[-1]"};
  pg.more_results = "HasMoreStreams";
  pg.result_keys = {"StreamNames"};
  scripted_pages pages{{
      {{"StreamNames", {"a", "b"}}, {"HasMoreStreams", true}},
      {{"StreamNames", {"c"}}, {"HasMoreStreams", false}},
  }};
  call_result r = collect_pages(pg, json::object(), std::ref(pages));
  ASSERT_FALSE(r.error);
  EXPECT_EQ(pages.inputs[1], json({{"ExclusiveStartStreamName", "b"}}));
  EXPECT_EQ(r.output, json({{"StreamNames", {"a", "b", "c"}}}));

  json nested = {{"Result", {{"Page", {{"Next", "t"}}}}}};
  ASSERT_NE(value_at_path(nested, "Result.Page.Next"), nullptr);
  EXPECT_EQ(*value_at_path(nested, "Result.Page.Next"), "t");
  EXPECT_EQ(value_at_path(nested, "Result.Missing"), nullptr);
  EXPECT_EQ(value_at_path(json({{"L", json::array()}}), "L[-1]"), nullptr);
}

TEST(paging, ends_with_an_error_instead_of_looping_on_a_repeated_token) {
  const paginator& pg = model_paginator("dynamodb", "ListTables");
  scripted_pages pages{{
      {{"TableNames", {"a"}}, {"LastEvaluatedTableName", "a"}},
      {{"TableNames", {"b"}}, {"LastEvaluatedTableName", "b"}},
      {{"TableNames", {"a"}}, {"LastEvaluatedTableName", "a"}},
  }};
  call_result r = collect_pages(pg, json::object(), std::ref(pages));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "RepeatedPageToken");
  EXPECT_EQ(r.error->kind, failure_kind::malformed_response);
  EXPECT_EQ(r.error->message,
            "the service sent the page token [\"a\"] a second time; stopped after 3 pages "
            "instead of looping");
  EXPECT_EQ(pages.inputs.size(), 3u);
  EXPECT_EQ(r.output, json({{"TableNames", {"a", "b", "a"}}}));
}

TEST(paging, stops_at_the_page_cap) {
  const paginator& pg = model_paginator("dynamodb", "ListTables");
  std::vector<json> endless;
  for (int i = 0; i < 10; ++i)
    endless.push_back({{"TableNames", {i}}, {"LastEvaluatedTableName", "t" + std::to_string(i)}});
  scripted_pages pages{endless};
  call_result r = collect_pages(pg, json::object(), std::ref(pages), 4);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "TooManyPages");
  EXPECT_EQ(pages.inputs.size(), 4u);
}

TEST(paging, returns_a_failed_pages_error_with_the_pages_read_before_it) {
  const paginator& pg = model_paginator("dynamodb", "ListTables");
  int calls = 0;
  call_result r = collect_pages(pg, json::object(), [&](const json&) {
    call_result page;
    page.requests = 2;
    if (++calls == 1) {
      page.output = {{"TableNames", {"a"}}, {"LastEvaluatedTableName", "a"}};
    } else {
      page.error = call_error{"ThrottlingException", "Rate exceeded", 400, failure_kind::throttled};
      page.attempts = 3;
    }
    return page;
  });
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "ThrottlingException");
  EXPECT_EQ(r.output, json({{"TableNames", {"a"}}}));
  EXPECT_EQ(r.attempts, 3u);
  EXPECT_EQ(r.requests, 4u);
}

}  // namespace
}  // namespace engine::client
