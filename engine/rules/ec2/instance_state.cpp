#include "engine/rules/ec2/instance_state.hpp"

namespace engine::rules {

std::string instance_state(const json& instance) {
  auto state = instance.find("State");
  if (state == instance.end() || !state->is_object()) return {};
  return state->value("Name", "");
}

std::optional<verdict> terminated_instance(const json& instance) {
  if (instance_state(instance) != "terminated") return std::nullopt;
  return verdict{compliance::not_applicable, "the instance is terminated (AWS Config no longer records it)"};
}

}  // namespace engine::rules
