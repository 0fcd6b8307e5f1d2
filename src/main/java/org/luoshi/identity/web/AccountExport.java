package org.luoshi.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.luoshi.identity.internal.AccountView;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.springframework.stereotype.Component;

/** The account list as an xlsx file, with the columns of the page. */
@Component
class AccountExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final List<String> HEADERS = List.of("account.username", "account.displayName", "account.unit",
            "account.unitCode", "account.roles", "account.status", "account.totp", "account.lastLogin",
            "account.createdAt");

    private final Messages messages;

    AccountExport(Messages messages) {
        this.messages = messages;
    }

    void write(Stream<AccountView> accounts, HttpServletResponse response) throws IOException {
        ExcelWriter.write(ExcelDownload.start(response, messages.get("account.export.file")),
                messages.get("account.export.sheet"),
                HEADERS.stream().map(messages::get).toList(), accounts.map(this::row));
    }

    private List<?> row(AccountView a) {
        return List.of(a.username(), a.displayName(), a.unit().name(), a.unit().code(),
                a.roles().stream().sorted().map(role -> messages.get("role." + role.name()))
                        .collect(Collectors.joining("、")),
                messages.get(status(a)), messages.get(a.totpEnabled() ? "account.totp.on" : "account.totp.off"),
                time(a.lastLoginAt()), time(a.createdAt()));
    }

    static String status(AccountView a) {
        if (!a.enabled()) {
            return "account.status.DISABLED";
        }
        return a.locked() ? "account.status.LOCKED" : "account.status.ACTIVE";
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
