package org.luoshi.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;

/** The member registry (会员) as other modules may read it: to pick people for their records and scope by them. */
public interface MemberDirectory {

    /** These members, by id, in one query (ids not found are missing from the map). */
    Map<Long, MemberRef> findAll(Collection<Long> ids);

    /**
     * Members in good standing (正常) within {@code scopePath} whose name starts with {@code name} (all when blank),
     * optionally of one unit only, by name: a picker's suggestions, at most {@code limit}.
     */
    List<MemberRef> search(String scopePath, String name, Long unitId, int limit);

    /**
     * Members in good standing within {@code scopePath} whose name starts with {@code name} (all when blank), by name,
     * one page: a roll call over a subtree.
     */
    Page<MemberRef> page(String scopePath, String name, PageQuery query);

    /** The member registered with this ID number (any spelling: spaces, lower-case x), if within the scope. */
    Optional<MemberRef> findByIdNumber(String idNumber, String scopePath);

    /**
     * Members in good standing within {@code scopePath} named exactly {@code name} whose phone number ends with
     * {@code phoneSuffix}, by id, at most {@code limit}: how a person without an account is found at a check-in
     * desk. Phones are sealed, so the few members of that name are opened here and nowhere else.
     */
    List<MemberPhoneMatch> findByNameAndPhoneSuffix(String scopePath, String name, String phoneSuffix, int limit);
}
