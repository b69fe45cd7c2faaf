// The generator behind the codec properties: its scalar forms are the API's (timestamps as
// values.hpp writes them, standard base64), and over a few hundred samples it reaches every
// member of every operation in use, so no part of a shape escapes the round trip unseen.

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "mockaws/models/model_registry.hpp"
#include "properties/codecs/operations_in_use.hpp"
#include "properties/codecs/scalar_gen.hpp"
#include "properties/codecs/shape_gen.hpp"

namespace properties::codecs {
namespace {

using models::shape;
using models::shape_type;

TEST(codec_value_gen, timestamps_are_canonical_iso8601_in_utc) {
  EXPECT_EQ(iso8601_utc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(iso8601_utc(1709294400500), "2024-03-01T12:00:00.500Z");
  EXPECT_EQ(iso8601_utc(-1), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(iso8601_utc(-62135596800000), "0001-01-01T00:00:00Z");
  EXPECT_EQ(iso8601_utc(253402300799007), "9999-12-31T23:59:59.007Z");
}

TEST(codec_value_gen, blobs_are_padded_standard_base64) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64(std::string("\xfb\xff\x00", 3)), "+/8A");
}

// "Shape.Member" for every structure member reachable from `s`.
void reachable_members(const shape& s, std::set<std::string>& out) {
  switch (s.type) {
    case shape_type::structure:
      for (const auto& member : s.members)
        if (out.insert(s.name + "." + member.name).second) reachable_members(*member.target, out);
      return;
    case shape_type::list:
      reachable_members(*s.list_member.target, out);
      return;
    case shape_type::map:
      reachable_members(*s.map_value.target, out);
      return;
    default:
      return;
  }
}

// "Shape.Member" for every member present in `value` of shape `s`.
void present_members(const shape& s, const json& value, std::set<std::string>& out) {
  switch (s.type) {
    case shape_type::structure:
      for (const auto& member : s.members)
        if (auto it = value.find(member.name); it != value.end()) {
          out.insert(s.name + "." + member.name);
          present_members(*member.target, *it, out);
        }
      return;
    case shape_type::list:
      for (const auto& item : value) present_members(*s.list_member.target, item, out);
      return;
    case shape_type::map:
      for (const auto& [key, item] : value.items()) present_members(*s.map_value.target, item, out);
      return;
    default:
      return;
  }
}

TEST(codec_value_gen, reaches_every_member_of_every_operation_in_use) {
  // Enough that a member six optional levels down (the accelerator count of an Auto Scaling
  // group's instance requirements) appears: each optional member is drawn half the time.
  constexpr int samples = 1000;
  for (const auto& entry : operations_in_use()) {
    const auto* service = models::model_registry::embedded().find(entry.service);
    ASSERT_NE(service, nullptr) << entry.service;
    const auto* operation = service->find_operation(entry.operation);
    ASSERT_NE(operation, nullptr) << entry.operation;
    for (bool request : {true, false}) {
      const shape* top = request ? operation->input : operation->output;
      if (!top) continue;
      std::set<std::string> reachable, generated;
      reachable_members(*top, reachable);
      auto gen = gen_operation_value(*operation, service->primary_protocol(), request);
      for (int i = 0; i < samples; ++i)
        present_members(*top, gen(rc::Random(20261123 + i), i % 101).value().value, generated);
      std::string missing;
      for (const auto& member : reachable)
        if (!generated.count(member)) missing += " " + member;
      EXPECT_TRUE(missing.empty()) << entry.service << ":" << entry.operation
                                   << (request ? " input" : " output") << " never has" << missing;
    }
  }
}

}  // namespace
}  // namespace properties::codecs
