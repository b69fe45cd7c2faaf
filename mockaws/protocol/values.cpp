#include "mockaws/protocol/values.hpp"

#include <charconv>
#include <cmath>

#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/timestamp.hpp"

namespace mockaws::protocol {

namespace {

using models::shape_type;
using models::timestamp_format;

bool is_integer_type(shape_type t) {
  return t == shape_type::integer || t == shape_type::long_integer;
}

bool is_real_type(shape_type t) {
  return t == shape_type::float_number || t == shape_type::double_number ||
         t == shape_type::big_decimal;
}

json integer_from_text(std::string_view text) {
  long long value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty())
    throw value_error("'" + std::string(text) + "' is not an integer");
  return value;
}

json real_from_text(std::string_view text) {
  // AWS sends special values as text in XML (and JSON strings): keep them as strings would lose
  // the type, so map them onto JSON's closest meaning.
  if (text == "NaN" || text == "Infinity" || text == "-Infinity")
    throw value_error("'" + std::string(text) + "' is not a finite number");
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty())
    throw value_error("'" + std::string(text) + "' is not a number");
  return value;
}

bool boolean_from_text(std::string_view text) {
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  throw value_error("'" + std::string(text) + "' is not a boolean (true or false)");
}

timestamp timestamp_from_json(const json& value) {
  if (value.is_number()) {
    if (auto t = from_epoch_seconds(value.get<double>())) return *t;
  } else if (value.is_string()) {
    if (auto t = parse_any_timestamp(value.get_ref<const std::string&>())) return *t;
  }
  throw value_error("'" + value.dump() + "' is not a timestamp");
}

std::string number_text(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

std::string expected(std::string_view type, const json& value) {
  return "expected " + std::string(type) + ", got " + std::string(value.type_name()) + " " +
         value.dump();
}

}  // namespace

void value_error::prepend(std::string_view segment) {
  if (path_.empty() || segment.front() == '[' || path_.front() == '[') {
    path_ = std::string(segment) + path_;
  } else {
    path_ = std::string(segment) + "." + path_;
  }
  message_ = path_ + ": " + reason_;
}

bool is_scalar(shape_type type) {
  return type != shape_type::structure && type != shape_type::list && type != shape_type::map;
}

timestamp_format effective_format(const models::shape_ref& ref, timestamp_format fallback) {
  return ref.ts_format != timestamp_format::unspecified ? ref.ts_format : fallback;
}

json scalar_from_text(const models::shape& shape, std::string_view text, timestamp_format format) {
  switch (shape.type) {
    case shape_type::string:
      return std::string(text);
    case shape_type::integer:
    case shape_type::long_integer:
      return integer_from_text(text);
    case shape_type::float_number:
    case shape_type::double_number:
    case shape_type::big_decimal:
      return real_from_text(text);
    case shape_type::boolean:
      return boolean_from_text(text);
    case shape_type::timestamp: {
      std::optional<timestamp> t;
      if (format == timestamp_format::unix_timestamp) t = parse_epoch_text(text);
      else if (format == timestamp_format::rfc822) t = parse_rfc822(text);
      if (!t) t = parse_any_timestamp(text);  // be liberal in what is accepted
      if (!t) throw value_error("'" + std::string(text) + "' is not a timestamp");
      return format_iso8601(*t);
    }
    case shape_type::blob:
      // On XML and query wires blobs travel base64-encoded, which is also the API value.
      if (!base64_decode(text)) throw value_error("blob is not valid base64");
      return std::string(text);
    default:
      throw value_error("shape '" + shape.name + "' is not a scalar");
  }
}

std::string scalar_to_text(const models::shape& shape, const json& value,
                           timestamp_format format) {
  switch (shape.type) {
    case shape_type::string:
    case shape_type::blob:
      if (value.is_string()) return value.get<std::string>();
      if (value.is_number() || value.is_boolean()) return value.dump();
      throw value_error(expected("a string", value));
    case shape_type::integer:
    case shape_type::long_integer:
      if (value.is_number_integer()) return value.dump();
      if (value.is_number_float() && std::floor(value.get<double>()) == value.get<double>())
        return number_text(value.get<double>());
      if (value.is_string()) return integer_from_text(value.get_ref<const std::string&>()).dump();
      throw value_error(expected("an integer", value));
    case shape_type::float_number:
    case shape_type::double_number:
    case shape_type::big_decimal:
      if (value.is_number()) return number_text(value.get<double>());
      if (value.is_string()) return number_text(real_from_text(value.get_ref<const std::string&>()));
      throw value_error(expected("a number", value));
    case shape_type::boolean:
      if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
      if (value.is_string())
        return boolean_from_text(value.get_ref<const std::string&>()) ? "true" : "false";
      throw value_error(expected("a boolean", value));
    case shape_type::timestamp: {
      timestamp t = timestamp_from_json(value);
      if (format == timestamp_format::unix_timestamp) return number_text(epoch_seconds(t));
      if (format == timestamp_format::rfc822) return format_rfc822(t);
      return format_iso8601(t);
    }
    default:
      throw value_error("shape '" + shape.name + "' is not a scalar");
  }
}

json scalar_from_json(const models::shape& shape, const json& value) {
  switch (shape.type) {
    case shape_type::string:
      if (!value.is_string()) throw value_error(expected("a string", value));
      return value;
    case shape_type::blob:
      if (!value.is_string() || !base64_decode(value.get_ref<const std::string&>()))
        throw value_error(expected("a base64 string", value));
      return value;
    case shape_type::integer:
    case shape_type::long_integer:
      if (!value.is_number_integer()) throw value_error(expected("an integer", value));
      return value;
    case shape_type::float_number:
    case shape_type::double_number:
    case shape_type::big_decimal:
      if (value.is_number()) return value;
      if (value.is_string()) return real_from_text(value.get_ref<const std::string&>());
      throw value_error(expected("a number", value));
    case shape_type::boolean:
      if (!value.is_boolean()) throw value_error(expected("a boolean", value));
      return value;
    case shape_type::timestamp:
      return format_iso8601(timestamp_from_json(value));
    default:
      throw value_error("shape '" + shape.name + "' is not a scalar");
  }
}

json scalar_to_json(const models::shape& shape, const json& value, timestamp_format format) {
  switch (shape.type) {
    case shape_type::string:
    case shape_type::blob:
      if (value.is_string()) return value;
      if (value.is_number() || value.is_boolean()) return value.dump();
      throw value_error(expected("a string", value));
    case shape_type::boolean:
      return scalar_to_text(shape, value, format) == "true";
    case shape_type::timestamp: {
      timestamp t = timestamp_from_json(value);
      if (format == timestamp_format::iso8601) return format_iso8601(t);
      if (format == timestamp_format::rfc822) return format_rfc822(t);
      double seconds = epoch_seconds(t);
      if (std::floor(seconds) == seconds) return static_cast<long long>(seconds);
      return seconds;
    }
    default:
      if (is_integer_type(shape.type)) {
        if (value.is_number_integer()) return value;
        return integer_from_text(scalar_to_text(shape, value, format));
      }
      if (is_real_type(shape.type)) {
        // A double stays a double on the wire (80.0, not 80), as AWS writes it.
        if (value.is_number()) return value.get<double>();
        return real_from_text(scalar_to_text(shape, value, format));
      }
      throw value_error("shape '" + shape.name + "' is not a scalar");
  }
}

}  // namespace mockaws::protocol
