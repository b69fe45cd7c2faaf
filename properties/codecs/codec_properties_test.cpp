// The wire codecs round-trip generated values of every operation the engine calls, in the
// protocol its client speaks: what the client encodes, the mock decodes to the same operation and
// input; what the mock encodes, the client decodes to the same output, without an error. One
// gtest per operation and direction, so GTEST_TOTAL_SHARDS spreads them. Values are generated
// from the models (shape_gen.hpp) within what each wire can carry (wire_limits.hpp).

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <cctype>
#include <cstdio>
#include <string>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/protocol/codec.hpp"
#include "properties/codecs/operations_in_use.hpp"
#include "properties/codecs/shape_gen.hpp"

namespace properties::codecs {

void PrintTo(const operation_in_use& entry, std::ostream* os) {
  *os << entry.service << ":" << entry.operation;
}

namespace {

using mockaws::protocol::api_error;
using mockaws::protocol::codec;
using mockaws::protocol::value_error;

struct resolved {
  const models::service_model* service = nullptr;
  const models::operation* operation = nullptr;
  models::protocol protocol = models::protocol::json;
};

resolved resolve(const operation_in_use& entry) {
  resolved r;
  r.service = models::model_registry::embedded().find(entry.service);
  if (r.service) r.operation = r.service->find_operation(entry.operation);
  if (r.operation) r.protocol = r.service->primary_protocol();  // what the engine's client speaks
  return r;
}

// Wire text with control bytes shown as \xNN, so a failure message shows what was sent.
std::string printable(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 || c == '\n') {
      out += c;
    } else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
      out += escaped;
    }
  }
  return out;
}

std::string wire_text(const mockaws::http::request& request) {
  std::string out = request.method + " " + request.target + "\n";
  for (const auto& [name, value] : request.headers) out += name + ": " + value + "\n";
  return printable(out + "\n" + request.body);
}

std::string wire_text(const mockaws::http::response& response) {
  std::string out = std::to_string(response.status) + "\n";
  for (const auto& [name, value] : response.headers) out += name + ": " + value + "\n";
  return printable(out + "\n" + response.body);
}

std::string mismatch(const json& sent, const json& got, const std::string& wire) {
  return "sent: " + printable(sent.dump()) + "\ngot:  " + printable(got.dump()) +
         "\ndiff (JSON patch from sent to got): " + printable(json::diff(sent, got).dump()) +
         "\nwire:\n" + wire;
}

class codec_property : public ::testing::TestWithParam<operation_in_use> {};

TEST_P(codec_property, client_request_decodes_on_the_mock_to_the_same_input) {
  const resolved r = resolve(GetParam());
  ASSERT_NE(r.operation, nullptr) << "not in the embedded models";
  const codec& k = mockaws::protocol::codec_for(r.protocol);
  rc::detail::checkGTest([&] {
    const json input = (*gen_operation_value(*r.operation, r.protocol, true)).value;
    mockaws::http::request request;
    try {
      request = k.encode_request(*r.service, *r.operation, input);
    } catch (const value_error& e) {
      RC_FAIL("the client refused a generated input: " + std::string(e.what()) +
              "\ninput: " + printable(input.dump()));
    }
    const std::string wire = wire_text(request);
    if (!k.addressed_to(*r.service, request))
      RC_FAIL("the mock would not route the request to " + r.service->id() + "\nwire:\n" + wire);
    mockaws::protocol::decoded_call call;
    try {
      call = k.decode_request(*r.service, request);
    } catch (const api_error& e) {
      RC_FAIL("the mock refused the request: " + e.code + ": " + e.message + "\ninput: " +
              printable(input.dump()) + "\nwire:\n" + wire);
    }
    if (call.operation != r.operation)
      RC_FAIL("decoded as " + (call.operation ? call.operation->name : std::string("nothing")) +
              "\nwire:\n" + wire);
    if (call.input != input)
      RC_FAIL("the input changed on the way\n" + mismatch(input, call.input, wire));
  });
}

TEST_P(codec_property, mock_response_decodes_on_the_client_to_the_same_output) {
  const resolved r = resolve(GetParam());
  ASSERT_NE(r.operation, nullptr) << "not in the embedded models";
  const codec& k = mockaws::protocol::codec_for(r.protocol);
  rc::detail::checkGTest([&] {
    const json output = (*gen_operation_value(*r.operation, r.protocol, false)).value;
    mockaws::http::response response;
    try {
      response = k.encode_response(*r.service, *r.operation, output, "req-7");
    } catch (const value_error& e) {
      RC_FAIL("the mock refused a generated output: " + std::string(e.what()) +
              "\noutput: " + printable(output.dump()));
    }
    const std::string wire = wire_text(response);
    auto outcome = k.decode_response(*r.service, *r.operation, response);
    if (outcome.error)
      RC_FAIL("the client decoded an error: " + outcome.error->code + ": " +
              outcome.error->message + "\noutput: " + printable(output.dump()) +
              "\nwire:\n" + wire);
    if (outcome.output != output)
      RC_FAIL("the output changed on the way\n" + mismatch(output, outcome.output, wire));
    if (outcome.request_id != "req-7")
      RC_FAIL("request id '" + outcome.request_id + "' instead of 'req-7'\nwire:\n" + wire);
  });
}

std::string test_name(const ::testing::TestParamInfo<operation_in_use>& info) {
  std::string name = std::string(info.param.service) + "_" + std::string(info.param.operation);
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(in_use, codec_property, ::testing::ValuesIn(operations_in_use()),
                         test_name);

}  // namespace
}  // namespace properties::codecs
