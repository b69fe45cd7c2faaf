#pragma once
// RapidCheck generators of API values driven by the service model: for an operation's input or
// output shape, JSON in the API's own shape (mockaws/protocol/values.hpp) that fits the model
// and that the operation's wire can carry (wire_limits.hpp). Built with rc::gen::exec, so a
// failing value shrinks member by member, item by item, character by character.
//
// The embedded models keep no min/max/pattern constraints (extract_models.py drops them), so
// lengths and ranges are the type's: strings of 0-12 characters, 32-bit integers, 64-bit longs.

#include <ostream>

#include <nlohmann/json.hpp>
#include <rapidcheck.h>

#include "mockaws/models/service_model.hpp"

namespace properties::codecs {

namespace models = mockaws::models;

using json = nlohmann::json;

// A generated API value. RapidCheck shows it as JSON text in counterexamples: shown as a bare
// nlohmann::json, an implicit conversion to std::string would be picked, and throw.
struct api_value {
  json value;
};
void showValue(const api_value& v, std::ostream& os);

// The input (request = true) or output of `operation` as the client or handler holds it, for an
// operation spoken in `protocol`. An operation without that shape gives {}.
rc::Gen<api_value> gen_operation_value(const models::operation& operation,
                                       models::protocol protocol, bool request);

}  // namespace properties::codecs
