package org.luoshi.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.identity.internal.AccountView;
import org.luoshi.identity.internal.ApiTokens;
import org.luoshi.identity.internal.MyAccount;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "我的账号", description = "当前登录账号与个人访问令牌")
class MeApiController {

    /** A token to create: a name, optionally the last day it works, and the account's password typed again. */
    record NewToken(String name, LocalDate expiresOn, String password) {
    }

    private final MyAccount me;
    private final ApiTokens tokens;

    MeApiController(MyAccount me, ApiTokens tokens) {
        this.me = me;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "当前账号（单位、角色、两步验证状态）")
    AccountView get() {
        return me.view(CurrentActor.get());
    }

    @GetMapping("/tokens")
    @Operation(summary = "我的访问令牌（不含令牌本身）")
    List<ApiTokens.TokenView> listTokens() {
        return tokens.list(CurrentActor.get().accountId());
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建访问令牌（令牌只在此响应中出现一次）",
            description = "只能在登录会话中、再次输入本账号密码后创建；用访问令牌调用时一律拒绝（403）。")
    ApiTokens.Issued createToken(@RequestBody NewToken request) {
        return tokens.create(CurrentActor.get(), request.password(), request.name(), request.expiresOn());
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "撤销访问令牌")
    ApiTokens.TokenView revokeToken(@PathVariable long id) {
        return tokens.revoke(CurrentActor.get(), id);
    }
}
