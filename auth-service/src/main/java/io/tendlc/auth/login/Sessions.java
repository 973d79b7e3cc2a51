package io.tendlc.auth.login;

import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.accounts.Memberships;
import io.tendlc.auth.tokens.TokenIssuer;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Signed-in sessions: an access token for one organization, carrying the member's role there, and a refresh token
 * that renews it for as long as the membership lasts.
 */
@Component
public class Sessions {

    private final Accounts accounts;
    private final Memberships memberships;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;

    Sessions(Accounts accounts, Memberships memberships, TokenIssuer tokens, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
    }

    /** Signs in to the organization used last, else the oldest membership; 403 when the account has none. */
    public TokenResponse open(Account account) {
        UUID organizationId = homeOrganization(account).orElseThrow(() -> new ApiProblem(HttpStatus.FORBIDDEN,
                "no-organization", "No organization", "This account is not a member of any organization any more."));
        return open(account, organizationId);
    }

    /** Signs in to {@code organizationId}; 404 unless the account is a member. */
    @Transactional
    public TokenResponse open(Account account, UUID organizationId) {
        String role = memberships.role(account.id(), organizationId)
                .orElseThrow(() -> ApiProblem.notFound("Organization " + organizationId));
        if (!organizationId.equals(account.lastOrganizationId())) {
            accounts.rememberOrganization(account.id(), organizationId);
        }
        return tokens(account, organizationId, role, refreshTokens.start(account.id(), organizationId));
    }

    /** Rotates the refresh token; the new access token carries the role as it is now. */
    @Transactional(noRollbackFor = ApiProblem.class)
    public TokenResponse refresh(String refreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.consume(refreshToken);
        Account account = accounts.byId(rotation.accountId()).orElseThrow(RefreshTokens::invalid);
        UUID organizationId = rotation.organizationId() != null ? rotation.organizationId()
                : homeOrganization(account).orElse(null);
        Optional<String> role = organizationId == null ? Optional.empty()
                : memberships.role(account.id(), organizationId);
        if (role.isEmpty()) { // the member left or was removed: this session is over
            refreshTokens.revokeFamily(rotation.familyId());
            throw RefreshTokens.invalid();
        }
        return tokens(account, organizationId, role.get(), refreshTokens.succeed(rotation, organizationId));
    }

    private Optional<UUID> homeOrganization(Account account) {
        if (account.lastOrganizationId() != null
                && memberships.role(account.id(), account.lastOrganizationId()).isPresent()) {
            return Optional.of(account.lastOrganizationId());
        }
        return memberships.of(account.id()).stream().findFirst().map(Memberships.Membership::organizationId);
    }

    private TokenResponse tokens(Account account, UUID organizationId, String role, String refreshToken) {
        TokenIssuer.IssuedToken access = tokens.forUser(account.id(), organizationId, account.email(),
                account.emailVerified(), role);
        return TokenResponse.bearer(access.value(), refreshToken, access.expiresInSeconds());
    }
}
