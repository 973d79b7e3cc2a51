package io.tendlc.users.invitations;

import java.util.UUID;

/**
 * auth-service's accounts, as far as invitations need them: the account of an address, created (with the given
 * password, the address counting as verified) when there is none, and a member of the organization from now on.
 */
interface AuthAccounts {

    /**
     * @throws io.tendlc.platform.web.ApiProblem auth-service's own refusal (400 {@code password-required} when the
     *                                           account is new and no password was given), passed through; or 503
     *                                           {@code auth-unavailable} when auth-service cannot be reached
     */
    LinkedAccount link(AccountRequest request);

    /** The body of {@code POST /internal/accounts}; the password is never logged. */
    record AccountRequest(String email, String name, String password, UUID organizationId, String role) {
        @Override
        public String toString() {
            return "AccountRequest[organizationId=" + organizationId + ", role=" + role + "]";
        }
    }

    /** {@code created}: whether auth-service created the account just now. */
    record LinkedAccount(UUID userId, boolean created) {
    }
}
