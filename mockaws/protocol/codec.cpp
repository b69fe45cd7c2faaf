#include "mockaws/protocol/codec.hpp"

#include "mockaws/protocol/ec2_codec.hpp"
#include "mockaws/protocol/json_codec.hpp"
#include "mockaws/protocol/query_codec.hpp"
#include "mockaws/protocol/rest_json_codec.hpp"
#include "mockaws/protocol/rest_xml_codec.hpp"

namespace mockaws::protocol {

const codec& codec_for(models::protocol p) {
  static const json_codec json;
  static const query_codec query;
  static const ec2_codec ec2;
  static const rest_xml_codec rest_xml;
  static const rest_json_codec rest_json;
  switch (p) {
    case models::protocol::json: return json;
    case models::protocol::query: return query;
    case models::protocol::ec2: return ec2;
    case models::protocol::rest_xml: return rest_xml;
    case models::protocol::rest_json: return rest_json;
  }
  return json;
}

}  // namespace mockaws::protocol
