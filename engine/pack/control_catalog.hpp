#pragma once
// A control mapping: the controls of a regulation (for HIPAA, the standards and implementation
// specifications of 45 CFR Part 164 Subpart C, grouped by safeguard family) and, per AWS Config
// rule, the controls its verdicts give evidence for. It is data, read from one YAML file
// (engine/packs/hipaa/hipaa-controls.yaml describes the shape), so users can review and change it.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mockaws/scenario/source_tree.hpp"

namespace engine::pack {

struct control {
  std::string id;           // "164.312(a)(2)(iv)"
  std::string title;        // "Encryption and decryption (Addressable)"
  std::string section;      // "164.312"
  std::string family;       // "Technical safeguards"
  std::string standard_id;  // "164.312(a)(1)"; a standard's own id for a standard
  bool is_standard() const { return id == standard_id; }
};

// One rule's entry in the mapping.
struct rule_mapping {
  std::string source_identifier;         // "ACCESS_KEYS_ROTATED"
  bool unmapped = false;                 // written UNMAPPED: no source maps the rule
  std::vector<std::string> control_ids;  // as written, each one in the catalog
  std::string source;                    // where the mapping came from (see the file's header)
  std::string control_name;              // the framework's own name of the control ("" if none)
  std::string category;                  // the framework's grouping ("Audit Logging and Monitoring")
};

class control_catalog {
 public:
  // The controls a rule gives evidence for, in the mapping's order; empty for a rule that is
  // UNMAPPED or not in the mapping (mapping_for tells the two apart).
  std::vector<const control*> controls_for(std::string_view source_identifier) const;
  const rule_mapping* mapping_for(std::string_view source_identifier) const;
  const control* find(std::string_view control_id) const;
  // The standard a control belongs to (the control itself for a standard); nullptr if unknown.
  const control* standard_of(std::string_view control_id) const;
  // "Technical safeguards", or "" for an unknown control.
  std::string_view family_of(std::string_view control_id) const;
  // A standard's implementation specifications, in the regulation's order.
  std::vector<const control*> specifications_of(std::string_view standard_id) const;
  std::vector<const control*> controls_in_family(std::string_view family) const;
  std::vector<std::string> families() const;  // in the regulation's order

  const std::vector<control>& controls() const { return controls_; }  // regulation order
  const std::vector<rule_mapping>& mappings() const { return mappings_; }  // file order

 private:
  friend class catalog_reader;
  std::vector<control> controls_;
  std::vector<rule_mapping> mappings_;
  std::map<std::string, std::size_t, std::less<>> control_index_;
  std::map<std::string, std::size_t, std::less<>> mapping_index_;
};

struct catalog_load_result {
  std::optional<control_catalog> catalog;  // nullopt when there are errors
  std::vector<mockaws::scenario::load_error> errors;
};

// `regulation`: the catalog whose controls a file without `safeguards:` maps onto (a second
// pack's mapping onto the same HIPAA Security Rule); null: the file must list its safeguards.
catalog_load_result load_control_catalog_text(std::string_view yaml, const std::string& name,
                                              const control_catalog* regulation = nullptr);
catalog_load_result load_control_catalog_file(const std::string& path, const control_catalog* regulation = nullptr);

}  // namespace engine::pack
