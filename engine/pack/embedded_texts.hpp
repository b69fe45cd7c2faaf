#pragma once
// Files under engine/packs/ compiled into the library by cmake/embed_text.py, so the built-in
// pack and its control mapping need no file at run time.

#include <string_view>

namespace engine::pack {

// hipaa/Operational-Best-Practices-for-HIPAA-Security.yaml
std::string_view embedded_hipaa_pack_text();
// hipaa/hipaa-controls.yaml
std::string_view embedded_hipaa_controls_text();
// hipaa-2003/HIPAA-Security-Rule-2003.yaml
std::string_view embedded_hipaa_2003_pack_text();
// hipaa-2003/hipaa-2003-controls.yaml
std::string_view embedded_hipaa_2003_controls_text();

}  // namespace engine::pack
