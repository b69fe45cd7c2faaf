#include "engine/pack/hipaa_controls.hpp"

#include <stdexcept>

#include "engine/pack/embedded_texts.hpp"

namespace engine::pack {

namespace {

control_catalog checked(catalog_load_result result, const char* what) {
  if (!result.catalog) {
    std::string message = std::string("the built-in ") + what + " control mapping has errors:";
    for (const auto& e : result.errors) message += "\n" + e.to_string();
    throw std::logic_error(message);
  }
  return std::move(*result.catalog);
}

}  // namespace

const control_catalog& hipaa_controls() {
  static const control_catalog catalog =
      checked(load_control_catalog_text(embedded_hipaa_controls_text(), "engine/packs/hipaa/hipaa-controls.yaml"),
              "HIPAA");
  return catalog;
}

const control_catalog& hipaa_2003_controls() {
  static const control_catalog catalog =
      checked(load_control_catalog_text(embedded_hipaa_2003_controls_text(),
                                        "engine/packs/hipaa-2003/hipaa-2003-controls.yaml", &hipaa_controls()),
              "HIPAA Security Rule 2003");
  return catalog;
}

const control_catalog* builtin_controls(std::string_view pack_name) {
  if (pack_name == "hipaa") return &hipaa_controls();
  if (pack_name == "hipaa-2003") return &hipaa_2003_controls();
  return nullptr;
}

const control_catalog& no_controls() {
  static const control_catalog empty;
  return empty;
}

}  // namespace engine::pack
