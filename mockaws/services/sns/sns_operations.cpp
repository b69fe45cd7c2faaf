// Amazon SNS (Query): topics and their attributes.
//
// State (per region), as `aws sns list-topics` and `aws sns get-topic-attributes` print them:
//   sns:
//     Topics:
//       - TopicArn: arn:aws:sns:us-east-1:123456789012:it-alerts
//         Attributes:                        # GetTopicAttributes; values are strings, as AWS
//           DisplayName: it-alerts           #   answers them (Policy is JSON text)
//           KmsMasterKeyId: alias/clinic-audit
//
// KmsMasterKeyId absent: the topic is not encrypted (AWS's default).

#include "mockaws/services/service_tables.hpp"

#include "mockaws/services/collections.hpp"

namespace mockaws::services::sns {

namespace {

// AWS answers TopicArn and Owner for every topic, whatever else it was given: they are derived
// here (the scenario's Attributes win where they state them).
json get_topic_attributes(const call_context& c) {
  std::string arn = c.input_string("TopicArn");
  for (const auto& topic : items(c.state(), "Topics")) {
    if (string_at(topic, "TopicArn") != arn) continue;
    json attributes = {{"TopicArn", arn}, {"Owner", c.account.id()}};
    if (auto declared = topic.find("Attributes"); declared != topic.end() && declared->is_object())
      for (const auto& [name, value] : declared->items()) attributes[name] = value;
    return {{"Attributes", std::move(attributes)}};
  }
  c.fail("NotFoundException", "Topic does not exist");
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // ListTopics takes no limit: AWS answers up to 100 topics a page.
      {"sns", "ListTopics", list_read{.collection = "Topics"}, 100},
      {"sns", "GetTopicAttributes", get_topic_attributes},
  };
  return entries;
}

}  // namespace mockaws::services::sns
