package org.luoshi.study.internal.reading;

import java.util.Optional;
import java.util.Set;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.org.MemberDirectory;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** The member an account reads as (account.member_id, set by the unit's administrator), with their current unit. */
@Component
public class Readers {

    private final AccountDirectory accounts;
    private final MemberDirectory members;

    Readers(AccountDirectory accounts, MemberDirectory members) {
        this.accounts = accounts;
        this.members = members;
    }

    public Optional<Reader> of(Actor actor) {
        return accounts.memberOf(actor.accountId()).map(id -> members.findAll(Set.of(id)).get(id))
                .map(member -> new Reader(member.id(), member.unitId(), member.unitPath()));
    }

    /** The reader, or a 409 that explains the account is not yet linked to a member (the page shows why). */
    public Reader require(Actor actor) {
        return of(actor).orElseThrow(() -> BusinessException.conflict("study.reading.noMember"));
    }
}
