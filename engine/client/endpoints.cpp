#include "engine/client/endpoints.hpp"

#include <cctype>
#include <charconv>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "mockaws/models/embedded_models.hpp"
#include "mockaws/models/model_registry.hpp"

namespace engine::client {

namespace {

unsigned short default_port(std::string_view scheme) { return scheme == "https" ? 443 : 80; }

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// service_model keeps only what the codecs need, so the globalEndpoint metadata is read from the
// embedded documents themselves, once.
const std::map<std::string, std::string, std::less<>>& global_endpoints() {
  static const auto table = [] {
    std::map<std::string, std::string, std::less<>> out;
    for (const auto& model : mockaws::models::embedded_models()) {
      auto document = nlohmann::json::parse(model.json, nullptr, false);
      if (document.is_discarded()) continue;
      auto meta = document.find("metadata");
      if (meta == document.end() || !meta->is_object()) continue;
      auto global = meta->find("globalEndpoint");
      if (global != meta->end() && global->is_string())
        out.emplace(std::string(model.service_id), global->get<std::string>());
    }
    return out;
  }();
  return table;
}

std::string_view dns_suffix(std::string_view region) {
  return starts_with(region, "cn-") ? "amazonaws.com.cn" : "amazonaws.com";
}

}  // namespace

endpoint_url parse_endpoint_url(std::string_view url) {
  auto fail = [&](const std::string& why) {
    throw std::invalid_argument("endpoint URL '" + std::string(url) + "': " + why);
  };
  endpoint_url out;
  auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) fail("expected http://host[:port] or https://host[:port]");
  out.scheme = std::string(url.substr(0, scheme_end));
  for (auto& c : out.scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (out.scheme != "http" && out.scheme != "https") fail("the scheme must be http or https");
  std::string_view rest = url.substr(scheme_end + 3);
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  if (rest.find_first_of("/?#") != std::string_view::npos)
    fail("a path, query or fragment is not supported");
  if (rest.find('@') != std::string_view::npos) fail("credentials in the URL are not supported");

  std::string_view port_text;
  if (starts_with(rest, "[")) {  // IPv6 literal
    auto close = rest.find(']');
    if (close == std::string_view::npos) fail("unclosed '[' in the host");
    out.host = std::string(rest.substr(1, close - 1));
    std::string_view after = rest.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') fail("unexpected text after the host");
      port_text = after.substr(1);
      if (port_text.empty()) fail("empty port");
    }
  } else {
    auto colon = rest.rfind(':');
    out.host = std::string(rest.substr(0, colon));
    if (colon != std::string_view::npos) {
      port_text = rest.substr(colon + 1);
      if (port_text.empty()) fail("empty port");
    }
  }
  if (out.host.empty()) fail("no host");
  if (out.host.find_first_of(" \t\r\n") != std::string::npos) fail("the host contains spaces");
  out.port = default_port(out.scheme);
  if (!port_text.empty()) {
    unsigned value = 0;
    auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), value);
    if (ec != std::errc() || end != port_text.data() + port_text.size() || value == 0 ||
        value > 65535)
      fail("the port must be a number from 1 to 65535");
    out.port = static_cast<unsigned short>(value);
  }
  return out;
}

std::string endpoint::url() const { return address.scheme + "://" + host_header(); }

std::string endpoint::host_header() const {
  std::string host = address.host.find(':') != std::string::npos ? "[" + address.host + "]"
                                                                 : address.host;
  if (address.port != default_port(address.scheme)) host += ":" + std::to_string(address.port);
  return host;
}

bool valid_region_name(std::string_view region) {
  if (region.empty() || region.size() > 64 || region.front() == '-' || region.back() == '-')
    return false;
  for (char c : region)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

std::string global_endpoint_of(const mockaws::models::service_model& service) {
  // Global services whose models name no globalEndpoint; botocore's endpoints.json has them as
  // the partition endpoint (aws-global, signed for us-east-1).
  if (service.id() == "account") return "account.us-east-1.amazonaws.com";
  const auto& table = global_endpoints();
  auto it = table.find(service.id());
  if (it == table.end() || service.signing_name() == "s3" || service.id() == "sts") return {};
  return it->second;
}

endpoint resolve_endpoint(const mockaws::models::service_model& service, std::string_view region,
                          const std::optional<endpoint_url>& override_url) {
  if (!valid_region_name(region))
    throw std::invalid_argument("'" + std::string(region) + "' is not an AWS region name");
  endpoint out;
  out.signing_region = std::string(region);
  out.address.scheme = "https";
  out.address.port = 443;
  const std::string global = global_endpoint_of(service);
  if (!global.empty()) {
    // The partition's global endpoint, as botocore's endpoints.json gives it for IAM.
    if (starts_with(region, "cn-")) {
      out.signing_region = "cn-north-1";
      out.address.host = service.endpoint_prefix() + ".cn-north-1.amazonaws.com.cn";
    } else if (starts_with(region, "us-gov-")) {
      out.signing_region = "us-gov-west-1";
      out.address.host = service.endpoint_prefix() + ".us-gov.amazonaws.com";
    } else {
      out.signing_region = "us-east-1";
      out.address.host = global;
    }
  } else {
    out.address.host =
        service.endpoint_prefix() + "." + std::string(region) + "." + std::string(dns_suffix(region));
  }
  if (override_url) {
    out.address = *override_url;
    out.overridden = true;
  }
  return out;
}

endpoint resolve_endpoint(std::string_view service_id, std::string_view region,
                          const std::optional<std::string>& endpoint_url) {
  const auto* service = mockaws::models::model_registry::embedded().find(service_id);
  if (!service)
    throw std::invalid_argument("no embedded model for service '" + std::string(service_id) + "'");
  std::optional<struct endpoint_url> parsed;
  if (endpoint_url) parsed = parse_endpoint_url(*endpoint_url);
  return resolve_endpoint(*service, region, parsed);
}

}  // namespace engine::client
