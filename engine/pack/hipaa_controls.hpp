#pragma once
// The HIPAA control mappings of the built-in packs, compiled in: "hipaa"
// (engine/packs/hipaa/hipaa-controls.yaml: every rule of the pack has an entry, some explicitly
// UNMAPPED, and the file holds the regulation's controls and titles) and "hipaa-2003"
// (engine/packs/hipaa-2003/hipaa-2003-controls.yaml, onto the same controls). Each file's header
// says where its mapping comes from.

#include "engine/pack/control_catalog.hpp"

namespace engine::pack {

// Read once, on first use. The file is checked by the tests, so an error in it is a build defect
// and throws std::logic_error listing every error.
const control_catalog& hipaa_controls();
const control_catalog& hipaa_2003_controls();

// The mapping of a built-in pack, or nullptr (a pack from a file has none: its evaluations carry
// no HIPAA control).
const control_catalog* builtin_controls(std::string_view pack_name);

// A mapping without rules, for packs without one.
const control_catalog& no_controls();

}  // namespace engine::pack
