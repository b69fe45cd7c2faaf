#pragma once
// The HIPAA control mapping of the built-in "hipaa" pack: engine/packs/hipaa/hipaa-controls.yaml,
// compiled in. Every rule of the pack has an entry (some explicitly UNMAPPED); its header says
// where the mapping and the control titles come from.

#include "engine/pack/control_catalog.hpp"

namespace engine::pack {

// Read once, on first use. The file is checked by the tests, so an error in it is a build defect
// and throws std::logic_error listing every error.
const control_catalog& hipaa_controls();

}  // namespace engine::pack
