#include "mockaws/models/model_registry.hpp"

#include <nlohmann/json.hpp>

#include "mockaws/models/embedded_models.hpp"

namespace mockaws::models {

namespace {

std::map<std::string, std::string> embedded_documents() {
  std::map<std::string, std::string> documents;
  for (const auto& model : embedded_models())
    documents.emplace(std::string(model.service_id), std::string(model.json));
  return documents;
}

}  // namespace

const model_registry& model_registry::embedded() {
  static const model_registry registry(embedded_documents());
  return registry;
}

model_registry::model_registry(const std::map<std::string, std::string>& documents) {
  for (const auto& [id, text] : documents) {
    auto model = std::make_unique<service_model>(id, nlohmann::ordered_json::parse(text));
    by_signing_name_[model->signing_name()].push_back(model.get());
    if (!model->target_prefix().empty()) by_target_prefix_[model->target_prefix()] = model.get();
    services_.emplace(id, std::move(model));
  }
}

const service_model* model_registry::find(std::string_view service_id) const {
  auto it = services_.find(service_id);
  return it == services_.end() ? nullptr : it->second.get();
}

const std::vector<const service_model*>& model_registry::by_signing_name(
    std::string_view signing_name) const {
  static const std::vector<const service_model*> none;
  auto it = by_signing_name_.find(signing_name);
  return it == by_signing_name_.end() ? none : it->second;
}

const service_model* model_registry::by_target_prefix(std::string_view target_prefix) const {
  auto it = by_target_prefix_.find(target_prefix);
  return it == by_target_prefix_.end() ? nullptr : it->second;
}

std::vector<const service_model*> model_registry::all() const {
  std::vector<const service_model*> out;
  for (const auto& [id, model] : services_) out.push_back(model.get());
  return out;
}

}  // namespace mockaws::models
