#pragma once
// API values <-> JSON bodies (JSON 1.0/1.1 and REST-JSON), driven by the model: member names from
// locationName, timestamps as epoch seconds unless the model says otherwise, blobs as base64.

#include "mockaws/protocol/codec.hpp"
#include "mockaws/protocol/values.hpp"

namespace mockaws::protocol {

// The JSON body for a structure's body members (those not bound to URI, headers, status code).
// A borrowed list, when given, supplies the member it names.
json write_json_structure(const models::shape& shape, const json& value,
                          const borrowed_list* borrowed = nullptr);
// The API value of a structure from its JSON body. Throws value_error on a type mismatch.
json read_json_structure(const models::shape& shape, const json& body);
// Any single value (the payload member of REST-JSON).
json write_json_value(const models::shape_ref& ref, const json& value);
json read_json_value(const models::shape_ref& ref, const json& wire);

}  // namespace mockaws::protocol
