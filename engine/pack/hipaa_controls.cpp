#include "engine/pack/hipaa_controls.hpp"

#include <stdexcept>

#include "engine/pack/embedded_texts.hpp"

namespace engine::pack {

const control_catalog& hipaa_controls() {
  static const control_catalog catalog = [] {
    auto result = load_control_catalog_text(embedded_hipaa_controls_text(),
                                            "engine/packs/hipaa/hipaa-controls.yaml");
    if (!result.catalog) {
      std::string message = "the built-in HIPAA control mapping has errors:";
      for (const auto& e : result.errors) message += "\n" + e.to_string();
      throw std::logic_error(message);
    }
    return std::move(*result.catalog);
  }();
  return catalog;
}

}  // namespace engine::pack
