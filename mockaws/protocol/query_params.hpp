#pragma once
// API values <-> flat Query-protocol parameters ("Users.member.1.UserName=alice"), in the two
// dialects: Query (IAM, RDS, CloudWatch, ...) and EC2, which names parameters differently
// (queryName, or the capitalised locationName) and never wraps list items in ".member".

#include <map>
#include <string>

#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/values.hpp"

namespace mockaws::protocol {

enum class query_dialect { query, ec2 };

// Parameters by name; lookups by prefix need ordering.
using param_map = std::map<std::string, std::string, std::less<>>;

json read_query_structure(const models::shape& shape, const param_map& params,
                          query_dialect dialect);
void write_query_structure(param_list& out, const models::shape& shape, const json& value,
                           query_dialect dialect);

}  // namespace mockaws::protocol
