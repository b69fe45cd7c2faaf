#pragma once
// Every service mockaws serves, by its operation table: one function per service folder, defined
// in its <service>_operations.cpp. registry.cpp concatenates them (no static self-registration:
// static libraries drop it silently).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services {

namespace account { std::span<const operation_entry> operations(); }
namespace acm { std::span<const operation_entry> operations(); }
namespace application_autoscaling { std::span<const operation_entry> operations(); }
namespace autoscaling { std::span<const operation_entry> operations(); }
namespace backup { std::span<const operation_entry> operations(); }
namespace cloudtrail { std::span<const operation_entry> operations(); }
namespace cloudwatch { std::span<const operation_entry> operations(); }
namespace config { std::span<const operation_entry> operations(); }
namespace dynamodb { std::span<const operation_entry> operations(); }
namespace ec2 { std::span<const operation_entry> operations(); }
namespace efs { std::span<const operation_entry> operations(); }
namespace elb { std::span<const operation_entry> operations(); }
namespace elbv2 { std::span<const operation_entry> operations(); }
namespace guardduty { std::span<const operation_entry> operations(); }
namespace iam { std::span<const operation_entry> operations(); }
namespace kms { std::span<const operation_entry> operations(); }
namespace lambda { std::span<const operation_entry> operations(); }
namespace logs { std::span<const operation_entry> operations(); }
namespace rds { std::span<const operation_entry> operations(); }
namespace s3 { std::span<const operation_entry> operations(); }
namespace secretsmanager { std::span<const operation_entry> operations(); }
namespace securityhub { std::span<const operation_entry> operations(); }
namespace sns { std::span<const operation_entry> operations(); }
namespace ssm { std::span<const operation_entry> operations(); }
namespace sts { std::span<const operation_entry> operations(); }
namespace waf_regional { std::span<const operation_entry> operations(); }
namespace wafv2 { std::span<const operation_entry> operations(); }

// In the order registry.cpp lists them.
inline std::span<const operation_entry> (*const service_tables[])() = {
    account::operations, acm::operations, application_autoscaling::operations, autoscaling::operations, backup::operations,
    cloudtrail::operations, cloudwatch::operations, config::operations, dynamodb::operations,
    ec2::operations, efs::operations, elb::operations, elbv2::operations, guardduty::operations,
    iam::operations, kms::operations, lambda::operations, logs::operations, rds::operations,
    s3::operations, secretsmanager::operations, securityhub::operations, sns::operations,
    ssm::operations, sts::operations, waf_regional::operations, wafv2::operations,
};

}  // namespace mockaws::services
