package org.luoshi.identity.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.text.TextNormalizer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 关联会员: a unit administrator says which member (会员) of their subtree a member account is the login of, found by
 * the member's ID number or picked from the registry. The member then reads study materials as that member. One
 * account per member; only accounts with the 会员 role are linked.
 */
@Service
public class AccountMembers {

    /** The member to link: by ID number, or by id from the picker. */
    public record LinkMember(String idNumber, Long memberId) {
    }

    private final Accounts accounts;
    private final AccountRepository repository;
    private final MemberDirectory members;
    private final AuditTrail audit;

    AccountMembers(Accounts accounts, AccountRepository repository, MemberDirectory members, AuditTrail audit) {
        this.accounts = accounts;
        this.repository = repository;
        this.members = members;
        this.audit = audit;
    }

    /** The member an account is linked to, if any and within the actor's subtree. */
    public Optional<MemberRef> memberOf(Actor actor, AccountView account) {
        if (account.memberId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(members.findAll(Set.of(account.memberId())).get(account.memberId()))
                .filter(member -> member.isWithin(actor.scopePath()));
    }

    public boolean mayLink(Actor actor, AccountView account) {
        return actor.mayManage() && account.roles().contains(Role.MEMBER);
    }

    @Transactional
    public AccountView link(Actor actor, long accountId, LinkMember command) {
        AccountView before = accounts.get(actor, accountId);
        if (!mayLink(actor, before)) {
            throw BusinessException.conflict("account.member.notMemberAccount");
        }
        MemberRef member = find(actor, command);
        repository.linkedTo(member.id(), accountId).ifPresent(other -> {
            throw BusinessException.invalid(field(command), "account.member.taken", member.name(), other);
        });
        try {
            repository.linkMember(accountId, member.id());
        } catch (DuplicateKeyException e) {
            // another administrator linked the same member a moment ago (account_member_uk)
            throw BusinessException.invalid(field(command), "account.member.taken", member.name(), "");
        }
        return audited("ACCOUNT_MEMBER_LINKED", actor, before, member.name());
    }

    @Transactional
    public AccountView unlink(Actor actor, long accountId) {
        AccountView before = accounts.get(actor, accountId);
        if (!actor.mayManage()) {
            throw BusinessException.forbidden("error.forbidden");
        }
        repository.linkMember(accountId, null);
        return audited("ACCOUNT_MEMBER_UNLINKED", actor, before, before.username());
    }

    private MemberRef find(Actor actor, LinkMember command) {
        String idNumber = TextNormalizer.compact(command.idNumber());
        if (idNumber != null) {
            return members.findByIdNumber(idNumber, actor.scopePath())
                    .orElseThrow(() -> BusinessException.invalid("idNumber", "account.member.idNumberNotFound"));
        }
        if (command.memberId() != null) {
            Map<Long, MemberRef> found = members.findAll(Set.of(command.memberId()));
            return Optional.ofNullable(found.get(command.memberId()))
                    .filter(member -> member.isWithin(actor.scopePath()))
                    .orElseThrow(() -> BusinessException.invalid("memberId", "account.member.notFound"));
        }
        throw BusinessException.invalid("idNumber", "account.member.required");
    }

    private static String field(LinkMember command) {
        return TextNormalizer.compact(command.idNumber()) != null ? "idNumber" : "memberId";
    }

    private AccountView audited(String action, Actor actor, AccountView before, String summary) {
        AccountView after = repository.find(before.id(), actor.scopePath()).orElseThrow();
        audit.record(action, AccountChanges.ENTITY, before.id(), after.unit().path(), after.username() + " " + summary,
                Map.of("memberId", before.memberId() == null ? "" : before.memberId()),
                Map.of("memberId", after.memberId() == null ? "" : after.memberId()));
        return after;
    }
}
