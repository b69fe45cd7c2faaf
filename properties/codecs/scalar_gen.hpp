#pragma once
// Generators of the scalar API values the shape generator (shape_gen.hpp) puts at the leaves:
// text within a medium's rules, timestamps, numbers and blobs, in the forms values.hpp defines.

#include <cstdint>
#include <string>
#include <string_view>

#include <rapidcheck.h>

#include "mockaws/models/service_model.hpp"
#include "properties/codecs/wire_limits.hpp"

namespace properties::codecs {

// UTF-8 text of 0-12 characters (1-12 where `rules` forbid empty text) from the rules'
// alphabet, weighted towards what wires must escape: markup, percent and plus signs,
// whitespace, controls, non-ASCII and astral characters. Shrinks towards "a".
rc::Gen<std::string> gen_text(const text_rules& rules);

// A timestamp value, mostly in 1970-2100 and sometimes anywhere in years 1-9999, with
// milliseconds unless `format` cannot carry them.
rc::Gen<std::string> gen_timestamp(models::timestamp_format format);

// Finite doubles, with a few values that stress number formatting (-0.0, 5e-324, 1e300, 1e15).
rc::Gen<double> gen_double();

// A blob value: base64 of 0-8 random bytes (1-8 when `non_empty`).
rc::Gen<std::string> gen_blob(bool non_empty);

// The API's timestamp value for milliseconds since the epoch: "2024-03-01T12:00:00Z", with
// ".mmm" only when the milliseconds are not zero (what the codecs decode to).
std::string iso8601_utc(std::int64_t epoch_ms);

// Standard padded base64, the API value of a blob.
std::string base64(std::string_view bytes);

}  // namespace properties::codecs
