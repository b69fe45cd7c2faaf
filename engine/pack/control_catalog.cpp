#include "engine/pack/control_catalog.hpp"

#include <algorithm>
#include <set>

#include "mockaws/scenario/did_you_mean.hpp"

namespace engine::pack {

using mockaws::scenario::did_you_mean;
using mockaws::scenario::error_at;
using mockaws::scenario::load_error;
using mockaws::scenario::source_location;
using mockaws::scenario::source_node;

// Reads the file's two sections into a catalog; a friend of control_catalog.
class catalog_reader {
 public:
  catalog_reader(std::vector<load_error>& errors, const control_catalog* regulation)
      : errors_(errors), regulation_(regulation) {}

  control_catalog read(const source_node& root) {
    if (!expect_mapping(root, "a control mapping", {"safeguards", "rules"})) return {};
    if (regulation_ && !root.find("safeguards")) {
      // A mapping of another pack onto the same regulation: its controls are the regulation's.
      catalog_.controls_ = regulation_->controls_;
      catalog_.control_index_ = regulation_->control_index_;
    } else if (const source_node* safeguards = required(root, "safeguards")) {
      if (expect_mapping(*safeguards, "safeguards", {}))
        for (const auto& [section, body] : safeguards->entries) read_section(section, body);
    }
    if (const source_node* rules = required(root, "rules"))
      if (expect_mapping(*rules, "rules", {}))
        for (const auto& [identifier, body] : rules->entries) read_rule(identifier, body);
    return std::move(catalog_);
  }

 private:
  void error(const source_location& where, std::string message) {
    errors_.push_back(error_at(where, std::move(message)));
  }

  const source_node* required(const source_node& mapping, std::string_view key) {
    const source_node* value = mapping.find(key);
    if (!value) error(mapping.where, "missing '" + std::string(key) + "'");
    return value;
  }

  // Checks the node is a mapping and, when `keys` is not empty, that it has no other keys.
  bool expect_mapping(const source_node& node, std::string_view what,
                      const std::vector<std::string_view>& keys) {
    if (!node.is_mapping()) {
      error(node.where, std::string(what) + " must be a mapping; found " + node.describe());
      return false;
    }
    if (!keys.empty())
      for (const auto& [key, value] : node.entries)
        if (std::find(keys.begin(), keys.end(), key.text) == keys.end())
          error(key.where, "unknown key '" + key.text + "' in " + std::string(what) +
                               did_you_mean(key.text, keys));
    return true;
  }

  std::optional<std::string> text(const source_node& node, std::string_view what) {
    if (node.is_scalar() && !node.text.empty()) return node.text;
    error(node.where, std::string(what) + " must be a non-empty string; found " + node.describe());
    return std::nullopt;
  }

  void read_section(const source_node& section, const source_node& body) {
    if (!expect_mapping(body, "section " + section.text, {"family", "standards"})) return;
    const source_node* family_node = required(body, "family");
    std::optional<std::string> family;
    if (family_node) family = text(*family_node, "family");
    const source_node* standards = required(body, "standards");
    if (!family || !standards || !expect_mapping(*standards, "standards", {})) return;
    for (const auto& [id, standard] : standards->entries) {
      std::string what = "standard " + id.text;
      if (!expect_mapping(standard, what, {"title", "specifications"})) continue;
      const source_node* title = required(standard, "title");
      if (!title) continue;
      auto standard_title = text(*title, "title");
      if (!standard_title ||
          !add({id.text, *standard_title, section.text, *family, id.text}, id.where))
        continue;
      const source_node* specifications = standard.find("specifications");
      if (!specifications || !expect_mapping(*specifications, "specifications", {})) continue;
      // An implementation specification sits in its standard's paragraph: 164.312(a)(2)(iv)
      // under 164.312(a)(1).
      std::string paragraph = id.text.substr(0, id.text.rfind('('));
      for (const auto& [spec_id, spec_title] : specifications->entries) {
        if (!spec_id.text.starts_with(paragraph + "(")) {
          error(spec_id.where, "implementation specification " + spec_id.text +
                                   " is not in paragraph " + paragraph + " of standard " +
                                   id.text);
          continue;
        }
        if (auto title_text = text(spec_title, "the title of " + spec_id.text))
          add({spec_id.text, *title_text, section.text, *family, id.text}, spec_id.where);
      }
    }
  }

  bool add(control c, const source_location& where) {
    if (!c.id.starts_with(c.section + "(")) {
      error(where, "control " + c.id + " is not in section " + c.section);
      return false;
    }
    if (!catalog_.control_index_.emplace(c.id, catalog_.controls_.size()).second) {
      error(where, "control " + c.id + " is listed twice");
      return false;
    }
    catalog_.controls_.push_back(std::move(c));
    return true;
  }

  void read_rule(const source_node& identifier, const source_node& body) {
    if (!expect_mapping(body, "rule " + identifier.text, {"controls", "source", "control", "category"})) return;
    rule_mapping mapping;
    mapping.source_identifier = identifier.text;
    if (const source_node* source = required(body, "source"))
      mapping.source = text(*source, "source").value_or("");
    if (const source_node* name = body.find("control")) mapping.control_name = text(*name, "control").value_or("");
    if (const source_node* category = body.find("category"))
      mapping.category = text(*category, "category").value_or("");
    const source_node* controls = required(body, "controls");
    if (!controls) return;
    if (controls->is_scalar() && controls->text == "UNMAPPED") {
      mapping.unmapped = true;
    } else if (!controls->is_sequence() || controls->items.empty()) {
      error(controls->where, "controls must be a list of control ids, or UNMAPPED; found " +
                                 controls->describe());
      return;
    }
    std::vector<std::string_view> known;
    for (const auto& c : catalog_.controls_) known.push_back(c.id);
    std::set<std::string> seen;
    for (const auto& item : controls->items) {
      if (!item.is_scalar()) {
        error(item.where, "a control id must be a string; found " + item.describe());
      } else if (!catalog_.control_index_.contains(item.text)) {
        error(item.where, "unknown control '" + item.text + "'" + did_you_mean(item.text, known));
      } else if (!seen.insert(item.text).second) {
        error(item.where, "control " + item.text + " is listed twice for " + identifier.text);
      } else {
        mapping.control_ids.push_back(item.text);
      }
    }
    catalog_.mapping_index_.emplace(identifier.text, catalog_.mappings_.size());
    catalog_.mappings_.push_back(std::move(mapping));
  }

  std::vector<load_error>& errors_;
  const control_catalog* regulation_;
  control_catalog catalog_;
};

std::vector<const control*> control_catalog::controls_for(
    std::string_view source_identifier) const {
  std::vector<const control*> out;
  if (const rule_mapping* mapping = mapping_for(source_identifier))
    for (const auto& id : mapping->control_ids) out.push_back(find(id));
  return out;
}

const rule_mapping* control_catalog::mapping_for(std::string_view source_identifier) const {
  auto it = mapping_index_.find(source_identifier);
  return it == mapping_index_.end() ? nullptr : &mappings_[it->second];
}

const control* control_catalog::find(std::string_view control_id) const {
  auto it = control_index_.find(control_id);
  return it == control_index_.end() ? nullptr : &controls_[it->second];
}

const control* control_catalog::standard_of(std::string_view control_id) const {
  const control* c = find(control_id);
  return c ? find(c->standard_id) : nullptr;
}

std::string_view control_catalog::family_of(std::string_view control_id) const {
  const control* c = find(control_id);
  return c ? std::string_view(c->family) : std::string_view();
}

std::vector<const control*> control_catalog::specifications_of(std::string_view standard_id) const {
  std::vector<const control*> out;
  for (const auto& c : controls_)
    if (c.standard_id == standard_id && !c.is_standard()) out.push_back(&c);
  return out;
}

std::vector<const control*> control_catalog::controls_in_family(std::string_view family) const {
  std::vector<const control*> out;
  for (const auto& c : controls_)
    if (c.family == family) out.push_back(&c);
  return out;
}

std::vector<std::string> control_catalog::families() const {
  std::vector<std::string> out;
  for (const auto& c : controls_)
    if (std::find(out.begin(), out.end(), c.family) == out.end()) out.push_back(c.family);
  return out;
}

catalog_load_result load_control_catalog_text(std::string_view yaml, const std::string& name,
                                              const control_catalog* regulation) {
  catalog_load_result result;
  auto root = mockaws::scenario::read_yaml(yaml, name, result.errors);
  if (!root) return result;
  control_catalog catalog = catalog_reader(result.errors, regulation).read(*root);
  if (result.errors.empty()) result.catalog = std::move(catalog);
  return result;
}

catalog_load_result load_control_catalog_file(const std::string& path, const control_catalog* regulation) {
  std::vector<load_error> errors;
  auto root = mockaws::scenario::read_yaml_file(path, errors);
  if (!root) return {std::nullopt, std::move(errors)};
  control_catalog catalog = catalog_reader(errors, regulation).read(*root);
  if (!errors.empty()) return {std::nullopt, std::move(errors)};
  return {std::move(catalog), {}};
}

}  // namespace engine::pack
