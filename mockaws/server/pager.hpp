#pragma once
// Paging, driven by the model's paginators: a handler returns its complete output, and the pager
// cuts the result list(s) to one page from the input's token and limit (MaxItems, MaxResults,
// Limit, ...), then sets the output's token and truncation flag. Tokens are opaque to clients and
// bound to the operation that issued them.

#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/values.hpp"
#include "mockaws/services/handler.hpp"

namespace mockaws::server {

// The entry's default_page_size applies when the input sets no limit (0: no limit); its token
// style says whether tokens are opaque or the last item returned. A borrowed list standing for a
// result key is paged like the output's own lists. Throws api_error for a token this operation
// did not issue or a limit below 1.
void paginate(const models::service_model& service, const models::operation& operation,
              models::protocol p, const protocol::json& input, protocol::json& output,
              const services::operation_entry& entry,
              protocol::borrowed_list* borrowed = nullptr);

}  // namespace mockaws::server
