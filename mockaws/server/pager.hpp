#pragma once
// Paging, driven by the model's paginators. Before the handler runs, the pager reads the page the
// input asks for (token and limit, validated against the paginator's range with AWS's error);
// after it, it cuts the output's result list(s) to that page, unless the handler served the page
// itself (page_window::served), and sets the output's token and truncation flag. Tokens are
// opaque to clients and bound to the operation that issued them.

#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/values.hpp"
#include "mockaws/services/handler.hpp"

namespace mockaws::server {

// The page `input` asks for. The entry's default_page_size applies when the input sets no limit
// (0: no limit), its max_page_size caps a larger one. Throws api_error for a token this operation
// did not issue or a limit outside the paginator's range.
services::page_request read_page_request(const models::service_model& service,
                                         const models::operation& operation, models::protocol p,
                                         const protocol::json& input,
                                         const services::operation_entry& entry);

// Cuts `output` (and the borrowed list standing for a result key) to the window's page, or, when
// the handler served the page, only writes the token; then sets the truncation flag.
void finish_page(const models::service_model& service, const models::operation& operation,
                 models::protocol p, const services::page_window& window, protocol::json& output,
                 const services::operation_entry& entry,
                 protocol::borrowed_list* borrowed = nullptr);

// Both steps over a complete output, for a handler that returned every item.
void paginate(const models::service_model& service, const models::operation& operation,
              models::protocol p, const protocol::json& input, protocol::json& output,
              const services::operation_entry& entry,
              protocol::borrowed_list* borrowed = nullptr);

}  // namespace mockaws::server
