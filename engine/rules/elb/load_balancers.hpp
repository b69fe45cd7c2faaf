#pragma once
// Readers the load balancer rules share: a classic load balancer's listeners and the
// certificate sources, an ELBv2 load balancer's type and Key/Value attributes.

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/configuration_item.hpp"

namespace engine::rules {

// A classic load balancer's listeners (ListenerDescriptions[].Listener), in order.
std::vector<const json*> classic_listeners(const json& load_balancer);
// A listener protocol that carries TLS to the client: HTTPS and SSL (classic), HTTPS and TLS
// (ELBv2); AWS answers them upper-case, compared in any case.
bool secure_protocol(std::string_view protocol);
// An ARN of a certificate ACM holds (arn:<partition>:acm:...); an IAM server certificate
// (arn:<partition>:iam::...:server-certificate/...) is not one.
bool acm_certificate(std::string_view arn);
// An ELBv2 load balancer's Type; AWS's default "application" when absent.
std::string load_balancer_type(const json& load_balancer);
// The Value of `key` in DescribeLoadBalancerAttributes' Attributes (null: none read), or
// `otherwise` when the key is absent.
std::string attribute(const json* attributes, std::string_view key, std::string_view otherwise);

}  // namespace engine::rules
