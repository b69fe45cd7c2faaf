// Timestamps, encodings and scalar coercions at the edges of the wire.

#include <gtest/gtest.h>

#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/timestamp.hpp"

namespace mockaws::protocol {
namespace {

TEST(timestamps, iso8601_variants_parse_to_the_same_instant) {
  auto expected = parse_iso8601("2024-03-01T12:00:00Z");
  ASSERT_TRUE(expected);
  for (const char* text : {"2024-03-01T12:00:00+00:00", "2024-03-01T13:00:00+01:00",
                           "2024-03-01T07:00:00-0500", "2024-03-01 12:00:00Z",
                           "2024-03-01T12:00:00.000Z", "2024-03-01T12:00Z"})
    EXPECT_EQ(parse_iso8601(text), expected) << text;
  EXPECT_EQ(format_iso8601(*parse_iso8601("2024-03-01T12:00:00.123456Z")),
            "2024-03-01T12:00:00.123Z");
  EXPECT_EQ(format_iso8601(*parse_iso8601("2024-03-01")), "2024-03-01T00:00:00Z");
}

TEST(timestamps, rejects_what_is_not_a_date) {
  for (const char* text : {"", "2024-13-01T00:00:00Z", "2024-02-30", "yesterday",
                           "2024-03-01T12:00:00Zjunk", "2024-03-01T25:00:00Z"})
    EXPECT_FALSE(parse_iso8601(text)) << text;
}

TEST(timestamps, rfc822_and_epoch_round_trip) {
  auto t = *parse_iso8601("2024-03-01T12:00:00Z");
  EXPECT_EQ(format_rfc822(t), "Fri, 01 Mar 2024 12:00:00 GMT");
  EXPECT_EQ(parse_rfc822("Fri, 01 Mar 2024 12:00:00 GMT"), t);
  EXPECT_EQ(epoch_seconds(t), 1709294400.0);
  EXPECT_EQ(parse_epoch_text("1709294400"), t);
  EXPECT_EQ(parse_any_timestamp("1709294400.5"), t + std::chrono::milliseconds(500));
}

TEST(encoding, base64_round_trips_every_length) {
  std::string bytes;
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(base64_decode(base64_encode(bytes)), bytes);
    bytes += static_cast<char>(i * 37);
  }
  EXPECT_EQ(base64_encode("hipaa"), "aGlwYWE=");
  EXPECT_FALSE(base64_decode("a$b="));
}

TEST(encoding, percent_decoding_rejects_broken_escapes) {
  EXPECT_EQ(percent_decode("a%20b+c", false), "a b+c");
  EXPECT_EQ(percent_decode("a%20b+c", true), "a b c");
  EXPECT_FALSE(percent_decode("%2", false));
  EXPECT_FALSE(percent_decode("%zz", false));
  EXPECT_EQ(percent_encode("a b/c~"), "a%20b%2Fc~");
  EXPECT_EQ(percent_encode("a b/c~", true), "a%20b/c~");
}

TEST(encoding, params_parse_with_empty_values_and_report_bad_pairs) {
  auto params = parse_params("Action=ListUsers&Empty=&Bare&Name=a%2Bb", true);
  ASSERT_TRUE(params);
  ASSERT_EQ(params->size(), 4u);
  EXPECT_EQ((*params)[1], (std::pair<std::string, std::string>("Empty", "")));
  EXPECT_EQ((*params)[2], (std::pair<std::string, std::string>("Bare", "")));
  EXPECT_EQ((*params)[3].second, "a+b");
  std::string bad;
  EXPECT_FALSE(parse_params("a=1&b=%", true, &bad));
  EXPECT_EQ(bad, "b=%");
}

}  // namespace
}  // namespace mockaws::protocol
