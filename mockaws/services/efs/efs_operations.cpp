// Amazon EFS (REST-JSON): file systems. Every operation is a plain read (plain_reads.hpp).
//
// State (per region), as `aws efs describe-file-systems` prints each file system:
//   efs:
//     FileSystems:
//       - FileSystemId: fs-0123456789abcdef0  # FileSystemDescription; the id, ARN, owner,
//         Encrypted: true                     #   creation token and state are derived at load
//         KmsKeyId: arn:aws:kms:...
//         Name: ehr-shared                    # the value of the Name tag, as AWS reports it
//         Tags: [{Key: Name, Value: ehr-shared}]
//
// Encrypted absent reads as false: the CreateFileSystem API's default (the console encrypts).

#include "mockaws/services/service_tables.hpp"

namespace mockaws::services::efs {

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // AWS returns at most 100 file systems a page, whatever MaxItems asks; FileSystemId
      // names one (an unknown one is FileSystemNotFound), CreationToken selects by token.
      {"efs", "DescribeFileSystems",
       list_read{.collection = "FileSystems",
                 .ids = item_key{"FileSystemId", {"FileSystemId"}},
                 .unknown_id = not_found{"FileSystemNotFound", "File system '{id}' does not exist."},
                 .filter = [](const call_context& c) -> item_test {
                   std::string token = c.input_string("CreationToken");
                   if (token.empty()) return {};
                   return [token](const json& fs) { return fs.value("CreationToken", "") == token; };
                 }},
       100, page_token::opaque, 100},
  };
  return entries;
}

}  // namespace mockaws::services::efs
