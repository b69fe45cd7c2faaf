#include "mockaws/server/authenticator.hpp"

namespace mockaws::server {

namespace {

using wire = models::protocol;
using mockaws::protocol::api_error;

enum class failure { missing, malformed, unknown_key, bad_signature, expired, bad_token, bad_hash };

constexpr const char* signature_message =
    "The request signature we calculated does not match the signature you provided. Check your "
    "AWS Secret Access Key and signing method. Consult the service documentation for details.";
constexpr const char* token_message = "The security token included in the request is invalid.";

// S3 answers in its own vocabulary.
api_error s3_error(failure f, const std::string& detail) {
  switch (f) {
    case failure::missing: return api_error("AccessDenied", "Access Denied", 403);
    case failure::malformed:
      return api_error("AuthorizationHeaderMalformed",
                       "The authorization header is malformed; " + detail, 400);
    case failure::unknown_key:
      return api_error("InvalidAccessKeyId",
                       "The AWS Access Key Id you provided does not exist in our records.", 403);
    case failure::bad_signature: return api_error("SignatureDoesNotMatch", signature_message, 403);
    case failure::expired: return api_error("AccessDenied", detail, 403);
    case failure::bad_token:
      return api_error("InvalidToken", "The provided token is malformed or otherwise invalid.", 400);
    case failure::bad_hash:
      return api_error("XAmzContentSHA256Mismatch",
                       "The provided 'x-amz-content-sha256' header does not match what was "
                       "computed.", 400);
  }
  return api_error("AccessDenied", detail, 403);
}

// Query services (IAM, RDS, CloudWatch, ...): the codes of AWS's common-errors reference.
api_error query_error(failure f, const std::string& detail) {
  switch (f) {
    case failure::missing:
      return api_error("MissingAuthenticationToken", "Request is missing Authentication Token", 403);
    case failure::malformed: return api_error("IncompleteSignature", detail, 400);
    case failure::unknown_key:
    case failure::bad_token: return api_error("InvalidClientTokenId", token_message, 403);
    case failure::bad_signature: return api_error("SignatureDoesNotMatch", signature_message, 403);
    case failure::expired: return api_error("RequestExpired", detail, 400);
    case failure::bad_hash: return api_error("SignatureDoesNotMatch", detail, 403);
  }
  return api_error("IncompleteSignature", detail, 400);
}

// EC2 reports every credential problem as 401 AuthFailure (its common client errors).
api_error ec2_error(failure f, const std::string& detail) {
  switch (f) {
    case failure::missing:
      return api_error("MissingAuthenticationToken",
                       "The request must contain either a valid (registered) AWS access key ID or "
                       "X.509 certificate.", 401);
    case failure::malformed: return api_error("IncompleteSignature", detail, 400);
    case failure::expired: return api_error("RequestExpired", detail, 400);
    default:
      return api_error("AuthFailure", "AWS was not able to validate the provided access credentials",
                       401);
  }
}

// JSON and REST-JSON services (DynamoDB, KMS, Lambda, ...): Coral's exception names. JSON
// services answer 400, REST-JSON services 403.
api_error json_error(failure f, const std::string& detail, int status) {
  switch (f) {
    case failure::missing:
      return api_error("MissingAuthenticationTokenException", "Missing Authentication Token", status);
    case failure::malformed: return api_error("IncompleteSignatureException", detail, status);
    case failure::unknown_key:
    case failure::bad_token: return api_error("UnrecognizedClientException", token_message, status);
    case failure::bad_signature:
    case failure::bad_hash: return api_error("InvalidSignatureException", signature_message, status);
    case failure::expired: return api_error("InvalidSignatureException", detail, status);
  }
  return api_error("IncompleteSignatureException", detail, status);
}

api_error auth_error(const models::service_model* service, wire p, failure f,
                     const std::string& detail) {
  if (service && service->signing_name() == "s3") return s3_error(f, detail);
  switch (p) {
    case wire::query: return query_error(f, detail);
    case wire::ec2: return ec2_error(f, detail);
    case wire::json: return json_error(f, detail, 400);
    case wire::rest_json: return json_error(f, detail, 403);
    case wire::rest_xml: return query_error(f, detail);
  }
  return query_error(f, detail);
}

failure failure_of(sigv4::verify_status status) {
  switch (status) {
    case sigv4::verify_status::signature_mismatch: return failure::bad_signature;
    case sigv4::verify_status::token_mismatch: return failure::bad_token;
    case sigv4::verify_status::expired: return failure::expired;
    case sigv4::verify_status::payload_hash_mismatch: return failure::bad_hash;
    case sigv4::verify_status::ok: break;
  }
  return failure::bad_signature;
}

}  // namespace

auth_result authenticate(const http::request& request, const sigv4::parse_result& auth,
                         const models::service_model* service, wire p,
                         const store::store& store, const auth_options& options) {
  auth_result result;
  if (auth.status == sigv4::parse_status::ok)
    result.credential = store.find_credential(auth.auth.access_key_id);
  if (!options.verify_signatures) return result;

  if (auth.status == sigv4::parse_status::missing) {
    result.error = auth_error(service, p, failure::missing, {});
    return result;
  }
  if (auth.status == sigv4::parse_status::malformed) {
    result.error = auth_error(service, p, failure::malformed, auth.detail);
    return result;
  }
  if (!result.credential) {
    result.error = auth_error(service, p, failure::unknown_key, {});
    return result;
  }
  sigv4::verify_options verify;
  verify.mode = service && service->signing_name() == "s3" ? sigv4::uri_mode::s3_as_is
                                                           : sigv4::uri_mode::normalize_and_encode;
  verify.now = std::chrono::system_clock::now();  // skew is about the wire, not the scenario clock
  verify.check_time = options.check_clock_skew;
  sigv4::credentials creds{result.credential->access_key_id, result.credential->secret_access_key,
                           result.credential->session_token};
  sigv4::verify_result verdict = sigv4::verify(request, auth.auth, creds, verify);
  if (verdict.status != sigv4::verify_status::ok) {
    failure f = failure_of(verdict.status);
    api_error error = auth_error(service, p, f, verdict.detail);
    // SigV4's detail for a mismatch is AWS's full message, with the canonical request and
    // string to sign the server computed: exactly what whoever debugs a client needs.
    if (f == failure::bad_signature && !verdict.detail.empty()) error.message = verdict.detail;
    result.error = std::move(error);
  }
  return result;
}

}  // namespace mockaws::server
