#pragma once
// AWS Config's port-list parameters (VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS authorizedTcpPorts,
// RESTRICTED_INCOMING_TRAFFIC blockedPorts): ports and dash ranges separated by commas, blanks
// around entries ignored ("443, 1020-1025"). A port is 0-65535; a range's low end is not above
// its high end. An unset parameter is the empty list.

#include <string>
#include <string_view>
#include <vector>

namespace engine::rules {

struct port_range {
  int from = 0, to = 65535;  // inclusive
  bool contains(const port_range& other) const { return from <= other.from && other.to <= to; }
  bool overlaps(const port_range& other) const { return from <= other.to && other.from <= to; }
  std::string text() const;  // "22" or "1020-1025"
};

// What is wrong with `text` as a port list ("" when it parses): "'70000' is not a port (0-65535)".
std::string port_list_problem(std::string_view text);

// The ranges of a port list that parses (validated beforehand: entries that do not parse are
// skipped).
std::vector<port_range> port_list(std::string_view text);

// The parts of `wanted` that no range of `allowed` covers, in order ("0-442", "444-65535").
std::vector<port_range> uncovered(const port_range& wanted, std::vector<port_range> allowed);

}  // namespace engine::rules
