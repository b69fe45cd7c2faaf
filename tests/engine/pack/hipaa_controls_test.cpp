// The HIPAA control mapping: every rule of the built-in pack has an entry, every control it names
// has a title, a safeguard family and a standard, and the mapping is the project's reference table.

#include <gtest/gtest.h>

#include <set>

#include "engine/pack/hipaa_controls.hpp"
#include "engine/rules/rule.hpp"
#include "test_helpers.hpp"

namespace engine::pack {
namespace {

std::vector<std::string> ids(const std::vector<const control*>& controls) {
  std::vector<std::string> out;
  for (const control* c : controls) out.push_back(c ? c->id : "<null>");
  return out;
}

TEST(hipaa_controls, every_rule_of_the_builtin_pack_has_a_mapping_entry) {
  auto pack = load_builtin_pack("hipaa", {});
  ASSERT_TRUE(pack.pack);
  const control_catalog& catalog = hipaa_controls();
  int unmapped = 0;
  for (const auto& rule : pack.pack->rules) {
    const rule_mapping* mapping = catalog.mapping_for(rule.source_identifier);
    ASSERT_NE(mapping, nullptr) << rule.source_identifier << " has no entry in hipaa-controls.yaml";
    EXPECT_FALSE(mapping->source.empty()) << rule.source_identifier;
    if (mapping->unmapped) {
      ++unmapped;
      EXPECT_TRUE(catalog.controls_for(rule.source_identifier).empty());
    } else {
      EXPECT_FALSE(catalog.controls_for(rule.source_identifier).empty()) << rule.source_identifier;
    }
  }
  EXPECT_EQ(catalog.mappings().size(), pack.pack->rules.size());
  EXPECT_EQ(unmapped, 13);
}

TEST(hipaa_controls, every_implemented_rule_is_in_a_built_in_mapping) {
  for (const auto& rule : rules::all_rules())
    EXPECT_TRUE(hipaa_controls().mapping_for(rule.identifier) || hipaa_2003_controls().mapping_for(rule.identifier))
        << rule.identifier << " has no entry in hipaa-controls.yaml or hipaa-2003-controls.yaml";
}

TEST(hipaa_controls, every_control_named_has_a_title_a_family_and_a_standard) {
  const control_catalog& catalog = hipaa_controls();
  const std::set<std::string> families{"Administrative safeguards", "Physical safeguards",
                                       "Technical safeguards", "Organizational requirements",
                                       "Policies and procedures and documentation requirements"};
  for (const auto& mapping : catalog.mappings()) {
    for (const control* c : catalog.controls_for(mapping.source_identifier)) {
      ASSERT_NE(c, nullptr) << mapping.source_identifier;
      EXPECT_FALSE(c->title.empty()) << c->id;
      EXPECT_TRUE(families.contains(c->family)) << c->id << ": " << c->family;
      const control* standard = catalog.standard_of(c->id);
      ASSERT_NE(standard, nullptr) << c->id;
      EXPECT_TRUE(standard->is_standard()) << c->id;
      EXPECT_EQ(standard->family, c->family) << c->id;
    }
  }
  EXPECT_EQ(catalog.families(), (std::vector<std::string>{
                                    "Administrative safeguards", "Physical safeguards",
                                    "Technical safeguards", "Organizational requirements",
                                    "Policies and procedures and documentation requirements"}));
}

TEST(hipaa_controls, the_mapping_is_the_reference_table) {
  const control_catalog& catalog = hipaa_controls();
  auto rows = pack_test::read_tsv(pack_test::reference_tsv());
  ASSERT_EQ(rows.size(), 130u);
  for (const auto& row : rows) {
    const rule_mapping* mapping = catalog.mapping_for(row.at("source_identifier"));
    ASSERT_NE(mapping, nullptr) << row.at("source_identifier");
    std::string controls;
    for (const auto& id : mapping->control_ids) controls += (controls.empty() ? "" : ";") + id;
    EXPECT_EQ(mapping->unmapped ? "UNMAPPED" : controls, row.at("hipaa_controls"))
        << row.at("source_identifier");
  }
  EXPECT_EQ(catalog.mappings().size(), rows.size());
}

TEST(hipaa_controls, looks_up_controls_their_standards_and_families) {
  const control_catalog& catalog = hipaa_controls();
  const control* encryption = catalog.find("164.312(a)(2)(iv)");
  ASSERT_NE(encryption, nullptr);
  EXPECT_EQ(encryption->title, "Encryption and decryption (Addressable)");
  EXPECT_EQ(encryption->family, "Technical safeguards");
  EXPECT_EQ(encryption->section, "164.312");
  EXPECT_FALSE(encryption->is_standard());
  EXPECT_EQ(catalog.standard_of("164.312(a)(2)(iv)")->id, "164.312(a)(1)");
  EXPECT_EQ(catalog.standard_of("164.312(a)(2)(iv)")->title, "Access control");
  EXPECT_EQ(catalog.family_of("164.308(a)(7)(ii)(A)"), "Administrative safeguards");
  EXPECT_EQ(catalog.find("164.308(a)(7)(ii)(A)")->title, "Data backup plan (Required)");
  EXPECT_EQ(catalog.standard_of("164.312(b)")->id, "164.312(b)");  // a standard alone
  EXPECT_EQ(ids(catalog.specifications_of("164.312(e)(1)")),
            (std::vector<std::string>{"164.312(e)(2)(i)", "164.312(e)(2)(ii)"}));
  EXPECT_EQ(ids(catalog.controls_in_family("Physical safeguards")).front(), "164.310(a)(1)");
  EXPECT_EQ(ids(catalog.controls_for("ACCESS_KEYS_ROTATED")),
            (std::vector<std::string>{"164.308(a)(3)(ii)(C)", "164.308(a)(4)(ii)(C)",
                                      "164.308(a)(5)(ii)(D)"}));
  EXPECT_TRUE(catalog.mapping_for("ALB_WAF_ENABLED")->unmapped);
  EXPECT_EQ(catalog.mapping_for("NO_SUCH_RULE"), nullptr);
  EXPECT_TRUE(catalog.controls_for("NO_SUCH_RULE").empty());
  EXPECT_EQ(catalog.find("164.999(z)"), nullptr);
  EXPECT_EQ(catalog.family_of("164.999(z)"), "");
}

TEST(hipaa_controls, a_user_mapping_with_mistakes_is_refused_with_places) {
  auto result = load_control_catalog_text(R"y(
safeguards:
  "164.312":
    family: Technical safeguards
    standards:
      164.312(a)(1):
        title: Access control
        specifications:
          164.312(a)(2)(iv): Encryption and decryption (Addressable)
          164.312(b)(2): Misplaced (Required)
      164.308(a)(8):
        title: Evaluation
rules:
  ACCESS_KEYS_ROTATED:
    controls: [164.312(a)(2)(iv), 164.312(a)(2)(iiv)]
    source: mine
  ALB_WAF_ENABLED:
    controls: []
    source: mine
)y",
                                          "m.yaml");
  EXPECT_FALSE(result.catalog);
  std::vector<std::string> errors;
  for (const auto& e : result.errors) errors.push_back(e.to_string());
  EXPECT_EQ(errors,
            (std::vector<std::string>{
                "m.yaml:10:11: implementation specification 164.312(b)(2) is not in paragraph "
                "164.312(a) of standard 164.312(a)(1)",
                "m.yaml:11:7: control 164.308(a)(8) is not in section 164.312",
                "m.yaml:15:35: unknown control '164.312(a)(2)(iiv)' (did you mean "
                "'164.312(a)(2)(iv)'?)",
                "m.yaml:18:15: controls must be a list of control ids, or UNMAPPED; found a list",
            }));
}

}  // namespace
}  // namespace engine::pack
