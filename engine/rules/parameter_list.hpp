#pragma once
// AWS Config's list parameters (type CSV, or a "comma-separated list" of type String:
// KMS_CMK_NOT_SCHEDULED_FOR_DELETION kmsKeyIds, SECRETSMANAGER_USING_CMK kmsKeyArns,
// SNS_ENCRYPTED_KMS kmsKeyIds, CW_LOGGROUP_RETENTION_PERIOD_CHECK LogGroupNames): entries are
// separated by commas, with blanks around them ignored ("a, b" is a and b); empty entries are
// dropped, so an unset parameter is an empty list.

#include <string>
#include <string_view>
#include <vector>

namespace engine::rules {

std::vector<std::string> comma_separated(std::string_view text);

}  // namespace engine::rules
