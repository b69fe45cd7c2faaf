#include "mockaws/scenario/scenario_loader.hpp"

#include <map>
#include <regex>
#include <unordered_set>

#include "mockaws/scenario/aws_regions.hpp"
#include "mockaws/scenario/composition.hpp"
#include "mockaws/scenario/did_you_mean.hpp"
#include "mockaws/scenario/faults.hpp"
#include "mockaws/scenario/resource_defaults.hpp"
#include "mockaws/scenario/schema.hpp"
#include "mockaws/scenario/value_converter.hpp"

namespace mockaws::scenario {

namespace {

const std::vector<std::string_view> top_level_keys = {
    "extends", "description", "account_id", "now", "credentials", "global", "regions", "expect",
    "faults", "rule_parameters", "pack"};

// Where each converted item lives, for the reference pass once the whole account is built.
struct item_record {
  const collection_schema* collection;
  std::string region;   // the state's region key ("global" for global services)
  std::string pointer;  // JSON pointer in the service's state: /Reservations/0/Instances/2
  const source_node* node;
};

// A copy of `item` in which the members listed as JSON documents, when written as YAML
// (mapping or list), hold their compact JSON text instead, as AWS returns them.
std::optional<source_node> with_documents_as_text(const source_node& item,
                                                  const collection_schema& collection,
                                                  value_converter& converter) {
  std::optional<source_node> copy;
  for (const auto& path : collection.documents) {
    source_node* at = nullptr;
    for (const auto& segment : path) {
      const source_node& from = at ? *at : (copy ? *copy : item);
      const source_node* next = from.is_mapping() ? from.find(segment) : nullptr;
      if (!next) {
        at = nullptr;
        break;
      }
      if (!copy) copy = item;
      at = at ? at->find(segment) : copy->find(segment);
    }
    if (!at || !(at->is_mapping() || at->is_sequence())) continue;
    source_node text;
    text.type = source_node::kind::scalar;
    text.quoted = true;
    text.where = at->where;
    text.text = converter.convert_untyped(*at).dump();
    *at = std::move(text);
  }
  return copy;
}

// The string values at a path that may walk lists ("Instances[].InstanceId").
void collect_values(const json& value, const member_path& path, std::size_t at,
                    std::vector<std::string>& out) {
  if (at == path.size()) {
    if (value.is_string()) out.push_back(value.get<std::string>());
    return;
  }
  if (path[at] == "[]") {
    if (value.is_array())
      for (const auto& item : value) collect_values(item, path, at + 1, out);
    return;
  }
  if (!value.is_object()) return;
  auto member = value.find(path[at]);
  if (member != value.end()) collect_values(*member, path, at + 1, out);
}

// The account of an ARN ("arn:aws:iam::123456789012:role/x" -> "123456789012"), if any.
std::string arn_account(const std::string& value) {
  if (value.rfind("arn:", 0) != 0) return {};
  std::size_t field = 0, start = 0;
  for (std::size_t i = 0; i <= value.size() && field <= 4; ++i) {
    if (i == value.size() || value[i] == ':') {
      if (field == 4) return value.substr(start, i - start);
      ++field;
      start = i + 1;
    }
  }
  return {};
}

class scenario_builder {
 public:
  // `complete` false: a file it extends could not be read, so references (which may name the
  // missing base's resources) are not checked.
  scenario_builder(const scenario_schema& schema, std::vector<load_error>& errors, bool complete)
      : schema_(schema), errors_(errors), complete_(complete) {}

  load_result build(const source_node& document) {
    load_result result;
    if (document.is_null()) {
      errors_.push_back(error_at({document.where.file, 1, 1}, "the scenario is empty"));
      return result;
    }
    if (!document.is_mapping()) {
      fail(document, "a scenario is a mapping (account_id, now, global, regions, ...), got " +
                         document.describe());
      return result;
    }
    for (const auto& [key, value] : document.entries)
      if (std::find(top_level_keys.begin(), top_level_keys.end(), key.text) == top_level_keys.end())
        errors_.push_back(error_at(key.where, "unknown key '" + key.text + "'" +
                                                  did_you_mean(key.text, top_level_keys)));
    read_account_and_clock(document);
    // A `now:` that is there but wrong has its own error: relative times are not blamed too.
    converter_.emplace(errors_, now_, document.find("now") != nullptr);
    if (const source_node* d = document.find("description"))
      result.description = d->is_scalar() ? d->text : std::string();
    read_credentials(document.find("credentials"));
    if (const source_node* global = document.find("global"))
      read_services(*global, std::string(store::global_region), true);
    if (const source_node* regions = document.find("regions")) read_regions(*regions);
    if (const source_node* faults = document.find("faults"))
      for (auto& f : read_faults(*faults, errors_)) store_->add_fault(std::move(f));
    if (complete_) check_references(result.warnings);
    if (const source_node* expect = document.find("expect")) {
      std::optional<resource_index> resources;
      if (complete_) resources = index_resources();
      result.expectations = read_expectations(*expect, resources ? &*resources : nullptr, errors_);
    }
    if (const source_node* parameters = document.find("rule_parameters"))
      result.rule_parameters = read_rule_parameters(*parameters);
    if (const source_node* pack = document.find("pack")) {
      if (pack->is_scalar() && !pack->text.empty()) result.pack = pack->text;
      else fail(*pack, "pack must name a rule pack (hipaa, hipaa-2003 or a template file), got " + pack->describe());
    }
    result.resources = records_.size();
    result.store = store_;
    return result;
  }

 private:
  // rule_parameters: {RULE_IDENTIFIER: {name: value, ...}, ...}; values are scalars, given to the
  // rule as their text.
  std::vector<rule_parameter> read_rule_parameters(const source_node& node) {
    std::vector<rule_parameter> out;
    if (!node.is_mapping()) {
      fail(node, "rule_parameters must map rule identifiers to their parameters, got " + node.describe());
      return out;
    }
    static const std::regex identifier("[A-Z][A-Z0-9_]*");
    for (const auto& [rule, parameters] : node.entries) {
      if (!std::regex_match(rule.text, identifier)) {
        fail(rule, "rule_parameters: '" + rule.text + "' is not a rule identifier (such as ENCRYPTED_VOLUMES)");
        continue;
      }
      if (!parameters.is_mapping()) {
        fail(parameters, "rule_parameters." + rule.text + " must map parameter names to values, got " +
                             parameters.describe());
        continue;
      }
      for (const auto& [name, value] : parameters.entries) {
        if (!value.is_scalar()) {
          fail(value, "rule_parameters." + rule.text + "." + name.text + " must be a scalar, got " + value.describe());
          continue;
        }
        out.push_back({rule.text, name.text, value.text, name.where});
      }
    }
    return out;
  }

  void fail(const source_node& at, const std::string& message) {
    errors_.push_back(error_at(at.where, message));
  }

  void read_account_and_clock(const source_node& document) {
    if (const source_node* id = document.find("account_id")) {
      static const std::regex twelve_digits("[0-9]{12}");
      if (!id->is_scalar() || !std::regex_match(id->text, twelve_digits))
        fail(*id, "account_id must be 12 digits, got " + id->describe());
      else
        account_id_ = id->text;
    }
    if (const source_node* now = document.find("now")) {
      auto t = now->is_scalar() ? protocol::parse_iso8601(now->text) : std::nullopt;
      if (t) now_ = *t;
      else fail(*now, "now must be an ISO 8601 time such as 2026-11-01T00:00:00Z, got " + now->describe());
    }
    store_->set_clock(now_ ? store::clock_source::fixed(*now_) : store::clock_source::system());
    account_ = &store_->add_account(account_id_);
  }

  void read_credentials(const source_node* credentials) {
    if (!credentials) {
      store_->add_credential({std::string(store::example_access_key_id),
                              std::string(store::example_secret_access_key), "", account_id_});
      return;
    }
    if (!credentials->is_sequence()) {
      fail(*credentials, "credentials must be a list, got " + credentials->describe());
      return;
    }
    static const std::vector<std::string_view> keys = {"access_key_id", "secret_access_key",
                                                       "session_token"};
    for (const auto& c : credentials->items) {
      if (!c.is_mapping()) {
        fail(c, "a credential is a mapping with access_key_id and secret_access_key");
        continue;
      }
      for (const auto& [key, value] : c.entries)
        if (std::find(keys.begin(), keys.end(), key.text) == keys.end())
          fail(key, "unknown key '" + key.text + "' in a credential" + did_you_mean(key.text, keys));
      const source_node* id = c.find("access_key_id");
      const source_node* secret = c.find("secret_access_key");
      const source_node* token = c.find("session_token");
      if (!id || !secret || !id->is_scalar() || !secret->is_scalar()) {
        fail(c, "a credential needs access_key_id and secret_access_key");
        continue;
      }
      if (store_->find_credential(id->text)) fail(*id, "duplicate access_key_id '" + id->text + "'");
      store_->add_credential({id->text, secret->text, token && token->is_scalar() ? token->text : "",
                              account_id_});
    }
  }

  void read_regions(const source_node& regions) {
    if (!regions.is_mapping()) {
      fail(regions, "regions must map region names to services, got " + regions.describe());
      return;
    }
    for (const auto& [key, value] : regions.entries) {
      if (!is_aws_region(key.text)) {
        fail(key, not_a_region(key.text));
        continue;
      }
      read_services(value, key.text, false);
    }
  }

  void read_services(const source_node& services, const std::string& region, bool global) {
    if (!services.is_mapping()) {
      fail(services, "expected a mapping of service name to its resources, got " + services.describe());
      return;
    }
    value_path& path = converter_->path();
    if (!global) path.push("regions");
    path.push(global ? std::string_view("global") : std::string_view(region));
    for (const auto& [key, state] : services.entries) {
      const service_schema* service = schema_.find(key.text);
      if (!service) {
        std::vector<std::string_view> names;
        for (const auto& [name, s] : schema_.services()) names.push_back(name);
        fail(key, "unknown service '" + key.text + "'" + did_you_mean(key.text, names));
        continue;
      }
      if (service->global != global) {
        fail(key, global ? "service '" + key.text + "' is regional: put it under regions.<region>"
                         : "service '" + key.text + "' is global: put it under global");
        continue;
      }
      path.push(key.text);
      read_service_state(state, *service, region);
      path.pop();
    }
    path.pop();
    if (!global) path.pop();
  }

  void read_service_state(const source_node& state, const service_schema& service,
                          const std::string& region) {
    if (!state.is_mapping()) {
      fail(state, "the state of '" + service.id + "' is a mapping of collections (e.g. " +
                      (service.collections.empty() ? std::string("Items")
                                                   : service.collections.begin()->first) +
                      ": [...]), got " + state.describe());
      return;
    }
    json& target = account_->mutable_state(region, service.id);
    for (const auto& [key, value] : state.entries) {
      auto collection = service.collections.find(key.text);
      auto singleton = service.singletons.find(key.text);
      converter_->path().push(key.text);
      if (collection != service.collections.end()) {
        target[key.text] = read_collection(value, collection->second, region, "/" + key.text);
      } else if (singleton != service.singletons.end()) {
        // `PasswordPolicy: null`: the account has none (as if the key were not there).
        json converted = is_plain_null(value) ? json() : converter_->convert(value, singleton->second);
        if (!converted.is_null()) target[key.text] = std::move(converted);
      } else {
        std::vector<std::string_view> names;
        for (const auto& [name, c] : service.collections) names.push_back(name);
        for (const auto& [name, t] : service.singletons) names.push_back(name);
        converter_->path().pop();
        fail(key, "unknown collection '" + key.text + "' of " + service.id +
                      did_you_mean(key.text, names));
        continue;
      }
      converter_->path().pop();
    }
  }

  // The items of a collection (or of a nested collection inside `parent_key`'s item), converted,
  // defaulted, checked for ids, with their nested collections; `pointer` is where the list
  // lives in the service's state.
  json read_collection(const source_node& node, const collection_schema& collection,
                       const std::string& region, const std::string& pointer,
                       const std::string& parent_key = {}, const json* parent = nullptr) {
    json items = json::array();
    if (!node.is_sequence()) {
      converter_->error(node, "expected a list of " + collection.name + ", got " + node.describe());
      return items;
    }
    item_context context{account_id_, region == store::global_region ? "us-east-1" : region,
                         now_.value_or(store_->clock().now()), {}, parent};
    std::vector<std::string> nested_keys;
    for (const auto& [holder, nested] : collection.nested) nested_keys.push_back(holder);
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const source_node& given = node.items[i];
      auto prepared = with_documents_as_text(given, collection, *converter_);
      const source_node& item_node = prepared ? *prepared : given;
      converter_->path().push(i);
      std::size_t errors_before = errors_.size();
      json item = converter_->convert_item(item_node, collection.item, collection.sub_documents,
                                           nested_keys);
      // An item with a wrong field is still recorded, without that field (nothing is served
      // anyway): its id still counts as taken and as a reference target, so one typo gives one
      // error, not a false "names no ..." wherever the item is referred to. Only a missing id
      // is not reported again: the wrong field may well be the id.
      if (item.is_object()) {
        bool clean = errors_.size() == errors_before;
        context.name = item_name(item, collection, i);
        apply_defaults(item, collection, context, *converter_);
        std::string item_pointer = pointer + "/" + std::to_string(items.size());
        if (auto key = check_id(item, given, collection, region, parent_key, clean)) {
          for (const auto& [holder, nested] : collection.nested) {
            const source_node* list = given.is_mapping() ? given.find(holder) : nullptr;
            if (!list || is_plain_null(*list)) continue;
            converter_->path().push(holder);
            json held = read_collection(*list, nested, region, item_pointer + "/" + holder, *key, &item);
            item[holder] = std::move(held);
            converter_->path().pop();
          }
          records_.push_back({&collection, region, item_pointer, &given});
          items.push_back(std::move(item));
        }
      }
      converter_->path().pop();
    }
    return items;
  }

  // The id must be there (given or generated) and unique in its scope. Returns the key that
  // identifies the item for its nested collections, or nullopt (after reporting why).
  std::optional<std::string> check_id(const json& item, const source_node& node,
                                      const collection_schema& collection,
                                      const std::string& region, const std::string& parent_key,
                                      bool report_missing) {
    if (collection.id.empty()) return parent_key + "/" + collection.name + "#" + std::to_string(records_.size());
    std::optional<std::string> id = id_of(item, collection);
    if (!id) {
      if (report_missing) converter_->error(node, collection.name + " item needs " + collection.id_text);
      return std::nullopt;
    }
    std::string scope;
    switch (collection.unique) {
      case id_scope::parent: scope = parent_key; break;
      case id_scope::collection: scope = region; break;
      case id_scope::account:
      case id_scope::global: scope = "*"; break;
    }
    std::string key = collection.service + "/" + collection.name + "/" + scope + "/" + *id;
    const source_node* written = collection.id.size() == 1 && node.is_mapping() &&
                                         collection.id.front().size() == 1
                                     ? node.find(collection.id.front().front())
                                     : nullptr;
    const source_node& at = written ? *written : node;
    auto [first, inserted] = first_seen_.emplace(key, at.where);
    if (!inserted) {
      converter_->error(at, "duplicate " + collection.id_text + " '" + *id + "' (first at " +
                                to_string(first->second) + ")");
      return std::nullopt;
    }
    return key;
  }

  // Values at the reference's `by` path in the target collection's items, in one region or
  // across the account.
  const std::unordered_set<std::string>& target_values(const reference& ref,
                                                       const std::string& region) {
    const service_schema* target = schema_.find(ref.target_service);
    bool everywhere = ref.account_wide || (target && target->global);
    std::string key = ref.target_service + "|" + ref.target_collection + "|" + ref.by_text + "|" +
                      (everywhere ? std::string("*") : region);
    auto [it, inserted] = target_cache_.try_emplace(key);
    if (!inserted) return it->second;
    auto add = [&](const std::string& r) {
      const json& state = account_->state(r, ref.target_service);
      auto list = state.find(ref.target_collection);
      if (list == state.end() || !list->is_array()) return;
      std::vector<std::string> values;
      for (const auto& item : *list) collect_values(item, ref.by, 0, values);
      it->second.insert(values.begin(), values.end());
    };
    if (everywhere) {
      add(std::string(store::global_region));
      for (const auto& r : account_->regions()) add(r);
    } else {
      add(region);
    }
    return it->second;
  }

  // Visits the string values at a reference's path, with the source node each came from (or
  // the item's node for values a default filled in).
  template <typename F>
  void walk(const json& value, const source_node* node, const member_path& path, std::size_t at,
            F&& visit) {
    if (at == path.size()) {
      if (value.is_string()) visit(value.get<std::string>(), node);
      return;
    }
    if (path[at] == "[]") {
      if (!value.is_array()) return;
      for (std::size_t i = 0; i < value.size(); ++i) {
        const source_node* child = node && node->is_sequence() && i < node->items.size()
                                       ? &node->items[i] : node;
        walk(value[i], child, path, at + 1, visit);
      }
      return;
    }
    auto member = value.is_object() ? value.find(path[at]) : value.end();
    if (member == value.end()) return;
    const source_node* child = node && node->is_mapping() ? node->find(path[at]) : nullptr;
    walk(*member, child ? child : node, path, at + 1, visit);
  }

  void check_references(std::vector<load_error>& warnings) {
    for (const auto& record : records_) {
      if (record.collection->references.empty()) continue;
      const json& item = account_->state(record.region, record.collection->service)
                             .at(json::json_pointer(record.pointer));
      for (const auto& ref : record.collection->references) {
        walk(item, record.node, ref.path, 0, [&](const std::string& value, const source_node* at) {
          if (ref.except && std::regex_search(value, *ref.except)) return;
          if (ref.except_other_accounts) {
            std::string owner = arn_account(value);
            if (!owner.empty() && owner != account_id_) return;
          }
          const auto& targets = target_values(ref, record.region);
          if (targets.count(value)) return;
          const service_schema* target = schema_.find(ref.target_service);
          std::string place =
              target && !target->global && !ref.account_wide ? " in " + record.region : "";
          std::vector<std::string_view> candidates(targets.begin(), targets.end());
          std::sort(candidates.begin(), candidates.end());  // the same suggestion every run
          load_error problem = error_at(
              at->where, record.collection->service + "." + record.collection->name + " " +
                             ref.text + " '" + value + "' names no " + ref.target_service + "." +
                             ref.target_collection + " " + ref.by_text + place +
                             did_you_mean(value, candidates));
          (ref.warning ? warnings : errors_).push_back(std::move(problem));
        });
      }
    }
  }

  // Every item's id, name and top-level ARNs, with the regions holding it.
  resource_index index_resources() const {
    resource_index index;
    for (std::size_t i = 0; i < records_.size(); ++i) {
      const item_record& record = records_[i];
      const json& item = account_->state(record.region, record.collection->service)
                             .at(json::json_pointer(record.pointer));
      auto add = [&](const std::string& name) {
        if (!name.empty() && name.front() != '#') index[name].insert(record.region);
      };
      if (auto id = id_of(item, *record.collection)) add(*id);
      if (!record.collection->name_member.empty()) add(item_name(item, *record.collection, i));
      for (const auto& member : record.collection->also_named)
        if (item.is_object() && item.contains(member) && item[member].is_string()) add(item[member].get<std::string>());
      if (item.is_object())
        for (const auto& [member, value] : item.items())
          if (value.is_string() && value.get<std::string>().starts_with("arn:")) add(value.get<std::string>());
    }
    return index;
  }

  const scenario_schema& schema_;
  std::vector<load_error>& errors_;
  std::shared_ptr<store::store> store_ = std::make_shared<store::store>();
  store::account* account_ = nullptr;
  std::string account_id_{store::default_account_id};
  std::optional<protocol::timestamp> now_;
  std::optional<value_converter> converter_;
  std::vector<item_record> records_;
  std::map<std::string, source_location> first_seen_;
  std::map<std::string, std::unordered_set<std::string>> target_cache_;
  bool complete_ = true;
};

bool in_file_order(const load_error& a, const load_error& b) {
  return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
}

load_result finish(std::optional<composed_scenario> composed, std::vector<load_error> errors) {
  load_result result;
  if (composed)
    result = scenario_builder(scenario_schema::embedded(), errors, composed->complete)
                 .build(composed->document);
  std::stable_sort(errors.begin(), errors.end(), in_file_order);
  std::stable_sort(result.warnings.begin(), result.warnings.end(), in_file_order);
  result.errors = std::move(errors);
  if (!result.errors.empty()) result.store.reset();
  return result;
}

}  // namespace

load_result load_file(const std::string& path) {
  std::vector<load_error> errors;
  auto document = read_composed(path, scenario_schema::embedded(), errors);
  return finish(std::move(document), std::move(errors));
}

load_result load_text(std::string_view text, const std::string& file_name) {
  std::vector<load_error> errors;
  auto document = compose_text(text, file_name, scenario_schema::embedded(), errors);
  return finish(std::move(document), std::move(errors));
}

}  // namespace mockaws::scenario
