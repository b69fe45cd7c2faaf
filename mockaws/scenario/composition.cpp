#include "mockaws/scenario/composition.hpp"

#include "mockaws/scenario/value_converter.hpp"

#include <algorithm>
#include <filesystem>

namespace mockaws::scenario {

namespace {

namespace fs = std::filesystem;

bool is_removal(const source_node& item) {
  const source_node* flag = item.is_mapping() ? item.find("_remove") : nullptr;
  return flag && flag->is_scalar() && flag->text == "true";
}

class composer {
 public:
  composer(const scenario_schema& schema, std::vector<load_error>& errors)
      : schema_(schema), errors_(errors) {}

  // `document` with everything it extends merged in. When a base cannot be read, the error is
  // reported and the document stands alone (complete_ false), so its own errors still show.
  source_node compose(source_node document, const fs::path& directory,
                      std::vector<std::string>& chain) {
    source_node* extends = document.is_mapping() ? document.find("extends") : nullptr;
    if (!extends) return document;
    auto base = read_base(*extends, directory, chain);
    std::erase_if(document.entries, [](const auto& e) { return e.first.text == "extends"; });
    if (!base) {
      complete_ = false;
      return document;
    }
    std::vector<std::string> path;
    merge(*base, document, path);
    return std::move(*base);
  }

  bool complete() const { return complete_; }

 private:
  std::optional<source_node> read_base(const source_node& extends, const fs::path& directory,
                                       std::vector<std::string>& chain) {
    if (!extends.is_scalar() || extends.text.empty()) {
      errors_.push_back(error_at(extends.where, "extends must name a scenario file"));
      return std::nullopt;
    }
    fs::path base_path = directory / extends.text;
    std::string canonical = fs::weakly_canonical(base_path).string();
    if (std::find(chain.begin(), chain.end(), canonical) != chain.end()) {
      errors_.push_back(error_at(extends.where, "extends '" + extends.text + "' makes a cycle: " +
                                                    canonical + " already extends this file"));
      return std::nullopt;
    }
    if (!fs::exists(base_path)) {
      errors_.push_back(error_at(extends.where, "extends '" + extends.text + "': no such file (" +
                                                    base_path.string() + ")"));
      return std::nullopt;
    }
    auto base_document = read_yaml_file(base_path.string(), errors_);
    if (!base_document) return std::nullopt;
    chain.push_back(canonical);
    source_node base = compose(std::move(*base_document), base_path.parent_path(), chain);
    chain.pop_back();
    return base;
  }

  // The collection schema when `path` (from the document root) names a collection.
  const collection_schema* collection_at(const std::vector<std::string>& path) const {
    if (path.size() == 3 && path[0] == "global") return schema_.find_collection(path[1], path[2]);
    if (path.size() == 4 && path[0] == "regions") return schema_.find_collection(path[2], path[3]);
    return nullptr;
  }

  void merge(source_node& base, const source_node& derived, std::vector<std::string>& path) {
    if (base.is_mapping() && derived.is_mapping()) {
      for (const auto& [key, value] : derived.entries) {
        source_node* existing = base.find(key.text);
        if (is_plain_null(value) && existing) {
          // `Member: null` in a scenario that extends another removes the inherited value.
          std::erase_if(base.entries, [&](const auto& e) { return e.first.text == key.text; });
          continue;
        }
        if (!existing) {
          base.entries.emplace_back(key, value);
          continue;
        }
        path.push_back(key.text);
        merge(*existing, value, path);
        path.pop_back();
      }
      return;
    }
    const collection_schema* collection = collection_at(path);
    if (collection && base.is_sequence() && derived.is_sequence() && !collection->id.empty()) {
      merge_collection(base, derived, *collection);
      return;
    }
    base = derived;
  }

  void merge_collection(source_node& base, const source_node& derived,
                        const collection_schema& collection) {
    for (const auto& item : derived.items) {
      std::optional<std::string> id = id_of(item, collection);
      auto match = id ? std::find_if(base.items.begin(), base.items.end(),
                                     [&](const source_node& b) { return id_of(b, collection) == id; })
                      : base.items.end();
      if (is_removal(item)) {
        if (match == base.items.end())
          errors_.push_back(error_at(item.where, "_remove: no " + collection.name + " with " +
                                                     collection.id_text + " '" + id.value_or("?") +
                                                     "' in the scenario this one extends"));
        else
          base.items.erase(match);
        continue;
      }
      if (match == base.items.end()) {
        base.items.push_back(item);
        continue;
      }
      std::vector<std::string> inner;  // inside an item, lists are replaced, not merged
      merge(*match, item, inner);
    }
  }

  const scenario_schema& schema_;
  std::vector<load_error>& errors_;
  bool complete_ = true;
};

composed_scenario compose_document(source_node document, const fs::path& directory,
                                   std::vector<std::string> chain, const scenario_schema& schema,
                                   std::vector<load_error>& errors) {
  composer c(schema, errors);
  source_node composed = c.compose(std::move(document), directory, chain);
  return {std::move(composed), c.complete()};
}

}  // namespace

std::optional<composed_scenario> read_composed(const std::string& path,
                                               const scenario_schema& schema,
                                               std::vector<load_error>& errors) {
  auto document = read_yaml_file(path, errors);
  if (!document) return std::nullopt;
  return compose_document(std::move(*document), fs::path(path).parent_path(),
                          {fs::weakly_canonical(path).string()}, schema, errors);
}

std::optional<composed_scenario> compose_text(std::string_view text, const std::string& name,
                                              const scenario_schema& schema,
                                              std::vector<load_error>& errors) {
  auto document = read_yaml(text, name, errors);
  if (!document) return std::nullopt;
  return compose_document(std::move(*document), fs::current_path(), {}, schema, errors);
}

}  // namespace mockaws::scenario
