#include "mockaws/scenario/scenario_writer.hpp"

#include <regex>
#include <stdexcept>

#include <yaml.h>

namespace mockaws::scenario {

namespace {

using json = nlohmann::json;

// A LibYAML emitter writing to a string, one event at a time.
class emitter {
 public:
  emitter() {
    yaml_emitter_initialize(&emitter_);
    yaml_emitter_set_output(&emitter_, &emitter::write, this);
    yaml_emitter_set_unicode(&emitter_, 1);
    yaml_emitter_set_width(&emitter_, 100);
    yaml_stream_start_event_initialize(&event_, YAML_UTF8_ENCODING);
    emit();
    yaml_document_start_event_initialize(&event_, nullptr, nullptr, nullptr, 1);
    emit();
  }
  ~emitter() { yaml_emitter_delete(&emitter_); }
  emitter(const emitter&) = delete;
  emitter& operator=(const emitter&) = delete;

  std::string finish() {
    yaml_document_end_event_initialize(&event_, 1);
    emit();
    yaml_stream_end_event_initialize(&event_);
    emit();
    return std::move(out_);
  }

  void begin_mapping() {
    yaml_mapping_start_event_initialize(&event_, nullptr, nullptr, 1, YAML_BLOCK_MAPPING_STYLE);
    emit();
  }
  void end_mapping() {
    yaml_mapping_end_event_initialize(&event_);
    emit();
  }
  void begin_sequence() {
    yaml_sequence_start_event_initialize(&event_, nullptr, nullptr, 1, YAML_BLOCK_SEQUENCE_STYLE);
    emit();
  }
  void end_sequence() {
    yaml_sequence_end_event_initialize(&event_);
    emit();
  }
  // `quoted` forces a double-quoted scalar (a string that would otherwise read as a number).
  void scalar(const std::string& text, bool quoted) {
    yaml_scalar_event_initialize(&event_, nullptr, nullptr,
                                 reinterpret_cast<const yaml_char_t*>(text.data()),
                                 static_cast<int>(text.size()), quoted ? 0 : 1, 1,
                                 quoted ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE);
    emit();
  }

  void value(const json& v) {
    switch (v.type()) {
      case json::value_t::object:
        begin_mapping();
        for (const auto& [key, item] : v.items()) {
          if (item.is_null()) continue;
          scalar(key, needs_quotes(key));
          value(item);
        }
        end_mapping();
        return;
      case json::value_t::array:
        begin_sequence();
        for (const auto& item : v) value(item);
        end_sequence();
        return;
      case json::value_t::string: {
        const std::string& text = v.get_ref<const std::string&>();
        scalar(text, needs_quotes(text));
        return;
      }
      case json::value_t::null:
        scalar("null", false);
        return;
      default:
        scalar(v.dump(), false);  // numbers and booleans, as JSON writes them
    }
  }

 private:
  // Plain scalars that the loader would read as something other than this string: numbers,
  // booleans, nulls, relative times, and anything YAML itself would not keep as written.
  static bool needs_quotes(const std::string& text) {
    static const std::regex special(
        R"(^$|^[-+]?[0-9].*|^(true|false|True|False|TRUE|FALSE|null|Null|NULL|~)$)");
    return std::regex_match(text, special);
  }

  static int write(void* self, unsigned char* buffer, size_t size) {
    static_cast<emitter*>(self)->out_.append(reinterpret_cast<const char*>(buffer), size);
    return 1;
  }

  void emit() {
    if (!yaml_emitter_emit(&emitter_, &event_))
      throw std::runtime_error(std::string("YAML emitter: ") +
                               (emitter_.problem ? emitter_.problem : "failed"));
  }

  yaml_emitter_t emitter_{};
  yaml_event_t event_{};
  std::string out_;
};

}  // namespace

std::string write_scenario(const store::store& store, const std::vector<expectation>& expectations,
                           const std::string& description,
                           const std::vector<rule_parameter>& rule_parameters, const std::string& pack) {
  if (store.accounts().size() != 1)
    throw std::invalid_argument("write_scenario: a scenario holds exactly one account");
  const store::account& account = store.accounts().begin()->second;
  // Built as JSON first so the keys come out in one stable order, then emitted.
  json top = {{"account_id", account.id()}};
  if (!description.empty()) top["description"] = description;
  if (store.clock().is_fixed()) top["now"] = protocol::format_iso8601(store.clock().now());
  json credentials = json::array();
  for (const auto& c : store.credentials()) {
    json credential = {{"access_key_id", c.access_key_id}, {"secret_access_key", c.secret_access_key}};
    if (!c.session_token.empty()) credential["session_token"] = c.session_token;
    credentials.push_back(std::move(credential));
  }
  emitter out;
  out.begin_mapping();
  for (const char* key : {"account_id", "description", "now"})
    if (top.contains(key)) {
      out.scalar(key, false);
      out.value(top[key]);
    }
  out.scalar("credentials", false);
  out.value(credentials);

  auto write_services = [&](const std::string& region) {
    out.begin_mapping();
    for (const auto& service : account.services(region)) {
      out.scalar(service, false);
      out.value(account.state(region, service));
    }
    out.end_mapping();
  };
  if (!account.services(std::string(store::global_region)).empty()) {
    out.scalar("global", false);
    write_services(std::string(store::global_region));
  }
  std::vector<std::string> regions = account.regions();
  if (!regions.empty()) {
    out.scalar("regions", false);
    out.begin_mapping();
    for (const auto& region : regions) {
      out.scalar(region, false);
      write_services(region);
    }
    out.end_mapping();
  }
  if (!store.faults().empty()) {
    json faults = json::array();
    for (const auto& f : store.faults()) {
      json item = {{"service", f.service}, {"operation", f.operation}, {"code", f.code},
                   {"message", f.message}, {"status", f.status}};
      if (!f.region.empty()) item["region"] = f.region;
      faults.push_back(std::move(item));
    }
    out.scalar("faults", false);
    out.value(faults);
  }
  if (!pack.empty()) {
    out.scalar("pack", false);
    out.value(json(pack));
  }
  if (!rule_parameters.empty()) {
    json parameters = json::object();
    for (const auto& p : rule_parameters) parameters[p.rule][p.name] = p.value;
    out.scalar("rule_parameters", false);
    out.value(parameters);
  }
  if (!expectations.empty()) {
    json expect = json::array();
    for (const auto& e : expectations) {
      json item = {{"rule", e.rule}, {"compliance", e.compliance}};
      if (!e.resource.empty()) item["resource"] = e.resource;
      if (!e.region.empty()) item["region"] = e.region;
      expect.push_back(std::move(item));
    }
    out.scalar("expect", false);
    out.value(expect);
  }
  out.end_mapping();
  return out.finish();
}

}  // namespace mockaws::scenario
