package org.luoshi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The login rules in one place: a locked username is refused before its password is looked at; a wrong password
 * (or TOTP code) counts towards the lock-out; a right one resets the count; an account with TOTP logs in in two
 * steps. Unknown usernames go through the same motions (hash check, counting), so answers and timings do not
 * reveal which usernames exist. Built by {@link SecurityConfiguration} for the login form only: not a bean, so
 * Spring Security does not also put it into its global authentication manager.
 */
class LoginAuthenticationProvider implements AuthenticationProvider {

    /** How long the second step may follow the first. */
    static final Duration SECOND_STEP_WINDOW = Duration.ofMinutes(5);

    private final AccountDetailsService accounts;
    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;
    private final SecondFactor secondFactor;
    private final Clock clock;
    /** Hash of a random string: checked when the username is unknown, so both paths take as long. */
    private final String decoy;

    LoginAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, LoginAttempts attempts,
            SecondFactor secondFactor, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.attempts = attempts;
        this.secondFactor = secondFactor;
        this.clock = clock;
        this.decoy = encoder.encode(java.util.UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        LoginDetails details = authentication.getDetails() instanceof LoginDetails d ? d
                : new LoginDetails(null, null, null);
        Optional<java.time.Instant> lockedUntil = attempts.lockedUntil(username);
        if (lockedUntil.isPresent()) {
            throw new LoginExceptions.AccountLocked(lockedUntil.get());
        }
        Optional<AccountPrincipal> account = accounts.find(username);
        if (account.isPresent() && details.completesSecondFactor(username, clock.instant(), SECOND_STEP_WINDOW)) {
            return secondStep(account.get(), details, authentication);
        }
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        boolean matches = encoder.matches(password, account.map(AccountPrincipal::getPassword).orElse(decoy));
        if (account.isEmpty() || !matches) {
            throw failure(username, new BadCredentialsException("bad credentials"));
        }
        AccountPrincipal principal = account.get();
        if (!principal.isEnabled()) {
            throw new DisabledException("disabled");
        }
        if (principal.totpEnabled()) {
            throw new LoginExceptions.SecondFactorRequired(username);
        }
        return success(principal, authentication);
    }

    private Authentication secondStep(AccountPrincipal principal, LoginDetails details, Authentication request) {
        if (!principal.isEnabled()) {
            throw new DisabledException("disabled");
        }
        if (!secondFactor.accept(principal.actor().accountId(), details.code())) {
            throw failure(principal.getUsername(), new LoginExceptions.WrongCode());
        }
        return success(principal, request);
    }

    private AuthenticationException failure(String username, AuthenticationException failure) {
        return attempts.failed(username).<AuthenticationException>map(LoginExceptions.AccountLocked::new)
                .orElse(failure);
    }

    private Authentication success(AccountPrincipal principal, Authentication request) {
        attempts.succeeded(principal.actor().accountId());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal,
                null, principal.getAuthorities());
        result.setDetails(request.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
