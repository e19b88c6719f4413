package com.clicknback.shared.security;

import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.errors.JsonBodyErrors;
import com.clicknback.shared.errors.Violation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The auth guard (spec 00 §7.3 with 99 S1, S2, S8): a valid access token of an existing, active
 * user; for admin endpoints, the role stored in the database (never the token's claim) must be
 * admin. Every refusal is the standard envelope; 401s carry {@code WWW-Authenticate: Bearer}.
 */
@Priority(Priorities.AUTHENTICATION)
public class AuthGuardFilter implements ContainerRequestFilter {

  static final String INVALID_TOKEN_MESSAGE =
      "Invalid token, or user does not have permissions to perform this action.";
  static final String EXPIRED_TOKEN_MESSAGE =
      "Access token has expired. Please refresh your token.";
  static final String INACTIVE_MESSAGE = "User account is inactive.";
  static final String FORBIDDEN_MESSAGE = "You do not have permission to perform this action.";
  private static final String BEARER = "bearer ";
  private static final long MAX_CHECKED_BODY_BYTES = 1 << 20;

  private final boolean adminOnly;
  private final boolean readsBody;
  private final Supplier<TokenService> tokens;
  private final Supplier<AccountLookup> accounts;
  private final Supplier<CurrentUser> currentUser;

  /**
   * @param readsBody the endpoint binds a JSON body, so a malformed one is reported (422) before an
   *     authentication failure
   */
  AuthGuardFilter(
      boolean adminOnly,
      boolean readsBody,
      Supplier<TokenService> tokens,
      Supplier<AccountLookup> accounts,
      Supplier<CurrentUser> currentUser) {
    this.adminOnly = adminOnly;
    this.readsBody = readsBody;
    this.tokens = tokens;
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Verdict verdict = decide(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (verdict.refusal() != null) {
      // Spec 00 §5.3: a malformed JSON body is reported before authentication.
      Optional<Violation> malformed = malformedBody(request);
      request.abortWith(
          malformed.isPresent()
              ? ErrorResponses.requestValidation(List.of(malformed.get()))
              : verdict.refusal());
    } else {
      currentUser.get().set(verdict.account());
    }
  }

  /** Either the account the request runs as, or the response that refuses it. */
  record Verdict(Account account, Response refusal) {
    static Verdict allow(Account account) {
      return new Verdict(account, null);
    }

    static Verdict refuse(Response refusal) {
      return new Verdict(null, refusal);
    }
  }

  /** The guard's decision for a request with this {@code Authorization} header. */
  Verdict decide(String authorization) {
    String token = bearerToken(authorization);
    if (token == null) {
      return Verdict.refuse(unauthorized(ErrorCode.INVALID_TOKEN, INVALID_TOKEN_MESSAGE, Map.of()));
    }
    UUID userId;
    try {
      userId = tokens.get().verifyAccessToken(token);
    } catch (TokenRejectedException e) {
      return Verdict.refuse(
          e.isExpired()
              ? unauthorized(ErrorCode.EXPIRED_TOKEN, EXPIRED_TOKEN_MESSAGE, Map.of())
              : unauthorized(ErrorCode.INVALID_TOKEN, INVALID_TOKEN_MESSAGE, Map.of()));
    }
    Optional<Account> found = accounts.get().findAccount(userId);
    if (found.isEmpty()) {
      return Verdict.refuse(unauthorized(ErrorCode.INVALID_TOKEN, INVALID_TOKEN_MESSAGE, Map.of()));
    }
    Account account = found.get();
    if (!account.active()) {
      return Verdict.refuse(
          unauthorized(
              ErrorCode.USER_INACTIVE, INACTIVE_MESSAGE, Map.of("user_id", userId.toString())));
    }
    if (adminOnly && !account.isAdmin()) {
      return Verdict.refuse(
          ErrorResponses.of(
              ErrorCode.FORBIDDEN,
              FORBIDDEN_MESSAGE,
              Map.of("required_role", Role.ADMIN.value(), "current_role", account.role().value())));
    }
    return Verdict.allow(account);
  }

  private Optional<Violation> malformedBody(ContainerRequestContext request) {
    if (!readsBody
        || !request.hasEntity()
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())
        || request.getLength() > MAX_CHECKED_BODY_BYTES) {
      return Optional.empty();
    }
    BoundedInputStream body =
        new BoundedInputStream(request.getEntityStream(), MAX_CHECKED_BODY_BYTES);
    Optional<Violation> violation = JsonBodyErrors.syntaxViolation(body);
    return body.reachedLimit() ? Optional.empty() : violation;
  }

  /** The token of a {@code Bearer} header (scheme case-insensitive), or null. */
  static String bearerToken(String authorization) {
    if (authorization == null || authorization.length() < BEARER.length()) {
      return null;
    }
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    String token = authorization.substring(BEARER.length()).trim();
    return token.isEmpty() ? null : token;
  }

  private static Response unauthorized(
      ErrorCode code, String message, Map<String, Object> details) {
    return Response.fromResponse(ErrorResponses.of(code, message, details))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }
}
