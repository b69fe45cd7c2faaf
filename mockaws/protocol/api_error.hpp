#pragma once
// The one error type operation handlers raise. A single boundary (the mock's dispatcher) turns it
// into the protocol's error envelope; the client side decodes envelopes back into it.

#include <exception>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mockaws::models {
class service_model;
}

namespace mockaws::protocol {

struct api_error : std::exception {
  std::string code;       // wire code, as Query/XML envelopes carry it: "NoSuchEntity"
  std::string type;       // error shape name, as JSON's __type carries it: "NoSuchEntityException"
  std::string message;
  int http_status = 400;
  bool sender_fault = true;
  // Extra elements some services add to the envelope (S3: <BucketName>); written in order.
  std::vector<std::pair<std::string, std::string>> details;
  // Extra response headers (S3's redirects carry x-amz-bucket-region); names lower-case.
  std::vector<std::pair<std::string, std::string>> headers;

  api_error() = default;
  api_error(std::string error_code, std::string error_message, int status, bool sender = true);

  // An error declared by the service model, by shape name ("NoSuchEntityException") or wire
  // code ("NoSuchEntity"); the model supplies the code, the HTTP status and the fault side.
  // An error the model does not declare keeps `name` as code and type with status 400.
  static api_error modeled(const models::service_model& service, std::string_view name,
                           std::string message);

  const char* what() const noexcept override { return message.c_str(); }
};

}  // namespace mockaws::protocol
