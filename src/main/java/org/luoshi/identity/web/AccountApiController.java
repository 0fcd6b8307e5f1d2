package org.luoshi.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.luoshi.identity.internal.AccountFilter;
import org.luoshi.identity.internal.AccountInput;
import org.luoshi.identity.internal.AccountMembers;
import org.luoshi.identity.internal.AccountView;
import org.luoshi.identity.internal.Accounts;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','UNIT_ADMIN')")
@Tag(name = "账号", description = "本单位及下级单位的账号管理（系统管理员、单位管理员）")
class AccountApiController {

    /** A new account or reset password: the temporary password appears in this answer only. */
    record Issued(AccountView account, String temporaryPassword) {
        static Issued of(Accounts.Issued issued) {
            return new Issued(issued.account(), issued.temporaryPassword());
        }
    }

    /** Fields of a change; {@code version} is the one read, for optimistic locking. */
    record Change(String displayName, String unitCode, Set<Role> roles, Integer version) {
    }

    private final Accounts accounts;
    private final AccountMembers members;

    AccountApiController(Accounts accounts, AccountMembers members) {
        this.accounts = accounts;
        this.members = members;
    }

    @GetMapping
    @Operation(summary = "账号列表（分页、筛选，限本单位及下级）")
    Page<AccountView> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return accounts.list(CurrentActor.get(), new AccountFilter(unit, q, role, status, sort),
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看账号")
    AccountView get(@PathVariable long id) {
        return accounts.get(CurrentActor.get(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建账号（返回只显示一次的临时密码）")
    Issued create(@RequestBody AccountInput input) {
        return Issued.of(accounts.create(CurrentActor.get(), input));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改账号（姓名、单位、角色；需带 version）")
    AccountView update(@PathVariable long id, @RequestBody Change change) {
        return accounts.update(CurrentActor.get(), id,
                new AccountInput(null, change.displayName(), change.unitCode(), change.roles(), change.version()));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "启用账号")
    AccountView enable(@PathVariable long id) {
        return accounts.setEnabled(CurrentActor.get(), id, true);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "停用账号")
    AccountView disable(@PathVariable long id) {
        return accounts.setEnabled(CurrentActor.get(), id, false);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "解除登录锁定")
    AccountView unlock(@PathVariable long id) {
        return accounts.unlock(CurrentActor.get(), id);
    }

    @PutMapping("/{id}/member")
    @Operation(summary = "关联会员（会员账号登录后以该会员身份学习；按身份证号或会员 id，限本单位及下级的会员）")
    AccountView linkMember(@PathVariable long id, @RequestBody AccountMembers.LinkMember link) {
        return members.link(CurrentActor.get(), id, link);
    }

    @DeleteMapping("/{id}/member")
    @Operation(summary = "解除账号与会员的关联")
    AccountView unlinkMember(@PathVariable long id) {
        return members.unlink(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/reset-password")
    @Operation(summary = "重置密码（返回只显示一次的临时密码，下次登录须修改）")
    Issued resetPassword(@PathVariable long id) {
        return Issued.of(accounts.resetPassword(CurrentActor.get(), id));
    }
}
