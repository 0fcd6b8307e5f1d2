package org.luoshi.identity.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.text.TextNormalizer;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 账号管理: administrators create and change accounts of their subtree. Everything outside the subtree is
 * "not found"; a role the actor may not grant is "forbidden" (see {@link RoleGrants}). Every change is audited.
 */
@Service
public class Accounts {

    /** The account and, once only, the temporary password to hand to its owner. */
    public record Issued(AccountView account, String temporaryPassword) {
    }

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final int MAX_NAME = 50;

    private final AccountRepository repository;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final AccountSessions sessions;
    private final ApiTokens tokens;

    Accounts(AccountRepository repository, UnitDirectory units, PasswordEncoder encoder, AuditTrail audit,
            AccountSessions sessions, ApiTokens tokens) {
        this.tokens = tokens;
        this.repository = repository;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    public Page<AccountView> list(Actor actor, AccountFilter filter, PageQuery page) {
        String scope = scope(actor, filter);
        return Page.of(repository.page(scope, filter, page), repository.count(scope, filter), page);
    }

    /** Every matching account for the Excel export; the caller closes the stream. */
    public Stream<AccountView> export(Actor actor, AccountFilter filter) {
        return repository.stream(scope(actor, filter), filter);
    }

    public AccountView get(Actor actor, long id) {
        requireManager(actor);
        return repository.find(id, actor.scopePath())
                .orElseThrow(() -> BusinessException.notFound("account.notFound"));
    }

    public Set<Role> grantable(Actor actor) {
        return RoleGrants.grantable(actor);
    }

    @Transactional
    public Issued create(Actor actor, AccountInput input) {
        requireManager(actor);
        String username = username(input.username());
        String displayName = displayName(input.displayName());
        UnitRef unit = unitInScope(actor, input.unitCode());
        Set<Role> roles = roles(input.roles());
        RoleGrants.checkChange(actor, Set.of(), roles);
        if (repository.usernameTaken(username)) {
            throw BusinessException.invalid("username", "account.username.taken", username);
        }
        String password = TemporaryPasswords.generate();
        long id = repository.insert(username, displayName, unit, encoder.encode(password), true);
        repository.replaceRoles(id, roles);
        AccountView created = repository.find(id, actor.scopePath()).orElseThrow();
        audit.record("ACCOUNT_CREATED", AccountChanges.ENTITY, id, unit.path(), username, null,
                AccountChanges.of(created));
        return new Issued(created, password);
    }

    @Transactional
    public AccountView update(Actor actor, long id, AccountInput input) {
        AccountView before = manageable(actor, id);
        String displayName = displayName(input.displayName());
        UnitRef unit = unitInScope(actor, input.unitCode());
        Set<Role> roles = roles(input.roles());
        RoleGrants.checkChange(actor, before.roles(), roles);
        if (actor.accountId() == id && (!roles.equals(before.roles()) || unit.id() != before.unit().id())) {
            throw BusinessException.conflict("account.self");
        }
        int version = input.version() == null ? before.version() : input.version();
        if (!repository.update(id, version, displayName, unit)) {
            throw new OptimisticLockingFailureException("account " + id + " changed since version " + version);
        }
        repository.replaceRoles(id, roles);
        AccountView after = repository.find(id, actor.scopePath()).orElseThrow();
        audit.record("ACCOUNT_UPDATED", AccountChanges.ENTITY, id, unit.path(), after.username(),
                AccountChanges.of(before), AccountChanges.of(after));
        if (!roles.equals(before.roles()) || unit.id() != before.unit().id()) {
            sessions.endAll(after.username());
        }
        return after;
    }

    @Transactional
    public AccountView setEnabled(Actor actor, long id, boolean enabled) {
        AccountView before = manageable(actor, id);
        if (actor.accountId() == id) {
            throw BusinessException.conflict("account.self");
        }
        repository.setEnabled(id, enabled);
        if (!enabled) {
            sessions.endAll(before.username());
            // revoked, not merely refused while disabled: re-enabling must not bring old tokens back to life
            tokens.revokeAll(id, before.unit().path());
        }
        return audited(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", actor, before);
    }

    @Transactional
    public AccountView unlock(Actor actor, long id) {
        AccountView before = manageable(actor, id);
        repository.unlock(id);
        return audited("ACCOUNT_UNLOCKED", actor, before);
    }

    /** Sets a temporary password, shown once, that the owner must replace at the next login. */
    @Transactional
    public Issued resetPassword(Actor actor, long id) {
        AccountView before = manageable(actor, id);
        String password = TemporaryPasswords.generate();
        repository.setPassword(id, encoder.encode(password), true);
        sessions.endAll(before.username());
        tokens.revokeAll(id, before.unit().path());
        return new Issued(audited("PASSWORD_RESET", actor, before), password);
    }

    private AccountView audited(String action, Actor actor, AccountView before) {
        AccountView after = repository.find(before.id(), actor.scopePath()).orElseThrow();
        audit.record(action, AccountChanges.ENTITY, before.id(), after.unit().path(), after.username(),
                AccountChanges.of(before), AccountChanges.of(after));
        return after;
    }

    private AccountView manageable(Actor actor, long id) {
        AccountView account = get(actor, id);
        RoleGrants.checkManageable(actor, account.roles());
        return account;
    }

    private static void requireManager(Actor actor) {
        if (!actor.mayManage()) {
            throw BusinessException.forbidden("error.forbidden");
        }
    }

    /** The subtree a list shows: the chosen unit's when it lies within the actor's, else not found. */
    private String scope(Actor actor, AccountFilter filter) {
        requireManager(actor);
        if (filter.unitCode() == null) {
            return actor.scopePath();
        }
        return units.findByCode(filter.unitCode()).filter(unit -> unit.isWithin(actor.scopePath()))
                .map(UnitRef::path).orElseThrow(() -> BusinessException.notFound("unit.notFoundInScope",
                        filter.unitCode()));
    }

    private UnitRef unitInScope(Actor actor, String code) {
        String cleaned = TextNormalizer.compact(code);
        if (cleaned == null) {
            throw BusinessException.invalid("unitCode", "account.unit.required");
        }
        return units.findByCode(cleaned).filter(unit -> unit.isWithin(actor.scopePath())).filter(UnitRef::active)
                .orElseThrow(() -> BusinessException.invalid("unitCode", "account.unit.notInScope", cleaned));
    }

    private static String username(String raw) {
        String username = TextNormalizer.compact(raw);
        if (username == null) {
            throw BusinessException.invalid("username", "account.username.required");
        }
        username = username.toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw BusinessException.invalid("username", "account.username.invalid");
        }
        return username;
    }

    private static String displayName(String raw) {
        String name = TextNormalizer.clean(raw);
        if (name == null) {
            throw BusinessException.invalid("displayName", "account.displayName.required");
        }
        if (name.length() > MAX_NAME) {
            throw BusinessException.invalid("displayName", "account.displayName.tooLong", MAX_NAME);
        }
        return name;
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw BusinessException.invalid("roles", "account.roles.required");
        }
        return EnumSet.copyOf(roles);
    }
}
