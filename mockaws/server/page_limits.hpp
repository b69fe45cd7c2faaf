#pragma once
// Page sizes outside the range AWS accepts: the error each service answers. The range itself is
// data (the paginator's limit_min/limit_max, from the models or overlays.json); only the wording
// differs by service, and that is AWS's own.

#include <string_view>

#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/api_error.hpp"

namespace mockaws::server {

// The error for `value` of the paginator's limit member, which lies below `min` (`below`) or
// above `max`. Either bound may be absent when the other is the one broken.
protocol::api_error page_size_error(const models::service_model& service,
                                    const models::operation& operation, models::protocol p,
                                    long long value, bool below, long long min, long long max);

}  // namespace mockaws::server
