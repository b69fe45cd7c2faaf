#pragma once
// The state of an EC2 instance as DescribeInstances reports it, for the rules over instances. A
// terminated instance is NOT_APPLICABLE to all of them: AWS Config stops recording an instance
// once it is terminated, so AWS gives it no verdict; hipaasim reports it as not judged rather
// than silently dropping it (DescribeInstances still answers it for about an hour).

#include <optional>
#include <string>

#include "engine/rules/rule.hpp"

namespace engine::rules {

// State.Name: "pending", "running", "stopping", "stopped", "shutting-down", "terminated"; ""
// when absent.
std::string instance_state(const json& instance);

// NOT_APPLICABLE for a terminated instance; nullopt for any other.
std::optional<verdict> terminated_instance(const json& instance);

}  // namespace engine::rules
