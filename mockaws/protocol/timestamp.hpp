#pragma once
// Timestamps in the three wire formats AWS uses. Inside mockaws a timestamp value is an ISO 8601
// string in UTC ("2024-03-01T12:00:00Z", with ".mmm" when there are milliseconds); codecs convert
// to and from each protocol's format at the edge.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace mockaws::protocol {

using timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

// Accepts "2024-03-01T12:00:00Z", fractional seconds, "+hh:mm"/"-hhmm" offsets, a space instead
// of 'T', and a bare date ("2024-03-01", midnight UTC).
std::optional<timestamp> parse_iso8601(std::string_view text);
// Accepts RFC 822/1123 dates: "Fri, 01 Mar 2024 12:00:00 GMT".
std::optional<timestamp> parse_rfc822(std::string_view text);
// Seconds since the epoch, possibly fractional, as text ("1709294400.5").
std::optional<timestamp> parse_epoch_text(std::string_view text);
std::optional<timestamp> from_epoch_seconds(double seconds);
// Any of the above.
std::optional<timestamp> parse_any_timestamp(std::string_view text);

std::string format_iso8601(timestamp t);        // "2024-03-01T12:00:00Z" or "...:00.500Z"
// True when `text` is already what format_iso8601 writes ("YYYY-MM-DDTHH:MM:SS[.mmm]Z" with
// fields in range), so it can be sent as is without a parse and format.
bool is_canonical_iso8601(std::string_view text);
std::string format_rfc822(timestamp t);         // "Fri, 01 Mar 2024 12:00:00 GMT"
double epoch_seconds(timestamp t);              // 1709294400.5

}  // namespace mockaws::protocol
