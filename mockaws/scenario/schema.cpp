#include "mockaws/scenario/schema.hpp"

#include <charconv>

#include "mockaws/scenario/embedded_schema.hpp"
#include "mockaws/scenario/value_converter.hpp"

namespace mockaws::scenario {

namespace {

class schema_reader {
 public:
  schema_reader(const models::model_registry& models, std::vector<load_error>& errors)
      : models_(models), errors_(errors) {}

  void read(const source_node& document,
            std::map<std::string, service_schema, std::less<>>& services) {
    const source_node* list = document.find("services");
    if (!list || !list->is_mapping()) {
      errors_.push_back(error_at(document.where, "the schema needs a 'services' mapping"));
      return;
    }
    for (const auto& [key, value] : list->entries) {
      service_schema service = read_service(key, value);
      if (service.model) services.emplace(service.id, std::move(service));
    }
  }

 private:
  void fail(const source_node& at, std::string message) {
    errors_.push_back(error_at(at.where, std::move(message)));
  }

  std::string text_of(const source_node* node) {
    return node && node->is_scalar() ? node->text : std::string();
  }

  service_schema read_service(const source_node& key, const source_node& value) {
    service_schema service;
    service.id = key.text;
    service.model = models_.find(key.text);
    if (!service.model) {
      fail(key, "schema: no embedded model for service '" + key.text +
                    "' (add its operations to mockaws/models/operations.tsv)");
      return service;
    }
    service.global = text_of(value.find("scope")) == "global";
    if (const source_node* collections = value.find("collections"))
      for (const auto& [name, body] : collections->entries)
        service.collections.emplace(name.text, read_collection(service, name, body));
    if (const source_node* singletons = value.find("singletons"))
      for (const auto& [name, body] : singletons->entries)
        service.singletons.emplace(name.text, read_type(service, body));
    if (const source_node* absent = value.find("absent"))
      read_absent(*absent, service.singletons, service.absent);
    return service;
  }

  std::vector<std::string> texts_of(const source_node* node) {
    std::vector<std::string> out;
    if (!node) return out;
    if (node->is_scalar()) out.push_back(node->text);
    for (const auto& item : node->items)
      if (item.is_scalar()) out.push_back(item.text);
    return out;
  }

  // `parent_item` is the shape of the item holding a nested collection (null at top level).
  collection_schema read_collection(const service_schema& service, const source_node& name,
                                    const source_node& body, const type_expr* parent_item = nullptr) {
    collection_schema c;
    c.service = service.id;
    c.name = name.text;
    c.resource_types = texts_of(body.find("resource_type"));
    if (const source_node* shape = body.find("shape")) {
      c.item = read_type(service, *shape);
    } else if (parent_item && parent_item->type == type_expr::kind::model_shape) {
      // A nested collection held by a member of the parent's shape: that list's element shape.
      const models::shape_ref* holder = parent_item->shape->member(c.name);
      if (holder && holder->target->type == models::shape_type::list)
        c.item = {type_expr::kind::model_shape, holder->target->list_member.target, {}, {}};
      else
        fail(name, "schema: nested collection '" + c.name + "' needs a shape");
    } else {
      fail(name, "schema: collection '" + c.name + "' has no shape");
    }
    for (const auto& id : texts_of(body.find("id"))) {
      c.id.push_back(parse_member_path(id));
      c.id_text += (c.id_text.empty() ? "" : "+") + id;
    }
    c.name_member = text_of(body.find("name"));
    for (const auto& member : texts_of(body.find("also_named"))) c.also_named.push_back(member);
    if (c.name_member.empty() && c.id.size() == 1) c.name_member = c.id_text;
    std::string unique = text_of(body.find("unique"));
    c.unique = unique == "account"      ? id_scope::account
               : unique == "global"     ? id_scope::global
               : unique == "collection" ? id_scope::collection
               : unique == "parent" || parent_item ? id_scope::parent
                                        : id_scope::collection;
    if (const source_node* subs = body.find("sub_documents"))
      for (const auto& [sub, type] : subs->entries)
        c.sub_documents.emplace_back(sub.text, read_type(service, type));
    if (const source_node* absent = body.find("absent")) {
      std::map<std::string, type_expr, std::less<>> documents(c.sub_documents.begin(),
                                                              c.sub_documents.end());
      read_absent(*absent, documents, c.absent);
    }
    for (const auto& document : texts_of(body.find("documents")))
      c.documents.push_back(parse_member_path(document));
    if (const source_node* defaults = body.find("defaults"))
      for (const auto& [member, value] : defaults->entries) c.defaults.emplace_back(member.text, value);
    if (const source_node* references = body.find("references"))
      for (const auto& ref : references->items) c.references.push_back(read_reference(service, ref));
    if (const source_node* nested = body.find("nested"))
      for (const auto& [holder, nested_body] : nested->entries)
        c.nested.emplace_back(holder.text, read_collection(service, holder, nested_body, &c.item));
    return c;
  }

  // `absent:` maps document names to {value: V} or {error: {code, message, status}}.
  void read_absent(const source_node& node, const std::map<std::string, type_expr, std::less<>>& documents,
                   std::map<std::string, absent_answer, std::less<>>& out) {
    for (const auto& [name, body] : node.entries) {
      auto type = documents.find(name.text);
      if (type == documents.end()) {
        fail(name, "schema: absent: '" + name.text + "' is not a sub-document or singleton here");
        continue;
      }
      absent_answer answer;
      if (const source_node* value = body.find("value")) {
        value_converter converter(errors_, std::nullopt);
        answer.value = converter.convert(*value, type->second);
      } else if (const source_node* error = body.find("error")) {
        answer.error_code = text_of(error->find("code"));
        answer.error_message = text_of(error->find("message"));
        if (std::string status = text_of(error->find("status")); !status.empty()) {
          auto [end, ec] = std::from_chars(status.data(), status.data() + status.size(),
                                           answer.error_status);
          if (ec != std::errc() || end != status.data() + status.size())
            fail(*error, "schema: absent: status '" + status + "' is not an HTTP status");
        }
      }
      if (!answer.value && answer.error_code.empty())
        fail(body, "schema: absent: '" + name.text + "' needs a value: or an error: {code:, message:}");
      out.emplace(name.text, std::move(answer));
    }
  }

  reference read_reference(const service_schema& service, const source_node& node) {
    reference r;
    r.text = text_of(node.find("path"));
    r.path = parse_member_path(r.text);
    std::string to = text_of(node.find("to"));
    auto dot = to.find('.');
    r.target_service = dot == std::string::npos ? service.id : to.substr(0, dot);
    r.target_collection = dot == std::string::npos ? to : to.substr(dot + 1);
    r.by_text = text_of(node.find("by"));
    r.by = parse_member_path(r.by_text);
    r.account_wide = text_of(node.find("scope")) == "account";  // global targets: always
    r.warning = text_of(node.find("severity")) == "warning";
    r.except_other_accounts = text_of(node.find("except_other_accounts")) == "true";
    if (std::string except = text_of(node.find("except")); !except.empty()) {
      try {
        r.except = std::regex(except);
      } catch (const std::regex_error&) {
        fail(node, "schema: invalid 'except' expression '" + except + "'");
      }
    }
    if (r.path.empty() || r.by.empty())
      fail(node, "schema: a reference needs 'path', 'to' and 'by'");
    return r;
  }

  type_expr read_type(const service_schema& service, const source_node& node) {
    type_expr t;
    if (node.is_scalar()) {
      static const std::map<std::string, type_expr::kind, std::less<>> scalars = {
          {"string", type_expr::kind::string},   {"integer", type_expr::kind::integer},
          {"boolean", type_expr::kind::boolean}, {"double", type_expr::kind::real},
          {"timestamp", type_expr::kind::timestamp},
          {"policy_document", type_expr::kind::policy_document}, {"any", type_expr::kind::any}};
      if (auto it = scalars.find(node.text); it != scalars.end()) {
        t.type = it->second;
        return t;
      }
      return shape_type(service, node, node.text);
    }
    if (!node.is_mapping() || node.entries.size() != 1) {
      fail(node, "schema: a type is a name or one of {shape:, list_of:, map_of:, structure:}");
      return t;
    }
    const auto& [key, value] = node.entries.front();
    if (key.text == "shape") return shape_type(service, value, value.text);
    if (key.text == "list_of" || key.text == "map_of") {
      t.type = key.text == "list_of" ? type_expr::kind::list_of : type_expr::kind::map_of;
      t.element = std::make_shared<type_expr>(read_type(service, value));
      return t;
    }
    if (key.text == "structure") {
      t.type = type_expr::kind::structure;
      for (const auto& [field, type] : value.entries)
        t.fields.emplace_back(field.text, read_type(service, type));
      return t;
    }
    fail(key, "schema: unknown type form '" + key.text + "'");
    return t;
  }

  type_expr shape_type(const service_schema& service, const source_node& at,
                       const std::string& name) {
    type_expr t;
    t.type = type_expr::kind::model_shape;
    t.shape = service.model->find_shape(name);
    if (!t.shape) {
      fail(at, "schema: shape '" + name + "' is not in the embedded " + service.id + " model");
      t.type = type_expr::kind::any;
    }
    return t;
  }

  const models::model_registry& models_;
  std::vector<load_error>& errors_;
};

}  // namespace

member_path parse_member_path(std::string_view text) {
  member_path path;
  while (!text.empty()) {
    auto dot = text.find('.');
    std::string_view segment = text.substr(0, dot);
    text = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    bool each = segment.size() > 2 && segment.substr(segment.size() - 2) == "[]";
    path.emplace_back(each ? segment.substr(0, segment.size() - 2) : segment);
    if (each) path.emplace_back("[]");
  }
  return path;
}

const nlohmann::json* value_at(const nlohmann::json& item, const member_path& path) {
  const nlohmann::json* at = &item;
  for (const auto& segment : path) {
    if (segment == "[]" || !at->is_object()) return nullptr;
    auto it = at->find(segment);
    if (it == at->end()) return nullptr;
    at = &*it;
  }
  return at;
}

std::optional<std::string> id_of(const nlohmann::json& item, const collection_schema& collection) {
  std::string id;
  for (const auto& path : collection.id) {
    const nlohmann::json* part = value_at(item, path);
    if (!part || part->is_null() || (part->is_string() && part->get_ref<const std::string&>().empty()))
      return std::nullopt;
    if (!id.empty()) id += '/';
    id += part->is_string() ? part->get<std::string>() : part->dump();
  }
  return id;
}

std::optional<std::string> id_of(const source_node& item, const collection_schema& collection) {
  std::string id;
  for (const auto& path : collection.id) {
    const source_node* at = &item;
    for (const auto& segment : path) at = at && at->is_mapping() ? at->find(segment) : nullptr;
    if (!at || !at->is_scalar()) return std::nullopt;
    if (!id.empty()) id += '/';
    id += at->text;
  }
  return id;
}

const scenario_schema& scenario_schema::embedded() {
  static const scenario_schema schema = [] {
    std::vector<load_error> errors;
    auto document = read_yaml(embedded_schema_text(), "mockaws/scenario/schema.yaml", errors);
    scenario_schema parsed(document ? *document : source_node{}, models::model_registry::embedded(),
                           errors);
    // The schema is compiled in and tested (scenario_schema_test); an error here is a build
    // defect, not bad user input.
    if (!errors.empty()) throw std::logic_error("embedded schema: " + errors.front().to_string());
    return parsed;
  }();
  return schema;
}

scenario_schema::scenario_schema(const source_node& document,
                                 const models::model_registry& models,
                                 std::vector<load_error>& errors) {
  schema_reader(models, errors).read(document, services_);
}

const service_schema* scenario_schema::find(std::string_view service) const {
  auto it = services_.find(service);
  return it == services_.end() ? nullptr : &it->second;
}

const collection_schema* scenario_schema::find_collection(std::string_view service,
                                                          std::string_view name) const {
  const service_schema* s = find(service);
  if (!s) return nullptr;
  auto it = s->collections.find(name);
  return it == s->collections.end() ? nullptr : &it->second;
}

const collection_schema* scenario_schema::find_nested(std::string_view service,
                                                      std::string_view parent,
                                                      std::string_view name) const {
  const collection_schema* holder = find_collection(service, parent);
  if (!holder) return nullptr;
  for (const auto& [member, nested] : holder->nested)
    if (member == name) return &nested;
  return nullptr;
}

}  // namespace mockaws::scenario
