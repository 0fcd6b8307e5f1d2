package org.luoshi.identity.internal;

import java.io.Serial;
import java.util.Collection;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.ActorPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in account as Spring Security holds it in the (shared, JDBC-stored) session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, ActorPrincipal {

    @Serial
    private static final long serialVersionUID = 2L;

    private final Actor actor;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean totpEnabled;
    private final boolean mustChangePassword;

    public AccountPrincipal(Actor actor, String passwordHash, boolean enabled, boolean locked, boolean totpEnabled,
            boolean mustChangePassword) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.totpEnabled = totpEnabled;
        this.mustChangePassword = mustChangePassword;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    /** A temporary password set by an administrator is still in use: the user must choose their own. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
