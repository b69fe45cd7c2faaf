#include "mockaws/services/collections.hpp"
#include "mockaws/services/iam/iam_handlers.hpp"

namespace mockaws::services::iam {

json list_users(const call_context& c) {
  return {{"Users", select_by_prefix(items(c.state(), "Users"), "Path",
                                     c.input_string("PathPrefix"))}};
}

}  // namespace mockaws::services::iam
