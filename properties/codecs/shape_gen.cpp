#include "properties/codecs/shape_gen.hpp"

#include <functional>
#include <stdexcept>

#include "properties/codecs/scalar_gen.hpp"
#include "properties/codecs/wire_limits.hpp"

namespace properties::codecs {

namespace {

using models::member_location;
using models::shape;
using models::shape_ref;
using models::shape_type;

// Optional structures, lists and maps stop here, so recursive shapes stay finite; required
// ones go on up to hard_depth, past which the model cannot have a finite value we can build.
constexpr int soft_depth = 10;
constexpr int hard_depth = 24;
constexpr std::size_t max_items = 3;

using medium_of = std::function<medium(const shape_ref&)>;

bool is_container(const shape& s) {
  return s.type == shape_type::structure || s.type == shape_type::list ||
         s.type == shape_type::map;
}

[[noreturn]] void unsupported(const std::string& path, const std::string& what) {
  throw std::logic_error(path + ": " + what + " is not generated (no operation in use has one)");
}

json pick_value(const shape_ref& ref, medium m, int depth, const std::string& path);

std::string pick_string(const shape& s, medium m) {
  text_rules rules = text_rules_for(m);
  if (s.enum_values.empty()) return *gen_text(rules);
  return *rc::gen::suchThat(rc::gen::elementOf(s.enum_values),
                            [rules](const std::string& v) { return fits(rules, v); });
}

// A structure's members: the required ones always, each optional one half the time. Where the
// medium cannot carry an empty structure, one member is added to an empty pick.
json pick_members(const shape& s, int depth, const std::string& path, const medium_of& medium_for,
                  bool may_be_empty) {
  if (depth > hard_depth) throw std::logic_error(path + ": shape nests deeper than " +
                                                 std::to_string(hard_depth) + " levels");
  json out = json::object();
  for (const auto& member : s.members) {
    bool required = s.is_required(member.name) || member.location == member_location::uri;
    bool allowed = !is_container(*member.target) || depth < soft_depth;
    if (required || (allowed && *rc::gen::arbitrary<bool>()))
      out[member.name] =
          pick_value(member, medium_for(member), depth + 1, path + "." + member.name);
  }
  if (out.empty() && !may_be_empty) {
    if (s.members.empty())
      throw std::logic_error(path + ": an empty structure where the wire cannot carry one");
    const auto& member = s.members[*rc::gen::inRange<std::size_t>(0, s.members.size())];
    out[member.name] = pick_value(member, medium_for(member), depth + 1, path + "." + member.name);
  }
  return out;
}

json pick_list(const shape_ref& ref, medium m, int depth, const std::string& path) {
  const shape_ref& item = ref.target->list_member;
  if (m == medium::header) unsupported(path, "a list bound to a header");
  if (m == medium::query_string && is_container(*item.target))
    unsupported(path, "a query-string list of structures");
  auto count = *rc::gen::inRange<std::size_t>(carries_empty(m, ref) ? 0 : 1, max_items + 1);
  json out = json::array();
  // An item is at its list's depth: a list and its items are one level of nesting, so lists of
  // structures (Auto Scaling's overrides, WAF's rule lists) do not use up the soft depth twice.
  for (std::size_t i = 0; i < count; ++i)
    out.push_back(pick_value(item, m, depth, path + "[" + std::to_string(i) + "]"));
  return out;
}

json pick_map(const shape_ref& ref, medium m, int depth, const std::string& path) {
  if (m != medium::json_body && m != medium::xml_body && m != medium::query_params &&
      m != medium::ec2_params)
    unsupported(path, std::string("a map in the ") + std::string(medium_name(m)));
  const shape& map = *ref.target;
  auto count = *rc::gen::inRange<std::size_t>(carries_empty(m, ref) ? 0 : 1, max_items + 1);
  json out = json::object();
  // Equal keys collapse into one entry, which still leaves at least one.
  for (std::size_t i = 0; i < count; ++i) {
    std::string key = pick_string(*map.map_key.target, m);
    out[key] = pick_value(map.map_value, m, depth, path + "{" + key + "}");  // as list items
  }
  return out;
}

json pick_value(const shape_ref& ref, medium m, int depth, const std::string& path) {
  const shape& s = *ref.target;
  if (s.document) unsupported(path, "a document");
  if (s.streaming) unsupported(path, "a streaming blob");
  if (ref.json_value) unsupported(path, "a JSON-valued header");
  if (ref.xml_attribute) unsupported(path, "an XML attribute");
  if (ref.host_label) unsupported(path, "a host label");
  switch (s.type) {
    case shape_type::structure:
      return pick_members(
          s, depth, path, [m](const shape_ref&) { return m; }, carries_empty(m, ref));
    case shape_type::list:
      return pick_list(ref, m, depth, path);
    case shape_type::map:
      return pick_map(ref, m, depth, path);
    case shape_type::string:
      return pick_string(s, m);
    case shape_type::blob:
      return *gen_blob(!carries_empty(m, ref));
    case shape_type::integer:
      return *rc::gen::arbitrary<std::int32_t>();
    case shape_type::long_integer:
      return *rc::gen::arbitrary<std::int64_t>();
    case shape_type::boolean:
      return *rc::gen::arbitrary<bool>();
    case shape_type::float_number:
    case shape_type::double_number:
    case shape_type::big_decimal:
      return *gen_double();
    case shape_type::timestamp:
      return *gen_timestamp(timestamp_format_in(m, ref));
  }
  throw std::logic_error(path + ": unknown shape type");
}

}  // namespace

void showValue(const api_value& v, std::ostream& os) { os << v.value.dump(); }

rc::Gen<api_value> gen_operation_value(const models::operation& operation,
                                       models::protocol protocol, bool request) {
  const shape* top = request ? operation.input : operation.output;
  if (!top) return rc::gen::just(api_value{json::object()});
  return rc::gen::exec([top, protocol, request] {
    medium_of medium_for = [top, protocol, request](const shape_ref& member) {
      return member_medium(protocol, request, *top, member);
    };
    return api_value{pick_members(*top, 0, top->name, medium_for, true)};
  });
}

}  // namespace properties::codecs
