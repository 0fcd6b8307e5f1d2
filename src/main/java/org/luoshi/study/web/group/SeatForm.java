package org.luoshi.study.web.group;

import org.luoshi.study.internal.group.Seat;
import org.luoshi.study.internal.group.SeatDetails;
import org.luoshi.study.internal.group.SeatRole;

/** A seat as typed: a member picked from the registry (found by {@code q}), or a named person. */
public class SeatForm {

    private String role = SeatRole.MEMBER.name();
    private Long memberId;
    private String q;
    private String name;
    private String post;
    private String phone;
    private Integer sortOrder;

    static SeatForm of(Seat seat) {
        SeatForm form = new SeatForm();
        form.role = seat.role().name();
        form.memberId = seat.memberId();
        form.name = seat.fromRegistry() ? null : seat.name();
        form.q = seat.fromRegistry() ? seat.name() : null;
        form.post = seat.post();
        form.phone = seat.masked().phone();
        form.sortOrder = seat.sortOrder();
        return form;
    }

    SeatDetails details() {
        return new SeatDetails(role(role), memberId, memberId == null ? name : null, post,
                memberId == null ? phone : null, sortOrder);
    }

    static SeatRole role(String value) {
        for (SeatRole r : SeatRole.values()) {
            if (r.name().equals(value)) {
                return r;
            }
        }
        return null;
    }

    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
}
