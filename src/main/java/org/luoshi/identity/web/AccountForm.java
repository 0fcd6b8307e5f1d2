package org.luoshi.identity.web;

import java.util.EnumSet;
import java.util.Set;
import org.luoshi.identity.internal.AccountInput;
import org.luoshi.identity.internal.AccountView;
import org.luoshi.shared.security.Role;

/** The account form as the page binds it; kept as typed when a save is refused. */
public class AccountForm {

    private String username;
    private String displayName;
    private String unitCode;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Integer version;

    static AccountForm of(AccountView account) {
        AccountForm form = new AccountForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.unitCode = account.unit().code();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.version = account.version();
        return form;
    }

    AccountInput input() {
        return new AccountInput(username, displayName, unitCode, roles, version);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
