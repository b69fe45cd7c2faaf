#pragma once
// Scalar values between the model's types and the wire. Inside mockaws an API value is JSON in
// the API's own shape, keyed by API member names:
//   structure -> object, list -> array, map -> object, string -> string, integer/long -> integer,
//   float/double -> number, boolean -> bool, timestamp -> ISO 8601 string in UTC (see
//   timestamp.hpp), blob -> base64 string, document -> any JSON.
// Values arriving from scenarios may be loosely typed (a YAML number for a string member, "true"
// for a boolean); the *_to_* encoders coerce what is unambiguous and reject the rest.

#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "mockaws/models/service_model.hpp"

namespace mockaws::protocol {

using json = nlohmann::json;

// A value that does not fit its shape: `reason` says why, `path` where ("Users[1].CreateDate").
// Converters throw it with the reason; path_context.hpp adds the path while it unwinds.
class value_error : public std::exception {
 public:
  explicit value_error(std::string reason) : reason_(std::move(reason)), message_(reason_) {}
  // Adds a path segment in front: a member name, or "[3]" for a list index.
  void prepend(std::string_view segment);
  const std::string& path() const { return path_; }
  const std::string& reason() const { return reason_; }
  const char* what() const noexcept override { return message_.c_str(); }

 private:
  std::string reason_;
  std::string path_;
  std::string message_;  // "path: reason"
};

// Which timestamp format applies: the member's explicit format, else the location's default.
models::timestamp_format effective_format(const models::shape_ref& ref,
                                          models::timestamp_format location_default);

// Text on the wire (XML text, query parameter, header, URI label) -> API value.
json scalar_from_text(const models::shape& shape, std::string_view text,
                      models::timestamp_format format);
// API value -> text on the wire.
std::string scalar_to_text(const models::shape& shape, const json& value,
                           models::timestamp_format format);

// JSON body value -> API value (timestamps may arrive as epoch numbers or strings).
json scalar_from_json(const models::shape& shape, const json& value);
// API value -> JSON body value (timestamps become epoch seconds unless `format` says otherwise).
json scalar_to_json(const models::shape& shape, const json& value,
                    models::timestamp_format format);

bool is_scalar(models::shape_type type);

}  // namespace mockaws::protocol
